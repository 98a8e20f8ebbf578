package org.maillage.actor;

import org.maillage.core.Visibility;

/**
 * A way to reach an actor.
 *
 * @param consentsToContact whether its actor agrees to be contacted through it by decision-makers and facilitators
 * (segments' exports and consultations reach only such contact points)
 */
public record ContactPoint(String id, long version, String actorId, ContactKind kind, String label, String value,
		Visibility visibility, boolean consentsToContact) {
}
