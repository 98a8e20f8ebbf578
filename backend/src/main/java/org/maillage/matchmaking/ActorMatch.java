package org.maillage.matchmaking;

import java.util.List;
import java.util.Optional;

import org.maillage.core.Message;

import org.maillage.actor.Need;

/**
 * One actor ranked for a problem, and why.
 *
 * @param score between 0 and 1: the weighted sum of the signals
 * @param signals one per {@link MatchSignal}, in its order
 * @param coverage the needs the actor meets, in the needs' order
 * @param explanation the evidence in plain words, strongest first
 * @param distanceKm from the problem's place to the actor's position, when both are known
 * @param furtherAfield whether the actor is further than a local partner would be: such actors come after every
 * local one that meets as many needs
 * @param problemId the problem ranked for, or null when the ranking was for needs alone
 * @param markAdjustment what facilitators' marks on other problems of the same category added to the score (or took
 * from it), bounded by {@code maillage.matchmaking.mark-weight}
 */
public record ActorMatch(String actorId, String actorName, String kind, String sector, double score,
		List<SignalScore> signals, List<NeedCoverage> coverage, List<Message> explanation, Double distanceKm,
		boolean furtherAfield, String problemId, double markAdjustment) {

	public Optional<NeedCoverage> coverageOf(Need need) {
		return this.coverage.stream().filter(covered -> covered.need().equals(need)).findFirst();
	}

	public double signal(MatchSignal signal) {
		return this.signals.stream().filter(s -> s.signal() == signal).mapToDouble(SignalScore::score).findFirst()
			.orElse(0);
	}

}
