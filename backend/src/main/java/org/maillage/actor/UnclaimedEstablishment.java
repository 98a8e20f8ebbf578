package org.maillage.actor;

/**
 * A public-record profile nobody claimed, as a legal unit's import reclassifies it.
 *
 * @param actorId the actor
 * @param siret its SIRET
 * @param trade its main activity (a NAF subclass), or null
 * @param name its name
 */
public record UnclaimedEstablishment(String actorId, String siret, String trade, String name) {
}
