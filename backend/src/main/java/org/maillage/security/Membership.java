package org.maillage.security;

import java.time.Instant;

/**
 * A person's membership of an actor.
 *
 * @param personId the person's id (its subject at the sign-in service)
 */
public record Membership(String personId, String username, String actorId, MembershipRole role, Instant since) {
}
