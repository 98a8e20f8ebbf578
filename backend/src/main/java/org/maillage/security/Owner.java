package org.maillage.security;

/**
 * An owner of an actor, as the service reaches them.
 *
 * @param personId the person's id (its subject at the sign-in service)
 * @param email the address the sign-in service gave for them, or null
 */
public record Owner(String actorId, String personId, String email) {
}
