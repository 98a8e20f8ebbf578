package org.maillage.observatory;

import java.util.List;

import org.maillage.actor.Need;
import org.maillage.territory.Territory;

/**
 * Problems many actors share, grouped by what they say and need (docs/observatory.md, "Recurring problems").
 *
 * @param wording the title of the problem nearest the group's centre
 * @param words the group's weightiest words
 * @param territories the sub-territories its problems are in, the most first
 * @param trend problems created each month, from the first month asked for to this one
 * @param rising more problems in the last three months than in the three before, and two at least
 * @param problemIds its problems, the oldest first (at most 20)
 */
public record RecurringProblem(String wording, int actorCount, int problemCount, List<String> words,
		List<Need> needsInCommon, List<PlaceCount> territories, List<MonthCount> trend, boolean rising,
		List<String> problemIds) {

	public record PlaceCount(Territory territory, int problems) {
	}

	public record MonthCount(String month, int problems) {
	}

}
