package org.maillage.matchmaking;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.maillage.ApiAndGraphTests;
import org.maillage.MaillageIntegrationTest;
import org.maillage.Migrations;
import org.maillage.StoredPlaces;
import org.maillage.TestActors;
import org.maillage.TestCallers;
import org.maillage.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A problem's needs carry its actor's département and région (migration V0039), by which "problems I could help
 * with" reads the problems near the helping actor first: written with the needs, moved with the actor, and written
 * the same by the migration for the needs of before.
 */
@MaillageIntegrationTest
class NeedPlacesIntegrationTests extends ApiAndGraphTests {

	private static final String MIGRATION = "V0039__Find_problems_near_the_helper_first.cypher";

	@Test
	void aProblemsNeedsKeepItsActorsPlaceWhereverItMoves() {
		TestCallers.signIn("need-places", Role.MEMBER);
		String actor = TestActors.registerIn(this.graphQl, "COMPANY", "PRIVATE", "Chaudronnerie d'Aurillac", "15014",
				null, "");
		String problem = TestActors.addProblem(this.graphQl, actor, Map.of("title", "Tôles à rouler", "category",
				"SUPPLY", "needs", List.of(Map.of("kind", "TRADE", "value", "25.11Z"),
						Map.of("kind", "EQUIPMENT_CATEGORY", "value", "MACHINING"))));
		assertThat(places(problem)).as("written with the needs")
			.containsOnly(List.of("departement:15", "region:84"));

		TestActors.moveCompany(this.graphQl, actor, "Chaudronnerie d'Aurillac", "12202");
		assertThat(places(problem)).as("moved to Rodez with its actor")
			.containsOnly(List.of("departement:12", "region:76"));

		this.neo4j.query("MATCH (:Problem {id: $id})-[:HAS_NEED]->(n:Need) REMOVE n.departement, n.region")
			.bind(problem)
			.to("id")
			.run();
		assertThat(places(problem)).containsOnly(Arrays.asList(null, null));
		this.neo4j.query(Migrations.lastStatementOf(MIGRATION)).run();
		assertThat(places(problem)).as("written by the migration")
			.containsOnly(List.of("departement:12", "region:76"));
	}

	/** Each need's département and région. */
	private List<List<String>> places(String problem) {
		return StoredPlaces.of(this.neo4j, "MATCH (:Problem {id: $id})-[:HAS_NEED]->(n:Need)", problem);
	}

}
