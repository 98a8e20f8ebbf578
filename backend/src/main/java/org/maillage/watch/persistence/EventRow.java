package org.maillage.watch.persistence;

import java.time.Instant;

import org.maillage.watch.WatchEventKind;

/** An event as read for one subscriber, before it is put in words. */
public record EventRow(String id, WatchEventKind kind, Instant at, String subjectId, String title, String actorId,
		String actorName, String groupStatus) {
}
