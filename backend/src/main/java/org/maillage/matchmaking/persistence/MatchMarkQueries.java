package org.maillage.matchmaking.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Record;

import org.maillage.core.PageRequest;
import org.maillage.core.ReadScope;
import org.maillage.matchmaking.MatchMark;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Facilitators' marks on matches: {@code (:MatchMark)-[:ON_PROBLEM]->(:Problem)} and {@code -[:OF_ACTOR]->(:Actor)},
 * one per facilitator, problem and actor (unique {@code key}, migration V0015). A mark whose problem or actor was
 * deleted loses its relationship and is never read again: every query here reaches marks through both.
 */
@Component
public class MatchMarkQueries {

	private static final String RETURN_MARK = """

			RETURN m {.id, .relevant, .reason, .markedBy, problemId: p.id, actorId: a.id, at: m.at} AS mark""";

	private final Neo4jClient neo4j;

	MatchMarkQueries(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** The actor owning a problem the caller may see; empty when there is no such problem for the caller. */
	public Optional<String> ownerOfVisibleProblem(String problemId, ReadScope scope) {
		return this.neo4j.query("""
				MATCH (owner:Actor)-[:FACES]->(p:Problem {id: $problemId})
				WHERE p.visibility IN $visible OR owner.id IN $ownActors
				RETURN owner.id""")
			.bindAll(Map.of("problemId", problemId, "visible", scope.visibleLevels(), "ownActors", scope.ownActorIds()))
			.fetchAs(String.class)
			.one();
	}

	/**
	 * Sets the facilitator's mark, creating it the first time. Two marks sent together by one facilitator meet on the
	 * unique key and stay one mark, the last written. Empty when the problem or the actor is gone.
	 */
	public Optional<MatchMark> mark(String problemId, String actorId, String subject, String username,
			boolean relevant, String reason) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("problemId", problemId);
		parameters.put("actorId", actorId);
		parameters.put("key", problemId + " " + actorId + " " + subject);
		parameters.put("subject", subject);
		parameters.put("username", username);
		parameters.put("relevant", relevant);
		parameters.put("reason", reason);
		return this.neo4j.query("""
				MATCH (p:Problem {id: $problemId}), (a:Actor {id: $actorId})
				MERGE (m:MatchMark {key: $key})
				ON CREATE SET m.id = randomUUID(), m.subject = $subject
				SET m.relevant = $relevant, m.reason = $reason, m.markedBy = $username, m.at = datetime()
				MERGE (m)-[:ON_PROBLEM]->(p)
				MERGE (m)-[:OF_ACTOR]->(a)
				""" + RETURN_MARK)
			.bindAll(parameters)
			.fetchAs(MatchMark.class)
			.mappedBy((types, row) -> mark(row))
			.one();
	}

	/** Removes the facilitator's mark; whether there was one. */
	public boolean unmark(String problemId, String actorId, String subject) {
		return this.neo4j.query("""
				OPTIONAL MATCH (m:MatchMark {key: $key})
				DETACH DELETE m
				RETURN count(m) > 0""")
			.bind(problemId + " " + actorId + " " + subject)
			.to("key")
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

	/** A problem's marks, the most recent first, and how many there are. */
	public List<MatchMark> marksOf(String problemId, PageRequest page) {
		return List.copyOf(this.neo4j.query("""
				MATCH (a:Actor)<-[:OF_ACTOR]-(m:MatchMark)-[:ON_PROBLEM]->(p:Problem {id: $problemId})
				WITH m, a, p ORDER BY m.at DESC, m.id SKIP $skip LIMIT $limit
				""" + RETURN_MARK)
			.bindAll(Map.of("problemId", problemId, "skip", page.offset(), "limit", page.size()))
			.fetchAs(MatchMark.class)
			.mappedBy((types, row) -> mark(row))
			.all());
	}

	public long countOf(String problemId) {
		return this.neo4j.query("""
				MATCH (:Actor)<-[:OF_ACTOR]-(m:MatchMark)-[:ON_PROBLEM]->(:Problem {id: $problemId})
				RETURN count(m)""")
			.bind(problemId)
			.to("problemId")
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
	}

	/** The marks on these actors for this problem, by actor id, the most recent first. */
	public Map<String, List<MatchMark>> marksOf(String problemId, List<String> actorIds) {
		Map<String, List<MatchMark>> marks = new HashMap<>();
		this.neo4j.query("""
				MATCH (p:Problem {id: $problemId})<-[:ON_PROBLEM]-(m:MatchMark)-[:OF_ACTOR]->(a:Actor)
				WHERE a.id IN $actorIds
				WITH m, a, p ORDER BY m.at DESC, m.id
				""" + RETURN_MARK)
			.bindAll(Map.of("problemId", problemId, "actorIds", actorIds))
			.fetchAs(MatchMark.class)
			.mappedBy((types, row) -> mark(row))
			.all()
			.forEach(mark -> marks.computeIfAbsent(mark.actorId(), id -> new java.util.ArrayList<>()).add(mark));
		return marks;
	}

	/** The problems the caller may see whose matches were marked most recently, with their marked actors' balances. */
	public List<MarkedProblem> recentlyMarked(int problems, ReadScope scope) {
		return List.copyOf(this.neo4j.query("""
				MATCH (m:MatchMark) WHERE m.at IS NOT NULL
				WITH m ORDER BY m.at DESC LIMIT 10000
				MATCH (owner:Actor)-[:FACES]->(p:Problem)<-[:ON_PROBLEM]-(m)-[:OF_ACTOR]->(a:Actor)
				WHERE p.visibility IN $visible OR owner.id IN $ownActors
				WITH p, a, sum(CASE WHEN m.relevant THEN 1 ELSE -1 END) AS balance, max(m.at) AS at
				WITH p, collect({actorId: a.id, balance: balance}) AS balances, max(at) AS at
				ORDER BY at DESC, p.id LIMIT $problems
				RETURN p.id AS problemId, p.title AS title, balances""")
			.bindAll(Map.of("problems", problems, "visible", scope.visibleLevels(), "ownActors", scope.ownActorIds()))
			.fetchAs(MarkedProblem.class)
			.mappedBy((types, row) -> {
				Map<String, Long> balances = new HashMap<>();
				row.get("balances").asList(value -> value).forEach(value -> balances
					.put(value.get("actorId").asString(), value.get("balance").asLong()));
				return new MarkedProblem(row.get("problemId").asString(), row.get("title").asString(), balances);
			})
			.all());
	}

	private static MatchMark mark(Record row) {
		var mark = row.get("mark");
		return new MatchMark(mark.get("id").asString(), mark.get("problemId").asString(),
				mark.get("actorId").asString(), mark.get("relevant").asBoolean(), mark.get("reason").asString(null),
				mark.get("markedBy").asString(), mark.get("at").asZonedDateTime().toInstant());
	}

}
