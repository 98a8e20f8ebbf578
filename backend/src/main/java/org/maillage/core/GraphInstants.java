package org.maillage.core;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/**
 * Instants as the graph gives them back: Neo4j returns a stored {@code datetime()} as a zoned or offset date-time
 * depending on how it was written, and the API speaks in instants.
 */
public final class GraphInstants {

	private GraphInstants() {
	}

	/** The instant of a date-time read from the graph, or null when there is none. */
	public static Instant instant(Object value) {
		if (value instanceof ZonedDateTime zoned) {
			return zoned.toInstant();
		}
		if (value instanceof OffsetDateTime offset) {
			return offset.toInstant();
		}
		return value instanceof Instant instant ? instant : null;
	}

}
