package org.maillage.matchmaking;

import java.util.List;

import org.maillage.actor.Need;
import org.maillage.core.Message;

/**
 * One open problem an actor could help with, and why: {@link ActorMatch} turned round, with the same signals,
 * coverage and evidence, the evidence being the helping actor's capabilities.
 *
 * @param needs the problem's needs the ranking used: stated, else inferred from its text
 * @param score between 0 and 1: the weighted sum of the signals
 * @param signals one per {@link MatchSignal}, in its order
 * @param coverage the needs the actor meets, in the needs' order
 * @param explanation the evidence in plain words, strongest first
 * @param distanceKm from the actor's position to the problem's actor's, when both are known
 * @param furtherAfield whether the problem is further away than {@code maillage.matchmaking.local-km}
 */
public record ProblemMatch(String problemId, String title, List<Need> needs, double score, List<SignalScore> signals,
		List<NeedCoverage> coverage, List<Message> explanation, Double distanceKm, boolean furtherAfield) {
}
