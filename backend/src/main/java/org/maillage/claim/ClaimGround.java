package org.maillage.claim;

/** Why a claim was decided as it was: each has its explanation in the message catalogue ({@code claim.ground.*}). */
public enum ClaimGround {

	/** Granted at once: the claimant's verified e-mail address is at the actor's website's domain. */
	EMAIL_DOMAIN,
	/** Decided by a facilitator, with their note. */
	FACILITATOR,
	/** Refused: another person's claim of the same actor was granted first. */
	CLAIMED_BY_ANOTHER

}
