package org.maillage.funding;

/** A call is published until someone withdraws it; a withdrawn call is kept, never ranked. */
public enum FundingCallStatus {

	PUBLISHED, WITHDRAWN

}
