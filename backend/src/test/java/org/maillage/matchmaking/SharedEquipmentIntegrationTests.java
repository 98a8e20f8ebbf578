package org.maillage.matchmaking;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.maillage.MaillageIntegrationTest;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Only equipment its actor shares meets a need for equipment; an actor that keeps its own is not proposed for it. */
@MaillageIntegrationTest
class SharedEquipmentIntegrationTests extends MemberRankingTests {

	private static final String RANKING = """
			query($problem: ID!) { matchActors(problem: $problem, first: 50) { edges { node { actor { name } } } } }""";

	@Test
	void equipmentKeptForItsOwnUseMeetsNoNeedUntilItIsShared() {
		signInAsMember();
		String owner = register("Équipementier", List.of()).get("id").toString();
		String problem = addProblem(owner, Map.of("title", "Approvisionnement en pièces", "category", "SUPPLY",
				"needs", List.of(Map.of("kind", "EQUIPMENT_CATEGORY", "value", "POWDER_METALLURGY"))));
		Map<String, Object> keeper = register("Fritteur privé",
				List.of(Map.of("name", "Presse isostatique", "category", "POWDER_METALLURGY", "shared", false,
						"visibility", "PUBLIC")));
		register("Fritteur partageur",
				List.of(Map.of("name", "Four de frittage", "category", "POWDER_METALLURGY", "visibility", "PUBLIC")));

		ranked(problem).contains("Fritteur partageur " + this.run).doesNotContain("Fritteur privé " + this.run);

		@SuppressWarnings("unchecked")
		Map<String, Object> press = ((List<Map<String, Object>>) keeper.get("equipment")).get(0);
		this.graphQl.document("""
				mutation($id: ID!, $version: Int!) { updateEquipment(input: {id: $id, version: $version,
				  name: "Presse isostatique", category: POWDER_METALLURGY, shared: true, visibility: PUBLIC})
				  { equipment { shared } } }""")
			.variable("id", press.get("id"))
			.variable("version", press.get("version"))
			.execute()
			.path("updateEquipment.equipment.shared")
			.entity(Boolean.class)
			.isEqualTo(true);
		ranked(problem).contains("Fritteur partageur " + this.run, "Fritteur privé " + this.run);
	}

	private GraphQlTester.EntityList<String> ranked(String problem) {
		return this.graphQl.document(RANKING)
			.variable("problem", problem)
			.execute()
			.path("matchActors.edges[*].node.actor.name")
			.entityList(String.class);
	}

	/** A company in Metz with this equipment; its id and equipment (id, version, shared). */
	private Map<String, Object> register(String name, List<Map<String, Object>> equipment) {
		return this.graphQl.document("""
				mutation($input: RegisterActorInput!) { registerActor(input: $input) {
				  actor { id equipment { id version shared } } } }""")
			.variable("input", Map.of("kind", "COMPANY", "sector", "PRIVATE", "name", name + " " + this.run,
					"commune", "57463", "equipment", equipment))
			.execute()
			.path("registerActor.actor")
			.entity(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

}
