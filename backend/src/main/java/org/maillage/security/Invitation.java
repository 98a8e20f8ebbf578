package org.maillage.security;

import java.time.Instant;

/**
 * An actor's owner asking someone, by e-mail address, to join the actor. Nothing changes until the invitee, signed
 * in with that address, accepts.
 */
public record Invitation(String id, String actorId, String email, MembershipRole role, InvitationStatus status,
		String invitedBy, Instant createdAt) {
}
