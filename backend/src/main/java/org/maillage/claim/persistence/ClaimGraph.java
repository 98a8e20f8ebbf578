package org.maillage.claim.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Claims in the graph: {@code (:ActorClaim)-[:OF]->(:Actor)}, with the claimant's subject as a property, since the
 * person may not have a {@code Person} node until a claim makes them an owner (migration V0023). A claim of a deleted
 * actor is left without its {@code OF} and so no longer listed.
 */
@Component
public class ClaimGraph {

	private static final String CLAIM = """
			c {.id, .claimantId, .claimant, .claimantEmail, .message, .status, .ground, .decidedBy, .note,
			   .createdAt, .decidedAt, actorId: a.id}""";

	private final Neo4jClient neo4j;

	ClaimGraph(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * What a claim of this actor by this person depends on: whether the actor is a public record nobody owns, its
	 * website, the person's pending claim of it and how many they have in all. Empty if there is no such actor.
	 */
	public Optional<Map<String, Object>> stateOfActor(String actorId, String claimantId) {
		return this.neo4j.query("""
				MATCH (a:Actor {id: $actorId})
				RETURN coalesce(a.publicRecord, false)
				         AND NOT EXISTS { (:Person)-[:MEMBER_OF {role: 'OWNER'}]->(a) } AS claimable,
				       a.website AS website,
				       [(c:ActorClaim {claimantId: $claimantId, status: 'PENDING'})-[:OF]->(a) | c.id][0] AS pending,
				       COUNT { MATCH (c:ActorClaim {claimantId: $claimantId, status: 'PENDING'})-[:OF]->(:Actor)
				               RETURN c } AS pendingOfClaimant""")
			.bindAll(Map.of("actorId", actorId, "claimantId", claimantId))
			.fetch()
			.one();
	}

	/** Whether the actor may still be claimed: a public record without an owner. */
	public boolean claimable(String actorId) {
		return this.neo4j.query("""
				MATCH (a:Actor {id: $actorId})
				RETURN coalesce(a.publicRecord, false) AND NOT EXISTS { (:Person)-[:MEMBER_OF {role: 'OWNER'}]->(a) }""")
			.bind(actorId)
			.to("actorId")
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

	/** Writes a new claim of an existing actor; {@code claim} holds its properties. */
	public Map<String, Object> create(String actorId, Map<String, Object> claim) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("actorId", actorId);
		parameters.put("claim", claim);
		return claims("""
				MATCH (a:Actor {id: $actorId})
				CREATE (c:ActorClaim)-[:OF]->(a)
				SET c = $claim, c.createdAt = datetime(),
				    c.decidedAt = CASE WHEN $claim.status = 'PENDING' THEN null ELSE datetime() END
				RETURN %s AS claim""".formatted(CLAIM), parameters).get(0);
	}

	public Optional<Map<String, Object>> find(String id) {
		return claims("MATCH (c:ActorClaim {id: $id})-[:OF]->(a:Actor) RETURN %s AS claim".formatted(CLAIM),
				Map.of("id", id)).stream().findFirst();
	}

	/** Records a pending claim's decision; returns the claim as it is now. */
	public Map<String, Object> decide(String id, String status, String ground, String decidedBy, String note) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("status", status);
		parameters.put("ground", ground);
		parameters.put("decidedBy", decidedBy);
		parameters.put("note", note);
		this.neo4j.query("""
				MATCH (c:ActorClaim {id: $id, status: 'PENDING'})
				SET c.status = $status, c.ground = $ground, c.decidedBy = $decidedBy, c.note = $note,
				    c.decidedAt = datetime()""")
			.bindAll(parameters)
			.run();
		return find(id).orElseThrow();
	}

	/** Refuses the other pending claims of an actor once one was granted. */
	public void refuseOthers(String actorId, String grantedId) {
		this.neo4j.query("""
				MATCH (c:ActorClaim {status: 'PENDING'})-[:OF]->(:Actor {id: $actorId})
				WHERE c.id <> $grantedId
				SET c.status = 'REFUSED', c.ground = 'CLAIMED_BY_ANOTHER', c.decidedAt = datetime()""")
			.bindAll(Map.of("actorId", actorId, "grantedId", grantedId))
			.run();
	}

	/** Claims in one status, oldest first: the facilitators' queue. */
	public List<Map<String, Object>> withStatus(String status, long offset, int size) {
		return claims("""
				MATCH (c:ActorClaim {status: $status})-[:OF]->(a:Actor)
				RETURN %s AS claim ORDER BY c.createdAt, c.id SKIP $offset LIMIT $size""".formatted(CLAIM),
				Map.of("status", status, "offset", offset, "size", size));
	}

	public long countWithStatus(String status) {
		return count("MATCH (c:ActorClaim {status: $value})-[:OF]->(:Actor) RETURN count(c)", status);
	}

	/** One person's claims, newest first. */
	public List<Map<String, Object>> of(String claimantId, long offset, int size) {
		return claims("""
				MATCH (c:ActorClaim {claimantId: $claimantId})-[:OF]->(a:Actor)
				RETURN %s AS claim ORDER BY c.createdAt DESC, c.id SKIP $offset LIMIT $size""".formatted(CLAIM),
				Map.of("claimantId", claimantId, "offset", offset, "size", size));
	}

	public long countOf(String claimantId) {
		return count("MATCH (c:ActorClaim {claimantId: $value})-[:OF]->(:Actor) RETURN count(c)", claimantId);
	}

	/** The claims a statement returns, each in a column {@code claim}. */
	private List<Map<String, Object>> claims(String statement, Map<String, Object> parameters) {
		return this.neo4j.query(statement)
			.bindAll(parameters)
			.fetchAs(Map.class)
			.mappedBy((types, record) -> record.get("claim").asMap())
			.all()
			.stream()
			.map(ClaimGraph::typed)
			.toList();
	}

	private long count(String statement, String value) {
		return this.neo4j.query(statement).bind(value).to("value").fetchAs(Long.class).one().orElse(0L);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> typed(Map<?, ?> claim) {
		return (Map<String, Object>) claim;
	}

}
