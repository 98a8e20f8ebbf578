package org.maillage.security;

/**
 * A person stopped being a member of an actor (removed by an owner, or left): published in that transaction, once the
 * membership is gone and under the actor's write lock, so that each feature lets go of what that person held for the
 * actor (a group's tasks and coming meetings) in the same transaction.
 *
 * @param actorId the actor
 * @param personId the person's subject
 */
public record MemberLeft(String actorId, String personId) {
}
