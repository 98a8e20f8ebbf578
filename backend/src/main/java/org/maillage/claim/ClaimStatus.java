package org.maillage.claim;

/** Where a claim stands. */
public enum ClaimStatus {

	/** Waiting for a facilitator's decision. */
	PENDING,
	/** The claimant became an owner of the actor. */
	GRANTED,
	/** Refused by a facilitator, or because another claim of the same actor was granted first. */
	REFUSED

}
