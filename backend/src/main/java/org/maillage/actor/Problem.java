package org.maillage.actor;

import java.time.Instant;

import org.maillage.core.Visibility;

/** A problem an actor faces. */
public record Problem(String id, long version, String actorId, String title, String description,
		ProblemCategory category, ProblemStatus status, Visibility visibility, Instant createdAt) {
}
