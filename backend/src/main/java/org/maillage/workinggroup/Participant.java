package org.maillage.workinggroup;

import java.time.Instant;

/**
 * An actor invited to a working group, and its answer.
 *
 * @param role free text: lead, member, observer…
 * @param step for a conglomerate, the value-chain step it takes
 * @param reason why it was invited
 * @param answeredBy the username of the owner (or administrator) who answered
 */
public record Participant(String workingGroupId, String actorId, String role, String step,
		ParticipationStatus status, String reason, Instant invitedAt, Instant answeredAt, String answeredBy) {
}
