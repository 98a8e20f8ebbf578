package org.maillage.workspace;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An effect a group produced, over a period, for some of its participant actors.
 *
 * @param beneficiaryIds the ids of the actors it benefits, participants of the group
 * @param verifiedBy username of the facilitator who verified it, null while DECLARED
 */
public record UsefulEffect(String id, String groupId, long version, EffectIndicator indicator, double value,
		LocalDate periodFrom, LocalDate periodTo, List<String> beneficiaryIds, String evidenceUrl, String description,
		EffectStatus status, String verifiedBy, Instant verifiedAt, String createdBy, Instant createdAt,
		Instant updatedAt) {
}
