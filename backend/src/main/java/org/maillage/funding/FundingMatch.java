package org.maillage.funding;

import java.util.List;

/** An open call ranked for a problem or a group: its score between 0 and 1, and why. */
public record FundingMatch(FundingCall call, double score, List<FundingExplanation> explanations) {
}
