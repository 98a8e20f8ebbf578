package org.maillage.funding.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.maillage.funding.FundingCallStatus;
import org.maillage.funding.FundingRecurrence;

/** A {@code FundingCall} node as {@link FundingCallGraph} reads it, before {@link FundingCallMapper} maps it. */
public record FundingCallRow(String id, long version, String sourceId, String slug, String name,
		List<String> financers, String description, List<String> audiences, String perimeterId, String perimeterName,
		List<String> themes, List<String> aidTypes, Double subsidyRateMin, Double subsidyRateMax, LocalDate opensOn,
		LocalDate deadline, FundingRecurrence recurrence, String applicationUrl, String originUrl,
		FundingCallStatus status, String createdBy, Instant createdAt, Instant updatedAt) {
}
