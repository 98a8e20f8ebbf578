package org.maillage.matchmaking;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.maillage.MaillageIntegrationTest;
import org.maillage.TestActors;
import org.maillage.TestCallers;
import org.maillage.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A ranking depends only on what its caller may see: adding items hidden from the caller, many and full of the
 * ranked words, changes nothing of what it gets, to the byte: not a score, not an order, not an explanation. Full-text
 * statistics included, since every caller searches an index of what its audience may see.
 */
@MaillageIntegrationTest
class HiddenItemsMoveNoScoreIntegrationTests {

	private static final String RANKING = """
			query($problem: ID!) {
			  matchActors(problem: $problem, first: 20) {
			    totalCount needs { kind value inferred }
			    edges { node { score actor { id } explanation
			      signals { signal score contribution reason }
			      coverage { strength need { value } evidence { kind itemId label detail } } } } }
			}""";

	private static final String SEARCHES = """
			query($words: String!) {
			  actors(filter: {text: $words}, first: 50) { totalCount edges { node { id } } }
			  equipment(filter: {text: $words}, first: 50) { totalCount edges { node { id } } }
			  problems(filter: {text: $words}, first: 50) { totalCount edges { node { id } } }
			}""";

	@Autowired
	GraphQlTester graphQl;

	String run = Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);

	@Test
	void hiddenItemsChangeNoPublicOrFacilitatorRanking() {
		String words = "recyclage aimants néodyme " + this.run;
		signInAs("owner");
		String hider = register("Atelier discret");
		String owner = register("Motoriste");
		String problem = this.graphQl.document("""
				mutation($actorId: ID!, $title: String!) { addProblem(input: {actorId: $actorId, title: $title,
				  description: "Nous cherchons le recyclage des aimants au néodyme de nos moteurs", category: SUPPLY,
				  visibility: PUBLIC, needs: [{kind: KNOW_HOW, value: "recyclage aimants néodyme"}]}) { problem { id } } }""")
			.variable("actorId", owner)
			.variable("title", "Recyclage des aimants " + this.run)
			.execute()
			.path("addProblem.problem.id")
			.entity(String.class)
			.get();
		for (int i = 0; i < 6; i++) {
			String candidate = register("Candidat " + i);
			addKnowHow(candidate, i % 2 == 0 ? "Recyclage des aimants" : "Tri des déchets électroniques",
					"Démontage, séparation, recyclage du néodyme " + "et des terres rares ".repeat(i), "PUBLIC");
			addEquipment(candidate, "Broyeur " + i, "Broyeur pour aimants et moteurs", "PUBLIC");
		}

		TestCallers.signOut();
		String publicRanking = ranking(problem);
		String publicSearches = searches(words);
		signInAs("facilitator", Role.FACILITATOR);
		String facilitatorRanking = ranking(problem);
		String facilitatorSearches = searches(words);
		assertThat(publicRanking).as("the ranking ranks someone").contains("score=");

		signInAs("owner");
		for (int i = 0; i < 25; i++) {
			addKnowHow(hider, "Recyclage des aimants au néodyme " + i, ("recyclage aimants néodyme " + this.run + " ")
				.repeat(1 + i % 5), "PRIVATE");
			addEquipment(hider, "Ligne de recyclage d'aimants " + i, "recyclage des aimants néodyme", "PRIVATE");
		}
		TestCallers.signOut();
		assertThat(ranking(problem)).as("public ranking").isEqualTo(publicRanking);
		assertThat(searches(words)).as("public searches").isEqualTo(publicSearches);
		signInAs("facilitator", Role.FACILITATOR);
		assertThat(ranking(problem)).as("facilitator ranking").isEqualTo(facilitatorRanking);
		assertThat(searches(words)).as("facilitator searches").isEqualTo(facilitatorSearches);

		signInAs("owner");
		for (int i = 0; i < 10; i++) {
			addKnowHow(hider, "Recyclage d'aimants, membres " + i, "aimants néodyme recyclage", "MEMBERS");
			addKnowHow(hider, "Recyclage d'aimants, facilitateurs " + i, "aimants néodyme recyclage", "FACILITATORS");
		}
		TestCallers.signOut();
		assertThat(ranking(problem)).as("public ranking, with items for members and facilitators")
			.isEqualTo(publicRanking);
		assertThat(searches(words)).as("public searches, with items for members and facilitators")
			.isEqualTo(publicSearches);
	}

	private String ranking(String problem) {
		return this.graphQl.document(RANKING).variable("problem", problem).execute().returnResponse().toString();
	}

	private String searches(String words) {
		return this.graphQl.document(SEARCHES).variable("words", words).execute().returnResponse().toString();
	}

	private void signInAs(String who, Role... roles) {
		TestCallers.signIn("hidden-" + who + "-" + this.run, roles.length == 0 ? new Role[] { Role.MEMBER } : roles);
	}

	private String register(String name) {
		return TestActors.register(this.graphQl, name + " " + this.run);
	}

	private void addKnowHow(String actorId, String name, String description, String visibility) {
		this.graphQl.document("""
				mutation($input: AddKnowHowInput!) { addKnowHow(input: $input) { knowHow { id } } }""")
			.variable("input", Map.of("actorId", actorId, "name", name, "description", description, "visibility",
					visibility))
			.execute()
			.path("addKnowHow.knowHow.id")
			.hasValue();
	}

	private void addEquipment(String actorId, String name, String description, String visibility) {
		this.graphQl.document("""
				mutation($input: AddEquipmentInput!) { addEquipment(input: $input) { equipment { id } } }""")
			.variable("input", Map.of("actorId", actorId, "name", name, "description", description, "category",
					"RECYCLING_SORTING", "visibility", visibility))
			.execute()
			.path("addEquipment.equipment.id")
			.hasValue();
	}

}
