package org.maillage;

import java.util.Arrays;
import java.util.List;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The département and région that nodes carry for the queries that read a place's nodes directly (problems, their
 * needs): tests check what the service writes there and what a migration writes for the graphs of before.
 */
public final class StoredPlaces {

	private StoredPlaces() {
	}

	/**
	 * Each node {@code n} the pattern matches, given {@code $id}: its {@code departement} and {@code region}, either
	 * null when absent.
	 *
	 * @param pattern a {@code MATCH} binding {@code n}, such as {@code MATCH (n:Problem {id: $id})}
	 */
	public static List<List<String>> of(Neo4jClient neo4j, String pattern, String id) {
		return neo4j.query(pattern + " RETURN n.departement AS departement, n.region AS region")
			.bind(id)
			.to("id")
			.fetch()
			.all()
			.stream()
			.map(row -> Arrays.asList((String) row.get("departement"), (String) row.get("region")))
			.toList();
	}

}
