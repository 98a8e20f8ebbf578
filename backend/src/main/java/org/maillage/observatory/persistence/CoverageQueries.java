package org.maillage.observatory.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.maillage.core.ReadScope;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Who in a territory holds what a value chain's steps need, found need by need through the indexes on (trade,
 * département) and (equipment category, département) (migrations V0013, V0016): the cost follows the holders of the
 * needs in the territory's départements, not the size of the directory. An EPCI or a commune is searched in its
 * départements, then narrowed to its communes.
 */
@Component
public class CoverageQueries {

	/**
	 * One row per need, actor and role: {@code ABLE} (a core trade of the need's subtree), {@code NEIGHBOUR} (a
	 * core trade of the same NAF group but another subtree), {@code MEANS} (shared equipment of the category the
	 * caller may see; {@code capacity} counts the items), {@code TOPIC} (an interest the caller may see).
	 */
	private static final String HOLDERS = """
			UNWIND $needs AS need
			CALL (need) {
			  WITH need WHERE need.kind = 'TRADE'
			  MATCH (:Trade {code: need.value})<-[:BROADER*0..4]-(t:Trade)
			  WITH need, collect(t.code) AS codes
			  UNWIND codes AS code
			  MATCH (a:Actor)-[h:HAS_CORE_TRADE {trade: code}]->(:Trade)
			  WHERE h.departement IN $departements
			  RETURN a, 'ABLE' AS role, 0 AS capacity
			  UNION ALL
			  WITH need WHERE need.kind = 'TRADE'
			  MATCH (own:Trade {code: need.value}) WHERE own.level IN ['CLASS', 'SUBCLASS']
			  MATCH (own)-[:BROADER*1..2]->(group:Trade {level: 'GROUP'})<-[:BROADER*1..2]-(t:Trade)
			  WHERE NOT EXISTS { (t)-[:BROADER*0..2]->(own) }
			  WITH DISTINCT t
			  MATCH (a:Actor)-[h:HAS_CORE_TRADE {trade: t.code}]->(:Trade)
			  WHERE h.departement IN $departements
			  RETURN a, 'NEIGHBOUR' AS role, 0 AS capacity
			  UNION ALL
			  WITH need WHERE need.kind = 'EQUIPMENT_CATEGORY'
			  MATCH (a:Actor)-[:HAS_EQUIPMENT]->(q:Equipment {category: need.value, shared: true})
			  WHERE q.departement IN $departements AND (q.visibility IN $visible OR a.id IN $ownActors)
			  RETURN a, 'MEANS' AS role, 1 AS capacity
			  UNION ALL
			  WITH need WHERE need.kind = 'TOPIC'
			  MATCH (a:Actor)-[i:INTERESTED_IN {topic: need.value}]->(:Topic)
			  WHERE i.departement IN $departements AND (i.visibility IN $visible OR a.id IN $ownActors)
			  RETURN a, 'TOPIC' AS role, 0 AS capacity
			}
			WITH need, a, role, capacity
			WHERE $communes IS NULL OR EXISTS { (a)-[:LOCATED_IN]->(c:Commune) WHERE c.id IN $communes }
			RETURN need.step AS step, need.index AS need, a.id AS actor, a.name AS name, a.kind AS kind, role,
			       sum(capacity) AS capacity""";

	private final Neo4jClient neo4j;

	CoverageQueries(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * The départements a territory lies in, and its communes when it is smaller than a département (null otherwise).
	 */
	public Place placeOf(String territory) {
		return this.neo4j.query("""
				MATCH (t:Territory {id: $territory})
				CALL (t) {
				  OPTIONAL MATCH (t)-[:PART_OF|OVERLAPS]->(up:Departement)
				  RETURN collect(DISTINCT up.id) AS ups
				}
				CALL (t) {
				  OPTIONAL MATCH (t)<-[:PART_OF]-(down:Departement)
				  RETURN collect(DISTINCT down.id) AS downs
				}
				CALL (t) {
				  OPTIONAL MATCH (c:Commune)-[:PART_OF]->(t)
				  RETURN collect(c.id) AS parts
				}
				WITH t, ups + downs + CASE WHEN t:Departement THEN [t.id] ELSE [] END AS departements, parts
				RETURN departements,
				       CASE WHEN t:Commune THEN [t.id] WHEN t:Epci THEN parts ELSE null END AS communes""")
			.bind(territory)
			.to("territory")
			.fetchAs(Place.class)
			.mappedBy((types, row) -> new Place(row.get("departements").asList(value -> value.asString()),
					row.get("communes").isNull() ? null : row.get("communes").asList(value -> value.asString())))
			.one()
			.orElse(new Place(List.of(), List.of()));
	}

	/**
	 * The holders of the needs in one territory, as the caller may see them.
	 * @param needs each with {@code step} (rank), {@code index} (in the step), {@code kind} and {@code value}
	 */
	public List<Holding> holders(List<Map<String, Object>> needs, Place place, ReadScope scope) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("needs", needs);
		parameters.put("departements", place.departements());
		parameters.put("communes", place.communes());
		parameters.put("visible", scope.visibleLevels());
		parameters.put("ownActors", scope.ownActorIds());
		return List.copyOf(this.neo4j.query(HOLDERS)
			.bindAll(parameters)
			.fetchAs(Holding.class)
			.mappedBy((types, row) -> new Holding(row.get("step").asInt(), row.get("need").asInt(),
					row.get("actor").asString(), row.get("name").asString(), row.get("kind").asString(),
					row.get("role").asString(), row.get("capacity").asLong()))
			.all());
	}

	/**
	 * The actors nearest to a point, outside a territory, whose core trade is in one of these NAF subtrees: where a
	 * step's nearest capable actors are when the territory has too few.
	 */
	public List<NearActor> nearestOutside(List<String> trades, Place place, double latitude, double longitude,
			int limit) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("trades", trades);
		parameters.put("departements", place.departements());
		parameters.put("communes", place.communes());
		parameters.put("centre", Map.of("latitude", latitude, "longitude", longitude));
		parameters.put("limit", limit);
		return List.copyOf(this.neo4j.query("""
				UNWIND $trades AS trade
				MATCH (:Trade {code: trade})<-[:BROADER*0..4]-(t:Trade)
				WITH DISTINCT t
				// from the trade: its holders only, wherever they are
				MATCH (t)<-[h:HAS_CORE_TRADE]-(a:Actor)
				WHERE a.position IS NOT NULL
				  AND CASE WHEN $communes IS NULL THEN NOT h.departement IN $departements
				           ELSE NOT EXISTS { (a)-[:LOCATED_IN]->(c:Commune) WHERE c.id IN $communes } END
				WITH DISTINCT a
				WITH a, point.distance(a.position, point($centre)) / 1000.0 AS km
				ORDER BY km, a.id LIMIT $limit
				OPTIONAL MATCH (a)-[:LOCATED_IN]->(c:Commune)
				RETURN a.id AS id, a.name AS name, c.name AS commune, km""")
			.bindAll(parameters)
			.fetchAs(NearActor.class)
			.mappedBy((types, row) -> new NearActor(row.get("id").asString(), row.get("name").asString(),
					row.get("commune").isNull() ? null : row.get("commune").asString(), row.get("km").asDouble()))
			.all());
	}

	/**
	 * @param communes the communes of a territory smaller than a département, else null
	 */
	public record Place(List<String> departements, List<String> communes) {
	}

	public record Holding(int step, int need, String actorId, String name, String kind, String role, long capacity) {
	}

	public record NearActor(String id, String name, String commune, double distanceKm) {
	}

}
