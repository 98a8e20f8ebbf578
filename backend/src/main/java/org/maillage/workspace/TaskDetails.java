package org.maillage.workspace;

/**
 * What a task says, as the API's inputs give it; checked by {@link Workspaces}.
 *
 * @param responsibleActor the id of an actor taking part in the group (ACCEPTED)
 * @param responsiblePerson the id of a member of that actor, or null
 * @param dueOn a date ("2026-03-31"), or null
 * @param status TODO when not given
 */
public record TaskDetails(String title, String responsibleActor, String responsiblePerson, String dueOn,
		TaskStatus status) {
}
