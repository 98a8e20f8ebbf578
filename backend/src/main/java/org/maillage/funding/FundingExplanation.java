package org.maillage.funding;

import java.util.List;

import org.maillage.core.Message;

/**
 * One reason a call is ranked where it is.
 *
 * @param text the reason in words, rendered in the reader's language
 * @param matched what met what, in short: the call's theme and the need or category it met, the shared words, the
 * audience and the actor kind, the perimeter
 * @param daysLeft for a {@link FundingExplanationKind#DEADLINE} explanation, the days left; null otherwise
 */
public record FundingExplanation(FundingExplanationKind kind, Message text, List<String> matched, Integer daysLeft) {

	public FundingExplanation {
		matched = List.copyOf(matched);
	}

}
