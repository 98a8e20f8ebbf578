package org.maillage.funding;

import java.util.List;

/**
 * What a facilitator or decision-maker says of a call, or what an import read from an aides-territoires entry; dates
 * are ISO-8601 days, checked by {@link FundingCalls}.
 *
 * @param perimeter a territory id ({@code region:44}, {@code departement:57}…), or null for a call open everywhere
 */
public record FundingCallDetails(String name, List<String> financers, String description, List<String> audiences,
		String perimeter, List<String> themes, List<String> aidTypes, Double subsidyRateMin, Double subsidyRateMax,
		String opensOn, String deadline, FundingRecurrence recurrence, String applicationUrl, String originUrl) {
}
