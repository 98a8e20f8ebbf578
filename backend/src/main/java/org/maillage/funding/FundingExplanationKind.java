package org.maillage.funding;

/** What an explanation of a ranked call is about. */
public enum FundingExplanationKind {

	/** A theme of the call meets the problem's category or one of its needs. */
	THEME,
	/** Words the call's text shares with what the caller may read of the problem. */
	WORDS,
	/** Whether the actors are inside the call's perimeter. */
	TERRITORY,
	/** Which of the call's audiences the actors' kinds are. */
	AUDIENCE,
	/** How many days are left before the deadline. */
	DEADLINE

}
