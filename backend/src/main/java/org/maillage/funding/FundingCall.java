package org.maillage.funding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A funding call, in the shape of an aides-territoires aid.
 *
 * @param sourceId the id of the call at its source (aides-territoires' {@code id}), what imports are idempotent on;
 * null for a call published through the API
 * @param audiences the audiences as given (« Entreprises privées », {@code private_sector}, {@code COMPANY}…)
 * @param perimeterId the territory the call is open in; null for a call open everywhere (France, Europe)
 * @param perimeterName the perimeter in the source's words
 * @param themes aides-territoires' categories, « Thème|Sous-thème »
 * @param subsidyRateMin lower bound of the subsidy rate, in percent
 * @param deadline the submission deadline; null for a permanent or recurring call without one
 */
public record FundingCall(String id, long version, String sourceId, String slug, String name, List<String> financers,
		String description, List<String> audiences, String perimeterId, String perimeterName, List<String> themes,
		List<String> aidTypes, Double subsidyRateMin, Double subsidyRateMax, LocalDate opensOn, LocalDate deadline,
		FundingRecurrence recurrence, String applicationUrl, String originUrl, FundingCallStatus status,
		String createdBy, Instant createdAt, Instant updatedAt) {
}
