package org.maillage.actor;

import org.maillage.core.Visibility;

/** A way to reach an actor. */
public record ContactPoint(String id, long version, String actorId, ContactKind kind, String label, String value,
		Visibility visibility) {
}
