package org.maillage.watch;

import java.time.Instant;

/**
 * An event as one subscriber receives it: its words are read when it is delivered, from what that subscriber may see
 * then.
 *
 * @param subjectId the actor, problem, equipment or group it is about
 * @param title the subject's name or title
 * @param actorId the actor concerned (the new one, the one facing the problem or holding the equipment); null for a
 * group
 * @param description the event in a sentence, in the reader's language
 */
public record FeedEvent(String id, WatchEventKind kind, Instant at, String subjectId, String title, String actorId,
		String actorName, String description) {
}
