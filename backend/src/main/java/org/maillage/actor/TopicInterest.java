package org.maillage.actor;

import org.maillage.core.Visibility;

/**
 * An actor's declared readiness to work on a topic, with the visibility it chose for that declaration.
 *
 * @param version 0 when declared, one more at each change of visibility
 */
public record TopicInterest(String actorId, Topic topic, Visibility visibility, long version) {
}
