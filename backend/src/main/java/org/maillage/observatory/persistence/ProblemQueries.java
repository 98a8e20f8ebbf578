package org.maillage.observatory.persistence;

import java.util.List;
import java.util.Map;

import org.maillage.territory.InsideTerritories;
import org.maillage.territory.Territory;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** The open problems of a territory that an audience may see, with what the recurring-problems view groups them by. */
@Component
public class ProblemQueries {

	/**
	 * PRIVATE problems never count, whoever asks: {@code $visible} is the caller's levels without PRIVATE, and the
	 * caller's own actors get no exception here. A région's or département's problems come from their own index
	 * (their actor's place, kept with them: migration V0035); an EPCI's or commune's from its actors
	 * ({@link PlaceAnchor}).
	 */
	static final String OPEN_PROBLEMS = """
			CALL () {
			  MATCH (p:Problem {region: $region})
			  RETURN p
			  UNION ALL
			  MATCH (p:Problem {departement: $departement})
			  RETURN p
			  UNION ALL
			  <<ACTORS_OF>>
			  MATCH (a)-[:FACES]->(p:Problem)
			  RETURN p
			}
			WITH p WHERE p.visibility IN $visible AND coalesce(p.status, 'OPEN') = 'OPEN'
			  AND ($category IS NULL OR p.category = $category) AND toString(p.createdAt) >= $since
			MATCH (a:Actor)-[:FACES]->(p)
			// a région's problems count in their département, which they carry; a smaller place's in its EPCIs or communes
			CALL (a, p) {
			  WITH a WHERE $region IS NULL
			  MATCH (a)-[:LOCATED_IN]->(c:Commune)
			  OPTIONAL MATCH (c)-[:PART_OF]->(e:Epci)
			  RETURN c.id AS commune, e.id AS epci
			  UNION
			  WITH a WHERE $region IS NOT NULL
			  RETURN null AS commune, null AS epci
			}
			RETURN p.id AS id, p.title AS title, p.description AS description, a.id AS actor,
			       toString(p.createdAt) AS createdAt, commune, epci, p.departement AS departement,
			       [(p)-[:HAS_NEED]->(n:Need) | n.kind + ':' + n.value] AS needs"""
		.replace("<<ACTORS_OF>>", InsideTerritories.actorsOf("$within", "a"));

	private final Neo4jClient neo4j;

	ProblemQueries(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * @param since the first day counted, ISO 8601: older problems, and those of unknown age, are not read
	 */
	public List<OpenProblem> openProblems(Territory territory, List<String> visible, String category, String since) {
		Map<String, Object> parameters = PlaceAnchor.of(territory);
		parameters.put("visible", visible);
		parameters.put("category", category);
		parameters.put("since", since);
		return List.copyOf(this.neo4j.query(OPEN_PROBLEMS)
			.bindAll(parameters)
			.fetchAs(OpenProblem.class)
			.mappedBy((types, row) -> new OpenProblem(row.get("id").asString(), row.get("title").asString(),
					row.get("description").isNull() ? "" : row.get("description").asString(),
					row.get("actor").asString(), row.get("createdAt").asString(""), row.get("commune").asString(null),
					row.get("epci").isNull() ? null : row.get("epci").asString(), row.get("departement").asString(null),
					row.get("needs").asList(value -> value.asString())))
			.all());
	}

	/**
	 * @param createdAt ISO 8601, empty when unknown
	 * @param needs {@code KIND:value}
	 */
	public record OpenProblem(String id, String title, String description, String actorId, String createdAt,
			String commune, String epci, String departement, List<String> needs) {
	}

}
