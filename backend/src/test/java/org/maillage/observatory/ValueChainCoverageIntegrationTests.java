package org.maillage.observatory;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.maillage.MaillageIntegrationTest;
import org.maillage.TestActors;
import org.maillage.TestCallers;
import org.maillage.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.maillage.GraphQlErrors.expectError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Haute-Loire and Ardèche, where no other test registers actors, compared on the rare-earth chain: who is able, who
 * could convert, a step resting on one actor, gaps, the nearest capable actors outside, and hidden equipment counting
 * for nobody who may not see it.
 */
@MaillageIntegrationTest
class ValueChainCoverageIntegrationTests {

	private static final String COVERAGE = """
			query($territories: [ID!]!) { valueChainCoverage(valueChain: "rare-earth-magnet-recycling", territories: $territories) {
			  territories { id } method
			  steps { step { rank name } territories { territory { id } ableNow couldConvert singlePointOfFailure largestShare
			    concentration ableActors { name kind } conversionCandidates { name } gaps { kind value }
			    notAssessed { kind } nearestOutside { name commune distanceKm } } } } }""";

	@Autowired
	GraphQlTester graphQl;

	private static boolean registered;

	@BeforeEach
	void registerTwoDepartements() {
		if (registered) {
			return;
		}
		TestCallers.signIn("coverage-owner", Role.MEMBER);
		TestActors.registerIn(this.graphQl, "COMPANY", "PRIVATE", "Alliages du Velay", "43157", "24.45Z", """
				equipment: [{name: "Four sous vide", category: FURNACE_THERMAL, visibility: PUBLIC},
				  {name: "Four de frittage", category: FURNACE_THERMAL, visibility: PUBLIC},
				  {name: "Four de recuit", category: FURNACE_THERMAL, visibility: PUBLIC}]""");
		TestActors.registerIn(this.graphQl, "COMPANY", "PRIVATE", "Fonderie discrète", "43157", "25.50A", """
				equipment: [{name: "Four réservé", category: FURNACE_THERMAL, visibility: FACILITATORS},
				  {name: "Four secret", category: FURNACE_THERMAL, visibility: PRIVATE}]""");
		TestActors.registerIn(this.graphQl, "COMPANY", "PRIVATE", "Aluminium de Brioude", "43040", "24.42Z", "");
		TestActors.registerIn(this.graphQl, "CLUSTER", "PRIVATE", "Pôle métal du Velay", "43157", "94.99Z",
				"equipment: [{name: \"Four de démonstration\", category: FURNACE_THERMAL, visibility: PUBLIC}]");
		TestActors.registerIn(this.graphQl, "COMPANY", "PRIVATE", "Recyclage Velay", "43157", "38.11Z", "");
		TestActors.registerIn(this.graphQl, "COMPANY", "PRIVATE", "Collecte Ardèche", "07186", "38.12Z", "");
		TestCallers.signOut();
		registered = true;
	}

	@Test
	@SuppressWarnings("unchecked")
	void twoDepartementsSideBySideOnTheAlloyStep() {
		Map<String, Object> coverage = coverage(List.of("departement:43", "departement:07"));
		assertThat(coverage.get("method")).asString().startsWith("For each step and each territory");
		Map<String, Object> velay = at(coverage, 4, 0);
		assertThat(velay).containsEntry("ableNow", 2).containsEntry("couldConvert", 1)
			.containsEntry("singlePointOfFailure", true).containsEntry("largestShare", 1.0);
		assertThat(velay.get("ableActors")).isEqualTo(List.of(Map.of("name", "Alliages du Velay", "kind", "COMPANY"),
				Map.of("name", "Fonderie discrète", "kind", "COMPANY")));
		// the cluster shares a furnace but does not convert; the neighbouring trade (24.42Z) does
		assertThat(velay.get("conversionCandidates")).isEqualTo(List.of(Map.of("name", "Aluminium de Brioude")));
		assertThat(velay.get("concentration"))
			.isEqualTo(List.of("Alliages du Velay holds 100% of the step’s 3 shared equipment items among the able actors"));
		assertThat(velay.get("gaps")).asList().isEmpty();
		assertThat(velay.get("notAssessed")).isEqualTo(List.of(Map.of("kind", "KNOW_HOW")));
		assertThat(velay.get("nearestOutside")).asList().isEmpty();

		Map<String, Object> ardeche = at(coverage, 4, 1);
		assertThat(ardeche).containsEntry("ableNow", 0).containsEntry("couldConvert", 0);
		assertThat((List<Object>) ardeche.get("gaps")).containsExactlyInAnyOrder(
				Map.of("kind", "TRADE", "value", "24.45Z"), Map.of("kind", "EQUIPMENT_CATEGORY", "value", "FURNACE_THERMAL"),
				Map.of("kind", "TRADE", "value", "25.50"));
		assertThat(names(ardeche.get("nearestOutside"))).contains("Alliages du Velay", "Fonderie discrète");
	}

	@Test
	void aStepWithOneAbleActorRestsOnItAndPointsToTheNearestOutside() {
		Map<String, Object> collection = at(coverage(List.of("departement:43")), 1, 0);
		assertThat(collection).containsEntry("ableNow", 1).containsEntry("singlePointOfFailure", true);
		assertThat(collection.get("concentration"))
			.isEqualTo(List.of("The step rests on a single able actor: Recyclage Velay"));
		assertThat(names(collection.get("nearestOutside"))).contains("Collecte Ardèche");
	}

	@Test
	void hiddenEquipmentCountsOnlyForThoseWhoMaySeeIt() {
		TestCallers.signIn("coverage-facilitator", Role.FACILITATOR);
		Map<String, Object> velay = at(coverage(List.of("departement:43")), 4, 0);
		// the FACILITATORS furnace counts now, the PRIVATE one never: 3 of 4
		assertThat(velay).containsEntry("largestShare", 0.75);
		assertThat(velay.get("concentration")).isEqualTo(
				List.of("Alliages du Velay holds 75% of the step’s 4 shared equipment items among the able actors"));
	}

	@Test
	void territoriesAreCheckedBeforeAnythingIsCounted() {
		expectError(this.graphQl.document(COVERAGE).variable("territories", List.of("departement:999")).execute(),
				"BAD_REQUEST", "unknown territories: departement:999");
		expectError(this.graphQl.document(COVERAGE).variable("territories", List.of()).execute(), "BAD_REQUEST",
				"give between 1 and 10 territories");
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> coverage(List<String> territories) {
		return this.graphQl.document(COVERAGE)
			.variable("territories", territories)
			.execute()
			.path("valueChainCoverage")
			.entity(Map.class)
			.get();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> at(Map<String, Object> coverage, int rank, int territory) {
		Map<String, Object> step = ((List<Map<String, Object>>) coverage.get("steps")).get(rank - 1);
		assertThat((Map<String, Object>) step.get("step")).containsEntry("rank", rank);
		return ((List<Map<String, Object>>) step.get("territories")).get(territory);
	}

	@SuppressWarnings("unchecked")
	private static List<String> names(Object actors) {
		return ((List<Map<String, Object>>) actors).stream().map(actor -> (String) actor.get("name")).toList();
	}

}
