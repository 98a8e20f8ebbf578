package org.maillage.actor;

import org.maillage.core.Visibility;

/**
 * Production equipment an actor owns; {@code shared} when it offers it to others.
 */
public record Equipment(String id, long version, String actorId, String name, EquipmentCategory category,
		String description, String capacity, String sharingTerms, boolean shared, Visibility visibility) {
}
