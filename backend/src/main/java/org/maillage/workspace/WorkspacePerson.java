package org.maillage.workspace;

/**
 * A person named in a workspace: an attendee, a task's responsible person.
 *
 * @param personId the person's subject at the sign-in service
 */
public record WorkspacePerson(String personId, String username) {
}
