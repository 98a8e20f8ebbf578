package org.maillage.actor;

/**
 * An actor declared a problem: published in the transaction that adds it, with its needs written.
 *
 * @param actorId the actor facing it
 * @param problemId the new problem
 */
public record ProblemDeclared(String actorId, String problemId) {
}
