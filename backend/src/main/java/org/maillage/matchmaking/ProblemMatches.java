package org.maillage.matchmaking;

import java.util.List;
import java.util.Map;

/**
 * The problems an actor could help with: each signal's weight, how many problems were listed, and the requested page
 * of them, best first.
 */
public record ProblemMatches(String actorId, Map<MatchSignal, Double> weights, long total, List<ProblemMatch> matches) {
}
