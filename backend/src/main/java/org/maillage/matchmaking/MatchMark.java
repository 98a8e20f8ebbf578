package org.maillage.matchmaking;

import java.time.Instant;

/**
 * A facilitator's judgement of one actor proposed for one problem: relevant or not, and why.
 *
 * @param markedBy the facilitator's username
 * @param markedAt when the mark was last set
 */
public record MatchMark(String id, String problemId, String actorId, boolean relevant, String reason, String markedBy,
		Instant markedAt) {
}
