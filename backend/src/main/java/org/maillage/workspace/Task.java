package org.maillage.workspace;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A task of a group, carried by one of its participant actors.
 *
 * @param actorId the participant actor responsible, or null once that actor was deleted
 * @param person the person responsible, a member of that actor, or null
 * @param dueOn its due date, or null
 */
public record Task(String id, String groupId, long version, String title, String actorId, WorkspacePerson person,
		LocalDate dueOn, TaskStatus status, String createdBy, Instant createdAt, Instant updatedAt) {
}
