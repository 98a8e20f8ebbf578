package org.maillage.actor;

import org.maillage.core.Visibility;

/** Know-how an actor can share. */
public record KnowHow(String id, long version, String actorId, String name, String description,
		Visibility visibility) {
}
