package org.maillage.matchmaking;

import java.util.List;
import java.util.Map;

import org.maillage.actor.Need;

/**
 * A ranking: the needs it was made for (stated or inferred), each signal's weight, how many actors scored, and
 * the requested page of them, best first.
 *
 * @param ownerId the problem's actor, never among the matches; null without a problem
 */
public record ActorMatches(List<Need> needs, Map<MatchSignal, Double> weights, long total, List<ActorMatch> matches,
		String ownerId) {
}
