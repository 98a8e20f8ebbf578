package org.maillage.observatory.persistence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.maillage.territory.InsideTerritories;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * What the collaboration network of a territory is built from: its actors, the working groups they take part in
 * together (accepted participations) and the topics they share, as the caller's audience may see them.
 */
@Component
public class NetworkQueries {

	private final Neo4jClient neo4j;

	NetworkQueries(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** The territory's actors, id → name, by name. */
	public Map<String, String> actorsIn(String territory) {
		Map<String, String> actors = new LinkedHashMap<>();
		this.neo4j.query(InsideTerritories.actorsOf("$territory", "a") + """

				RETURN a.id AS id, a.name AS name ORDER BY a.name, a.id""")
			.bind(territory)
			.to("territory")
			.fetch()
			.all()
			.forEach(row -> actors.put((String) row.get("id"), (String) row.get("name")));
		return actors;
	}

	/**
	 * The working groups the caller's audience may see with at least two of these actors as accepted participants,
	 * and the topics at least two and at most {@code maxFollowers} of them follow with an interest it may see.
	 */
	public List<Tie> ties(List<String> actors, List<String> visible, int maxFollowers) {
		return List.copyOf(this.neo4j.query("""
				CALL () {
				  MATCH (g:WorkingGroup)<-[:PARTICIPATES_IN {status: 'ACCEPTED'}]-(a:Actor)
				  WHERE g.visibility IN $visible AND a.id IN $actors
				  WITH g, collect(DISTINCT a.id) AS members WHERE size(members) >= 2
				  RETURN 'GROUP' AS kind, g.name AS via, members
				  UNION ALL
				  UNWIND $actors AS actorId
				  MATCH (a:Actor {id: actorId})-[i:INTERESTED_IN]->(t:Topic)
				  WHERE i.visibility IN $visible
				  WITH t, collect(DISTINCT a.id) AS members WHERE size(members) >= 2 AND size(members) <= $maxFollowers
				  RETURN 'TOPIC' AS kind, t.name AS via, members
				}
				RETURN kind, via, members""")
			.bindAll(Map.of("actors", actors, "visible", visible, "maxFollowers", maxFollowers))
			.fetchAs(Tie.class)
			.mappedBy((types, row) -> new Tie(row.get("kind").asString(), row.get("via").asString(),
					row.get("members").asList(value -> value.asString())))
			.all());
	}

	/**
	 * @param kind GROUP (a working group) or TOPIC (a shared topic)
	 * @param via the group's or topic's name
	 */
	public record Tie(String kind, String via, List<String> members) {
	}

}
