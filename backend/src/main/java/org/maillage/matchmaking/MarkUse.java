package org.maillage.matchmaking;

/** How much of the facilitators' marks a ranking uses: the replay compares the three (docs/matchmaking.md). */
enum MarkUse {

	/** None: the ranking as if nobody had marked anything. */
	NONE,

	/** The marks on other problems of the same category only: what marks teach about a problem nobody judged yet. */
	OTHER_PROBLEMS,

	/** Every mark: besides the others' nudge, the actors rejected for this problem leave its ranking. */
	ALL

}
