package org.maillage.matchmaking;

/** The signals a match's score is made of, each between 0 and 1 and weighted by {@link MatchWeights}. */
public enum MatchSignal {

	/** How much of what the problem needs the actor offers (essential needs count double). */
	NEED_COVERAGE,

	/** How close the actor's visible texts are to the problem's words. */
	TEXT_RELEVANCE,

	/** Collaboration topics the actor shares with the problem's actor. */
	WILLINGNESS,

	/** Same commune, EPCI, département or région, or distance. */
	PROXIMITY,

	/** Working groups the actor already takes part in with the problem's actor. */
	EXISTING_TIES

}
