package org.maillage.actor;

/**
 * An actor joined the directory: published in its registration's transaction, after its commune and trades are
 * written, for the features that tell others (the watch).
 *
 * @param actorId the new actor
 */
public record ActorRegistered(String actorId) {
}
