package org.maillage.valuechain;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.maillage.MaillageIntegrationTest;
import org.maillage.TestCallers;
import org.maillage.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.maillage.GraphQlErrors.expectError;
import static org.assertj.core.api.Assertions.assertThat;

/** Value chains: the two shipped ones, who may write them, and what is refused. */
@MaillageIntegrationTest
class ValueChainIntegrationTests {

	private static final String CREATE = """
			mutation($input: CreateValueChainInput!) { createValueChain(input: $input) {
			  valueChain { id version name steps { rank name needs { kind value label essential } } } } }""";

	private static final String UPDATE = """
			mutation($input: UpdateValueChainInput!) { updateValueChain(input: $input) {
			  valueChain { id version name steps { rank name } } } }""";

	@Autowired
	GraphQlTester graphQl;

	@Test
	void twoChainsAreShippedAndAnyoneReadsThem() {
		this.graphQl.document("""
				{ valueChain(id: "rare-earth-magnet-recycling") { name steps { rank name needs { kind value label essential } } } }""")
			.execute()
			.path("valueChain.steps[*].name")
			.entityList(String.class)
			.containsExactly("Collecte", "Démantèlement", "Séparation et raffinage", "Fabrication d'alliages et d'aimants",
					"Usage")
			.path("valueChain.steps[3].needs[0]")
			.entity(Map.class)
			.satisfies(need -> assertThat(need).containsEntry("value", "FURNACE_THERMAL")
				.containsEntry("label", "fours et traitement thermique")
				.containsEntry("essential", true));
		this.graphQl.document("{ valueChain(id: \"short-food-supply-chain\") { steps { name } } }")
			.execute()
			.path("valueChain.steps[*].name")
			.entityList(String.class)
			.containsExactly("Production", "Transformation", "Logistique du froid", "Distribution");
	}

	@Test
	void facilitatorsAndDecisionMakersWriteChainsUnderAVersionCheck() {
		TestCallers.signIn("chain-decision-maker", Role.DECISION_MAKER);
		Map<String, Object> chain = this.graphQl.document(CREATE)
			.variable("input", input("Filière bois local", List.of(step("Exploitation forestière", "02.20Z"),
					step("Sciage", "16.10A"))))
			.execute()
			.path("createValueChain.valueChain")
			.entity(Map.class)
			.get();
		assertThat(chain).containsEntry("version", 0);
		assertThat((List<?>) chain.get("steps")).hasSize(2);
		String id = (String) chain.get("id");

		TestCallers.signIn("chain-facilitator", Role.FACILITATOR);
		Map<String, Object> update = Map.of("id", id, "version", 0, "name", "Filière bois local",
				"steps", List.of(step("Exploitation forestière", "02"), step("Sciage", "16.10"), step("Charpente", "16.23Z")));
		this.graphQl.document(UPDATE)
			.variable("input", update)
			.execute()
			.path("updateValueChain.valueChain.version")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("updateValueChain.valueChain.steps[*].rank")
			.entityList(Integer.class)
			.containsExactly(1, 2, 3);
		expectError(this.graphQl.document(UPDATE).variable("input", update).execute(), "CONFLICT", "version");

		this.graphQl.document("mutation($id: ID!) { deleteValueChain(input: {id: $id, version: 1}) { id } }")
			.variable("id", id)
			.execute()
			.path("deleteValueChain.id")
			.entity(String.class)
			.isEqualTo(id);
		this.graphQl.document("query($id: ID!) { valueChain(id: $id) { id } }")
			.variable("id", id)
			.execute()
			.path("valueChain")
			.valueIsNull();
	}

	@Test
	void othersMayNotWriteChains() {
		Map<String, Object> input = input("Refusée", List.of(step("Étape", "01")));
		expectError(this.graphQl.document(CREATE).variable("input", input).execute(), "UNAUTHORIZED", "Sign in");
		TestCallers.signIn("chain-member", Role.MEMBER);
		expectError(this.graphQl.document(CREATE).variable("input", input).execute(), "FORBIDDEN",
				"facilitators, decision-makers");
	}

	@Test
	void badChainsAreRefusedWithTheirReason() {
		TestCallers.signIn("chain-facilitator", Role.FACILITATOR);
		expectError(this.graphQl.document(CREATE)
			.variable("input", input("Code inconnu", List.of(step("Étape", "99.99Z"))))
			.execute(), "BAD_REQUEST", "not in NAF rev. 2");
		expectError(this.graphQl.document(CREATE).variable("input", input("Sans étape", List.of())).execute(),
				"BAD_REQUEST", "steps");
		expectError(this.graphQl.document(CREATE)
			.variable("input", input("Étape vide", List.of(Map.of("name", "Rien", "needs", List.of()))))
			.execute(), "BAD_REQUEST", "needs");
	}

	private static Map<String, Object> input(String name, List<Map<String, Object>> steps) {
		return Map.of("name", name, "steps", steps);
	}

	private static Map<String, Object> step(String name, String trade) {
		return Map.of("name", name, "needs", List.of(Map.of("kind", "TRADE", "value", trade, "essential", true)));
	}

}
