package org.maillage.actor.persistence;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.maillage.core.Visibility;

/**
 * How many actors declare an interest in a topic, kept on the topic per visibility level ({@code publicInterests},
 * {@code membersInterests}…, filled by migration V0010): counting a popular topic's interests at each request costs
 * hundreds of milliseconds at 100k actors. Every change of an interest updates them in the same statement, after
 * taking the topic's write lock, so that two actors declaring at once both count. Cypher fragments over a topic
 * {@code t}, assembled from constants.
 */
final class TopicCounts {

	/** Takes the topic's write lock before its counts are read (Neo4j manual, "Lost updates"). */
	static final String LOCK = "SET t._LOCK_ = true REMOVE t._LOCK_";

	/**
	 * Ends with {@code actorCount}, bound for {@code t}: how many actors the caller may see declare an interest in
	 * it, the counts of its visible levels plus its own actors' interests at other levels (a handful, anchored on
	 * the own actors' ids).
	 */
	static final String VISIBLE_COUNT = """
			CALL (t) {
			  UNWIND $ownActors AS ownId
			  OPTIONAL MATCH (:Actor {id: ownId})-[own:INTERESTED_IN]->(t) WHERE NOT own.visibility IN $visible
			  RETURN count(own) AS hidden
			}
			WITH *, %s + hidden AS actorCount
			""".formatted(Arrays.stream(Visibility.values())
		.map(level -> "CASE WHEN '%s' IN $visible THEN coalesce(t.%s, 0) ELSE 0 END".formatted(level.name(),
				field(level)))
		.collect(Collectors.joining(" + ")));

	private TopicCounts() {
	}

	/** Moves one interest from the level named by {@code removed} to that named by {@code added}; either may be null. */
	static String change(String removed, String added) {
		return "SET " + Arrays.stream(Visibility.values())
			.map(level -> "t.%1$s = coalesce(t.%1$s, 0) + CASE WHEN %2$s = '%3$s' THEN 1 ELSE 0 END - CASE WHEN %4$s = '%3$s' THEN 1 ELSE 0 END"
				.formatted(field(level), added, level.name(), removed))
			.collect(Collectors.joining(", "));
	}

	static String field(Visibility level) {
		return DirectoryEntries.field(level, "Interests");
	}

}
