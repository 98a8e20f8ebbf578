package org.maillage.workspace;

import java.time.Instant;
import java.util.List;

/**
 * A meeting of a group.
 *
 * @param minutes the minutes, in Markdown, as written
 * @param createdBy the username of who scheduled it
 */
public record Meeting(String id, String groupId, long version, Instant startsAt, String place, String videoLink,
		String agenda, String minutes, List<WorkspacePerson> attendees, String createdBy, Instant createdAt,
		Instant updatedAt) {
}
