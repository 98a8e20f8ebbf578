package org.maillage.actor;

/**
 * Two profiles of one actor became one: published in the merge's transaction, before the duplicate is deleted, so
 * that each feature moves what it links to the duplicate (group participations, consultations, marks, claims) onto
 * the survivor, in that transaction. Listeners must not fail for an actor they know nothing of.
 *
 * @param survivorId the actor that stays
 * @param duplicateId the actor merged into it, deleted once every listener has run
 */
public record ActorsMerged(String survivorId, String duplicateId) {
}
