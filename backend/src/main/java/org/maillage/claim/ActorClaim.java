package org.maillage.claim;

import java.time.Instant;

import org.maillage.core.Audited;

/**
 * A person's request to become the owner of a public-record profile.
 *
 * @param id its id
 * @param actorId the actor claimed
 * @param claimantId the claimant's subject at the sign-in service
 * @param claimant the claimant's username
 * @param claimantEmail the claimant's verified e-mail address when they claimed, or null
 * @param message what the claimant told the facilitators, or null
 * @param status where it stands
 * @param ground why it was decided so, or null while pending
 * @param decidedBy the facilitator's username, when one decided
 * @param note the facilitator's note, or null
 * @param createdAt when it was made
 * @param decidedAt when it was decided, or null
 */
public record ActorClaim(String id, String actorId, String claimantId, String claimant, String claimantEmail,
		String message, ClaimStatus status, ClaimGround ground, String decidedBy, String note, Instant createdAt,
		Instant decidedAt) implements Audited {

	/** The audit trail files a claim under its actor, where an administrator looks for who came to own it. */
	@Override
	public String auditTarget() {
		return this.actorId;
	}

}
