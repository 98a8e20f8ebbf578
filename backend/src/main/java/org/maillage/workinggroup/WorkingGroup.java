package org.maillage.workinggroup;

import java.time.Instant;

import org.maillage.core.Visibility;

/**
 * A working group or conglomerate as callers read it. Its problems and participants are read separately, the
 * problems filtered by visibility.
 *
 * @param valueChainId for a conglomerate, the id of the value chain its participants take part in
 * @param createdBy the username of the facilitator who created it
 */
public record WorkingGroup(String id, long version, WorkingGroupKind kind, String name, String purpose,
		WorkingGroupStatus status, Visibility visibility, String valueChainId, String createdBy, Instant createdAt,
		Instant updatedAt) {
}
