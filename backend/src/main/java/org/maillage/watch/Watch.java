package org.maillage.watch;

import java.time.Instant;

/**
 * One person's subscription.
 *
 * @param value what is watched, by {@code kind} (see {@link WatchKind})
 * @param label its name (the topic's, trade's, territory's, value chain's or segment's), when known
 */
public record Watch(String id, WatchKind kind, String value, String label, Instant createdAt) {
}
