package org.maillage.observatory.persistence;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.maillage.territory.InsideTerritories;
import org.maillage.territory.Territory;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * What the collaboration network of a territory is built from: the working groups its actors take part in together
 * (accepted participations) and the topics they share, as the caller's audience may see them; how many actors it has;
 * the names of those shown. A région's or département's actors are never all read: its topics' followers come from
 * their place's index (migration V0013), its actors are counted and listed from the directory's entries (V0017). At
 * 1,000,000 actors, reading Île-de-France's 180,374 actors and their interests took 5 s (docs/observatory.md, "Speed").
 * Each statement starts from the territory's {@link PlaceAnchor}.
 */
@Component
public class NetworkQueries {

	/**
	 * Groups with at least two of the territory's actors as accepted participants; topics followed by at least two
	 * and at most {@code $maxFollowers} of them (a topic's followers are read up to one more than that).
	 */
	static final String TIES = """
			CALL () {
			  MATCH (g:WorkingGroup)<-[:PARTICIPATES_IN {status: 'ACCEPTED'}]-(a:Actor)
			  WHERE g.visibility IN $visible AND <<INSIDE>>
			  WITH g, collect(DISTINCT a.id) AS members WHERE size(members) >= 2
			  RETURN 'GROUP' AS kind, g.name AS via, members
			  UNION ALL
			  // a région's or département's topics: each one's followers there, from their place's index
			  MATCH (t:Topic) WHERE $within IS NULL
			  CALL (t) {
			    CALL (t) {
			      MATCH (a:Actor)-[i:INTERESTED_IN {topic: t.key, region: $region}]->()
			      WHERE i.visibility IN $visible
			      RETURN a
			      UNION
			      MATCH (a:Actor)-[i:INTERESTED_IN {topic: t.key, departement: $departement}]->()
			      WHERE i.visibility IN $visible
			      RETURN a
			    }
			    // a topic too widely followed links nobody: its followers are read no further than that
			    WITH a LIMIT $followersRead
			    RETURN collect(a.id) AS members
			  }
			  WITH t, members WHERE size(members) >= 2 AND size(members) <= $maxFollowers
			  RETURN 'TOPIC' AS kind, t.name AS via, members
			  UNION ALL
			  // an EPCI's or a commune's: its actors' interests
			  <<ACTORS_OF>>
			  MATCH (a)-[i:INTERESTED_IN]->(t:Topic)
			  WHERE i.visibility IN $visible
			  WITH t, collect(DISTINCT a.id) AS members WHERE size(members) >= 2 AND size(members) <= $maxFollowers
			  RETURN 'TOPIC' AS kind, t.name AS via, members
			}
			RETURN kind, via, members"""
		.replace("<<INSIDE>>", InsideTerritories.predicate("a", "[coalesce($region, $departement, $within)]"))
		.replace("<<ACTORS_OF>>", InsideTerritories.actorsOf("$within", "a"));

	/**
	 * How many actors: a région's or département's from the entries' indexes on (place, name, actor), which serve
	 * only with every property of theirs asked for (without, 1,000,000 entries were scanned: 288 ms against 31).
	 */
	static final String COUNT = """
			CALL () {
			  MATCH (e:DirectoryEntry) WHERE e.region = $region AND e.name IS NOT NULL AND e.actorId IS NOT NULL
			  RETURN e.actorId AS actor
			  UNION ALL
			  MATCH (e:DirectoryEntry) WHERE e.departement = $departement AND e.name IS NOT NULL AND e.actorId IS NOT NULL
			  RETURN e.actorId AS actor
			  UNION ALL
			  <<ACTORS_OF>>
			  RETURN a.id AS actor
			}
			RETURN count(actor) AS actors""".replace("<<ACTORS_OF>>", InsideTerritories.actorsOf("$within", "a"));

	/** The first of the territory's actors by name that are not among {@code $connected}, from the entries' order. */
	static final String UNCONNECTED = """
			CALL () {
			  MATCH (e:DirectoryEntry) WHERE e.region = $region AND e.name IS NOT NULL AND NOT e.actorId IN $connected
			  RETURN e.actorId AS id, e.name AS name ORDER BY e.region, e.name, e.actorId LIMIT $limit
			  UNION ALL
			  MATCH (e:DirectoryEntry) WHERE e.departement = $departement AND e.name IS NOT NULL
			    AND NOT e.actorId IN $connected
			  RETURN e.actorId AS id, e.name AS name ORDER BY e.departement, e.name, e.actorId LIMIT $limit
			  UNION ALL
			  <<ACTORS_OF>>
			  WITH a WHERE NOT a.id IN $connected
			  RETURN a.id AS id, a.name AS name ORDER BY a.name, a.id LIMIT $limit
			}
			RETURN id, name ORDER BY name, id""".replace("<<ACTORS_OF>>", InsideTerritories.actorsOf("$within", "a"));

	private final Neo4jClient neo4j;

	NetworkQueries(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** The ties of the territory's actors, as the audience of {@code visible} may see them. */
	public List<Tie> ties(Territory territory, List<String> visible, int maxFollowers) {
		Map<String, Object> parameters = PlaceAnchor.of(territory);
		parameters.put("visible", visible);
		parameters.put("maxFollowers", maxFollowers);
		parameters.put("followersRead", maxFollowers + 1);
		return List.copyOf(this.neo4j.query(TIES)
			.bindAll(parameters)
			.fetchAs(Tie.class)
			.mappedBy((types, row) -> new Tie(row.get("kind").asString(), row.get("via").asString(),
					row.get("members").asList(value -> value.asString())))
			.all());
	}

	/** How many actors the territory has. */
	public long actorCount(Territory territory) {
		return this.neo4j.query(COUNT)
			.bindAll(PlaceAnchor.of(territory))
			.fetchAs(Long.class)
			.mappedBy((types, row) -> row.get("actors").asLong())
			.one()
			.orElse(0L);
	}

	/** At most {@code limit} of the territory's actors not among {@code connected}, by name: id → name. */
	public Map<String, String> unconnected(Territory territory, Collection<String> connected, int limit) {
		Map<String, Object> parameters = PlaceAnchor.of(territory);
		parameters.put("connected", List.copyOf(connected));
		parameters.put("limit", limit);
		return names(this.neo4j.query(UNCONNECTED).bindAll(parameters));
	}

	/** The names of these actors: id → name. */
	public Map<String, String> namesOf(Collection<String> actors) {
		return names(this.neo4j.query("MATCH (a:Actor) WHERE a.id IN $actors RETURN a.id AS id, a.name AS name")
			.bind(List.copyOf(actors))
			.to("actors"));
	}

	private static Map<String, String> names(Neo4jClient.RunnableSpec query) {
		Map<String, String> names = new LinkedHashMap<>();
		query.fetch().all().forEach(row -> names.put((String) row.get("id"), (String) row.get("name")));
		return names;
	}

	/**
	 * @param kind GROUP (a working group) or TOPIC (a shared topic)
	 * @param via the group's or topic's name
	 */
	public record Tie(String kind, String via, List<String> members) {
	}

}
