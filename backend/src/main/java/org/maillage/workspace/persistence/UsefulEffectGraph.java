package org.maillage.workspace.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.maillage.core.ReadScope;
import org.maillage.territory.InsideTerritories;
import org.maillage.workinggroup.VisibleGroups;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Useful effects in the graph: {@code (:UsefulEffect)-[:OF_GROUP]->(:WorkingGroup)} and
 * {@code (:UsefulEffect)-[:BENEFITS]->(:Actor)} (migration V0028). A group's list is read as the workspace's lists
 * are, only when {@link WorkspaceGraph#MAY_WORK_IN} holds inside the query. Totals add up effects of groups the caller
 * may see ({@link VisibleGroups}), reached from the territory down to its actors, then to the effects that benefit
 * them.
 */
@Component
public class UsefulEffectGraph {

	static final String EFFECT = """
			e {.id, .version, .indicator, .value, .periodFrom, .periodTo, .evidenceUrl, .description, .status,
			   .verifiedBy, .verifiedAt, .createdBy, .createdAt, .updatedAt, groupId: g.id,
			   beneficiaryIds: [(e)-[:BENEFITS]->(b:Actor) | b.id]}""";

	private static final String GROUP = "MATCH (g:WorkingGroup {id: $group}) WHERE " + WorkspaceGraph.MAY_WORK_IN
			+ "\n";

	/**
	 * The territory's actors, the effects that benefit them in groups the caller may see, each effect once however
	 * many of its beneficiaries are inside.
	 */
	private static final String IN_TERRITORY = InsideTerritories.actorsOf("$territory", "a") + """

			MATCH (a)<-[:BENEFITS]-(e:UsefulEffect)-[:OF_GROUP]->(g:WorkingGroup)
			WHERE ($valueChain IS NULL OR g.valueChainId = $valueChain)
			  AND (NOT $verifiedOnly OR e.status = 'VERIFIED')
			  AND ($kinds IS NULL OR a.kind IN $kinds) AND ($sectors IS NULL OR a.sector IN $sectors)
			  AND %s
			WITH DISTINCT e, g
			""".formatted(VisibleGroups.predicate("g"));

	private final Neo4jClient neo4j;

	UsefulEffectGraph(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** One page of the group's effects, the latest period first; none if the caller may not work in the group. */
	public List<Map<String, Object>> effects(String groupId, WorkspaceGraph.Reader reader, long skip, int limit) {
		Map<String, Object> parameters = reader.parameters(groupId);
		parameters.put("skip", skip);
		parameters.put("limit", limit);
		return rows(GROUP + "MATCH (e:UsefulEffect)-[:OF_GROUP]->(g) RETURN " + EFFECT
				+ " AS item ORDER BY e.periodTo DESC, e.createdAt DESC, e.id SKIP $skip LIMIT $limit", parameters);
	}

	public long countEffects(String groupId, WorkspaceGraph.Reader reader) {
		return this.neo4j.query(GROUP + "RETURN COUNT { (:UsefulEffect)-[:OF_GROUP]->(g) }")
			.bindAll(reader.parameters(groupId))
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
	}

	/** Of these actors, those that do not take part in the group (ACCEPTED). */
	public List<String> notTakingPart(String groupId, List<String> actorIds) {
		return List.copyOf(this.neo4j.query("""
				UNWIND $actors AS actor
				WITH actor WHERE NOT EXISTS {
				  (:Actor {id: actor})-[:PARTICIPATES_IN {status: 'ACCEPTED'}]->(:WorkingGroup {id: $group}) }
				RETURN actor""")
			.bindAll(Map.of("group", groupId, "actors", actorIds))
			.fetchAs(String.class)
			.all());
	}

	/**
	 * Per indicator, the sum of the values, the number of effects and of groups, for the effects that benefit an
	 * actor inside the territory, in groups the caller may see.
	 */
	public List<Map<String, Object>> totals(String territoryId, String valueChainId, boolean verifiedOnly,
			List<String> kinds, List<String> sectors, ReadScope scope) {
		Map<String, Object> parameters = scoped(territoryId, valueChainId, verifiedOnly, scope);
		parameters.put("kinds", kinds);
		parameters.put("sectors", sectors);
		return this.neo4j.query(IN_TERRITORY + """
				RETURN e.indicator AS indicator, sum(e.value) AS total, count(e) AS effects, count(DISTINCT g) AS groups
				ORDER BY indicator""")
			.bindAll(parameters)
			.fetch()
			.all()
			.stream()
			.toList();
	}

	/**
	 * The effects the totals add up, one row each with its group's name, the latest period first, at most
	 * {@code limit}.
	 */
	public List<Map<String, Object>> lines(String territoryId, String valueChainId, boolean verifiedOnly,
			ReadScope scope, int limit) {
		Map<String, Object> parameters = scoped(territoryId, valueChainId, verifiedOnly, scope);
		parameters.put("limit", limit);
		return rows(IN_TERRITORY + "RETURN " + EFFECT.replace("groupId: g.id,", "groupId: g.id, groupName: g.name,")
				+ " AS item ORDER BY e.periodTo DESC, e.id LIMIT $limit", parameters);
	}

	// ---------------------------------------------------------------- writes, under the group's lock

	/** Writes an effect of the group, DECLARED, with its beneficiaries; {@code effect} holds its properties. */
	public void create(String groupId, Map<String, Object> effect, List<String> beneficiaries) {
		this.neo4j.query("""
				MATCH (g:WorkingGroup {id: $group})
				CREATE (e:UsefulEffect)-[:OF_GROUP]->(g)
				SET e = $effect, e.status = 'DECLARED', e.version = 0, e.createdAt = datetime(),
				    e.updatedAt = e.createdAt""")
			.bindAll(Map.of("group", groupId, "effect", effect))
			.run();
		benefit((String) effect.get("id"), beneficiaries);
	}

	/** Replaces what the effect says; it goes back to DECLARED and its version goes up by one. */
	public void update(String id, Map<String, Object> effect, List<String> beneficiaries) {
		this.neo4j.query("""
				MATCH (e:UsefulEffect {id: $id})
				SET e += $effect, e.status = 'DECLARED', e.verifiedBy = null, e.verifiedAt = null,
				    e.version = e.version + 1, e.updatedAt = datetime()""")
			.bindAll(Map.of("id", id, "effect", effect))
			.run();
		benefit(id, beneficiaries);
	}

	/** Marks the effect VERIFIED by this facilitator; its version goes up by one. */
	public void verify(String id, String username) {
		this.neo4j.query("""
				MATCH (e:UsefulEffect {id: $id})
				SET e.status = 'VERIFIED', e.verifiedBy = $username, e.verifiedAt = datetime(),
				    e.version = e.version + 1, e.updatedAt = e.verifiedAt""")
			.bindAll(Map.of("id", id, "username", username))
			.run();
	}

	public void remove(String id) {
		this.neo4j.query("MATCH (e:UsefulEffect {id: $id}) DETACH DELETE e").bind(id).to("id").run();
	}

	private void benefit(String id, List<String> beneficiaries) {
		this.neo4j.query("""
				MATCH (e:UsefulEffect {id: $id})
				OPTIONAL MATCH (e)-[r:BENEFITS]->(:Actor)
				DELETE r
				WITH DISTINCT e
				UNWIND $actors AS actor
				MATCH (a:Actor {id: actor})
				MERGE (e)-[:BENEFITS]->(a)""")
			.bindAll(Map.of("id", id, "actors", beneficiaries))
			.run();
	}

	private static Map<String, Object> scoped(String territoryId, String valueChainId, boolean verifiedOnly,
			ReadScope scope) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("territory", territoryId);
		parameters.put("valueChain", valueChainId);
		parameters.put("verifiedOnly", verifiedOnly);
		parameters.put("visible", scope.visibleLevels());
		parameters.put("ownActors", scope.ownActorIds());
		parameters.put("kinds", null);
		parameters.put("sectors", null);
		return parameters;
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> rows(String statement, Map<String, Object> parameters) {
		return this.neo4j.query(statement)
			.bindAll(parameters)
			.fetchAs(Map.class)
			.mappedBy((types, record) -> record.get("item").asMap())
			.all()
			.stream()
			.map(row -> (Map<String, Object>) row)
			.toList();
	}

}
