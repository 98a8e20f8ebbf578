package org.maillage.actor;

/**
 * An actor added equipment it shares with others: published in the transaction that adds it.
 *
 * @param actorId the actor holding it
 * @param equipmentId the new equipment
 */
public record EquipmentShared(String actorId, String equipmentId) {
}
