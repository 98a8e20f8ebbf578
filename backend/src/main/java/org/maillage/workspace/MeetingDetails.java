package org.maillage.workspace;

import java.util.List;

/**
 * What a meeting says, as the API's inputs give it; checked by {@link Workspaces}.
 *
 * @param startsAt an ISO-8601 instant, with its offset ("2026-03-12T14:00:00+01:00", "2026-03-12T13:00:00Z")
 * @param videoLink an http or https address
 * @param minutes Markdown
 * @param attendees the ids of the people who attend, members of the group's participant actors
 */
public record MeetingDetails(String startsAt, String place, String videoLink, String agenda, String minutes,
		List<String> attendees) {
}
