package org.maillage.observatory.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.summary.Plan;

import org.maillage.ApiAndGraphTests;
import org.maillage.MaillageIntegrationTest;
import org.maillage.Migrations;
import org.maillage.StoredPlaces;
import org.maillage.TestActors;
import org.maillage.TestCallers;
import org.maillage.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Problems carry their actor's département and région (migration V0035, kept in step with the actor's entry), and a
 * région's or département's open problems are read from those indexes, not by walking its actors.
 */
@MaillageIntegrationTest
class ProblemPlacesIntegrationTests extends ApiAndGraphTests {

	private static final String MIGRATION = "V0035__Find_a_places_problems_by_their_own_index.cypher";

	@Test
	void aProblemKeepsItsActorsPlaceAndTheMigrationWritesTheSame() {
		TestCallers.signIn("problem-places", Role.MEMBER);
		String actor = TestActors.registerIn(this.graphQl, "COMPANY", "PRIVATE", "Fonderie messine", "57463", null, "");
		String problem = TestActors.addProblem(this.graphQl, actor, Map.of("title", "Sables de fonderie à valoriser"));
		assertThat(place(problem)).containsExactly("departement:57", "region:44");

		this.neo4j.query("MATCH (p:Problem {id: $id}) REMOVE p.departement, p.region").bind(problem).to("id").run();
		assertThat(place(problem)).containsExactly(null, null);
		this.neo4j.query(Migrations.lastStatementOf(MIGRATION)).run();
		assertThat(place(problem)).as("written by the migration").containsExactly("departement:57", "region:44");
	}

	@Test
	void aRegionsOrADepartementsProblemsAreReadFromTheirIndex() {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("region", "region:44");
		parameters.put("departement", null);
		parameters.put("within", null);
		parameters.put("visible", List.of("PUBLIC"));
		parameters.put("category", null);
		parameters.put("since", "2026-01-01");
		Plan plan = this.neo4j.query("EXPLAIN " + ProblemQueries.OPEN_PROBLEMS).bindAll(parameters).run().plan();
		List<String> seeks = new ArrayList<>();
		collect(plan, seeks);
		assertThat(seeks).anyMatch(detail -> detail.contains("Problem(region)"))
			.anyMatch(detail -> detail.contains("Problem(departement)"));
	}

	private List<String> place(String problem) {
		return StoredPlaces.of(this.neo4j, "MATCH (n:Problem {id: $id})", problem).get(0);
	}

	/** The index seeks of a plan, with their details. */
	private static void collect(Plan plan, List<String> seeks) {
		if (plan.operatorType().startsWith("NodeIndexSeek")) {
			seeks.add(String.valueOf(plan.arguments().get("Details")));
		}
		plan.children().forEach(child -> collect(child, seeks));
	}

}
