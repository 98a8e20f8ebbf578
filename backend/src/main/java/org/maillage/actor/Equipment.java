package org.maillage.actor;

import org.maillage.core.Visibility;

/** Production equipment an actor can share. */
public record Equipment(String id, long version, String actorId, String name, EquipmentCategory category,
		String description, String capacity, String sharingTerms, Visibility visibility) {
}
