package org.maillage.actor.persistence;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Stale actors for their owners' reminders: confirmed before a given instant and not reminded since, found in the
 * order of the {@code actor_confirmed_at} index (migration V0026), oldest confirmation first, and marked reminded
 * ({@code remindedAt}). An actor is stale again only once confirmed again and that confirmation ages in turn.
 */
@Component
public class FreshnessQueries {

	/** Stale and not reminded since its last confirmation. */
	private static final String STALE = """
			a.confirmedAt < datetime($staleBefore) AND (a.remindedAt IS NULL OR a.remindedAt < a.confirmedAt)""";

	private final Neo4jClient neo4j;

	FreshnessQueries(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * Up to {@code limit} stale actors after the given key, in (confirmedAt, id) order: the key of the last one read
	 * and its id, or nulls for the first batch.
	 */
	public List<Candidate> candidates(Instant staleBefore, String afterAt, String afterId, int limit) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("staleBefore", staleBefore.toString());
		parameters.put("afterAt", afterAt);
		parameters.put("afterId", afterId);
		parameters.put("limit", limit);
		return this.neo4j.query("""
				MATCH (a:Actor)
				WHERE %s
				  AND ($afterAt IS NULL OR a.confirmedAt > datetime($afterAt)
				       OR (a.confirmedAt = datetime($afterAt) AND a.id > $afterId))
				RETURN a.id AS id, toString(a.confirmedAt) AS at
				ORDER BY a.confirmedAt, a.id LIMIT $limit""".formatted(STALE))
			.bindAll(parameters)
			.fetch()
			.all()
			.stream()
			.map(row -> new Candidate((String) row.get("id"), (String) row.get("at")))
			.toList();
	}

	/**
	 * Marks reminded now those of these actors still stale and not reminded: run once their write locks are held, it
	 * reads what the transactions that held them before committed, so that of two runs only one marks an actor.
	 * Returns the marked ones.
	 */
	public List<Map<String, Object>> markReminded(List<String> actorIds, Instant staleBefore) {
		return List.copyOf(this.neo4j.query("""
				UNWIND $actorIds AS id
				MATCH (a:Actor {id: id})
				WHERE %s
				SET a.remindedAt = datetime()
				RETURN a.id AS id, a.name AS name, a.confirmedAt.epochMillis AS confirmedAt
				ORDER BY a.confirmedAt, a.id""".formatted(STALE))
			.bindAll(Map.of("actorIds", actorIds, "staleBefore", staleBefore.toString()))
			.fetch()
			.all());
	}

	/** A stale actor found, and its key in the batches' order. */
	public record Candidate(String id, String confirmedAt) {
	}

}
