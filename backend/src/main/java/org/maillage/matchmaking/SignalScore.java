package org.maillage.matchmaking;

import org.maillage.core.Message;

/**
 * @param score between 0 and 1
 * @param weight the signal's share of the total
 * @param reason why, in words
 */
public record SignalScore(MatchSignal signal, double score, double weight, Message reason) {

	public double contribution() {
		return this.score * this.weight;
	}

}
