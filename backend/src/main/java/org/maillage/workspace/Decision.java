package org.maillage.workspace;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A decision a group took, as recorded; never changed afterwards.
 *
 * @param meetingId the meeting of the same group that took it, or null
 */
public record Decision(String id, String groupId, String text, LocalDate decidedOn, String meetingId,
		String createdBy, Instant createdAt) {
}
