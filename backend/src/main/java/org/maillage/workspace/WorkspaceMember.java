package org.maillage.workspace;

/** A member of an actor taking part in the group (ACCEPTED): who may attend a meeting or be responsible for a task. */
public record WorkspaceMember(String personId, String username, String actorId) {
}
