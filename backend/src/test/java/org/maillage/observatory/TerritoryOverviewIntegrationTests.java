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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The territory overview on Lozère and Cantal, where no other test registers actors: what each caller counts, that hidden items
 * never count, the location quotients against the région, and the sub-territories ranked.
 */
@MaillageIntegrationTest
class TerritoryOverviewIntegrationTests {

	private static final String OVERVIEW = """
			query($territory: ID!, $filter: OverviewFilter) { territoryOverview(territory: $territory, filter: $filter) {
			  territory { id } computedAt population actorCount actorsPer10kInhabitants
			  byKind { kind count } bySector { sector count }
			  byNafSection { trade { code } count } byNafDivision { trade { code label } count }
			  equipmentByCategory { category shared notShared }
			  topics { key name count }
			  problemsByCategory { category open solved }
			  reference { id }
			  specialisations { trade { code } count expected share referenceShare locationQuotient }
			  subTerritories(first: 100) { totalCount edges { node { territory { id name } actorCount actorsPer10kInhabitants } } }
			} }""";

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	FiguresRefresh refresh;

	private static boolean registered;

	@BeforeEach
	void registerLozere() {
		if (registered) {
			return;
		}
		TestCallers.signIn("overview-owner", Role.MEMBER);
		TestActors.registerIn(this.graphQl, "COMPANY", "PRIVATE", "Fonderie de Mende", "48095", "24.51Z", """
				equipment: [
				  {name: "Four à induction", category: FURNACE_THERMAL, visibility: PUBLIC},
				  {name: "Four de recuit", category: FURNACE_THERMAL, visibility: FACILITATORS},
				  {name: "Presse interne", category: MACHINING, shared: false, visibility: PUBLIC},
				  {name: "Prototype secret", category: MACHINING, visibility: PRIVATE}],
				topics: [{topic: "Économie circulaire", visibility: PUBLIC}, {topic: "Hydrogène", visibility: PRIVATE}]""");
		String forge = TestActors.registerIn(this.graphQl, "COMPANY", "PRIVATE", "Forges du Gévaudan", "48095", "25.50A",
				"topics: [{topic: \"Economie circulaire\", visibility: MEMBERS}]");
		TestActors.addProblem(this.graphQl, forge, Map.of("title", "Recruter des fondeurs", "category", "EMPLOYMENT"));
		TestActors.addProblem(this.graphQl, forge,
				Map.of("title", "Secret de fabrication", "category", "INNOVATION", "visibility", "PRIVATE"));
		TestActors.addProblem(this.graphQl, forge,
				Map.of("title", "Four remplacé", "category", "ENERGY", "status", "SOLVED"));
		TestActors.registerIn(this.graphQl, "RESEARCH_LAB", "ACADEMIC", "Laboratoire des sols de Lozère", "48095", "72.19Z", "");
		TestActors.registerIn(this.graphQl, "COMPANY", "PRIVATE", "Menuiserie de Marvejols", "48092", "16.23Z", "");
		TestCallers.signOut();
		refreshNow();
		registered = true;
	}

	@Test
	void aPublicVisitorCountsActorsAndOnlyPublicItems() {
		Map<String, Object> overview = overview("departement:48", null);
		assertThat(overview.get("computedAt")).isNotNull();
		assertThat(overview).containsEntry("population", 76486).containsEntry("actorCount", 4);
		assertThat((Double) overview.get("actorsPer10kInhabitants")).isCloseTo(4 * 10_000.0 / 76486, within(1e-9));
		assertThat(overview.get("byKind")).isEqualTo(List.of(Map.of("kind", "COMPANY", "count", 3),
				Map.of("kind", "RESEARCH_LAB", "count", 1)));
		assertThat(overview.get("bySector")).isEqualTo(List.of(Map.of("sector", "PRIVATE", "count", 3),
				Map.of("sector", "ACADEMIC", "count", 1)));
		assertThat(overview.get("byNafSection")).isEqualTo(List.of(Map.of("trade", Map.of("code", "C"), "count", 3),
				Map.of("trade", Map.of("code", "M"), "count", 1)));
		assertThat(overview.get("equipmentByCategory")).isEqualTo(List.of(
				Map.of("category", "FURNACE_THERMAL", "shared", 1, "notShared", 0),
				Map.of("category", "MACHINING", "shared", 0, "notShared", 1)));
		assertThat(overview.get("topics"))
			.isEqualTo(List.of(Map.of("key", "economie circulaire", "name", "Économie circulaire", "count", 1)));
		assertThat(overview.get("problemsByCategory")).isEqualTo(List.of(
				Map.of("category", "EMPLOYMENT", "open", 1, "solved", 0),
				Map.of("category", "ENERGY", "open", 0, "solved", 1)));
	}

	@Test
	void aDecisionMakerAlsoCountsWhatFacilitatorsMaySeeButNeverPrivateItems() {
		TestCallers.signIn("overview-decision-maker", Role.DECISION_MAKER);
		Map<String, Object> overview = overview("departement:48", null);
		assertThat(overview.get("equipmentByCategory")).isEqualTo(List.of(
				Map.of("category", "FURNACE_THERMAL", "shared", 2, "notShared", 0),
				Map.of("category", "MACHINING", "shared", 0, "notShared", 1)));
		assertThat(overview.get("topics"))
			.isEqualTo(List.of(Map.of("key", "economie circulaire", "name", "Économie circulaire", "count", 2)));
		assertThat(overview.get("problemsByCategory")).asList().hasSize(2);
	}

	@Test
	void aHiddenItemAddedMovesNoCount() {
		TestCallers.signIn("overview-decision-maker", Role.DECISION_MAKER);
		Map<String, Object> before = overview("departement:15", null);
		TestCallers.signIn("overview-owner", Role.MEMBER);
		TestActors.registerIn(this.graphQl, "COMPANY", "PRIVATE", "Atelier discret", "15014", "24.51Z", """
				equipment: [{name: "Four caché", category: FURNACE_THERMAL, visibility: PRIVATE}],
				topics: [{topic: "Économie circulaire", visibility: PRIVATE}]""");
		refreshNow();
		TestCallers.signIn("overview-decision-maker", Role.DECISION_MAKER);
		Map<String, Object> after = overview("departement:15", null);
		// the actor itself is public and counts; its hidden equipment and interest do not
		assertThat(after).containsEntry("actorCount", (Integer) before.get("actorCount") + 1);
		assertThat(after.get("equipmentByCategory")).isEqualTo(before.get("equipmentByCategory"));
		assertThat(after.get("topics")).isEqualTo(before.get("topics"));
		assertThat(after.get("problemsByCategory")).isEqualTo(before.get("problemsByCategory"));
	}

	@Test
	void activitiesAreComparedWithTheRegionAndSubTerritoriesRanked() {
		Map<String, Object> departement = overview("departement:48", null);
		Map<String, Object> region = overview("region:76", null);
		assertThat(departement.get("reference")).isEqualTo(Map.of("id", "region:76"));
		assertThat(region.get("reference")).isNull();
		int actorsHere = (Integer) departement.get("actorCount");
		int actorsThere = (Integer) region.get("actorCount");
		Map<String, Object> metal = specialisation(departement, "24");
		int metalThere = count(region, "24");
		assertThat(metal).containsEntry("count", 1);
		assertThat((Double) metal.get("locationQuotient"))
			.isCloseTo((1.0 / actorsHere) / (metalThere / (double) actorsThere), within(1e-9));
		assertThat((Double) metal.get("expected")).isCloseTo(metalThere * actorsHere / (double) actorsThere,
				within(1e-9));

		List<Map<String, Object>> communes = subTerritories(overview("epci:244800405", null));
		assertThat(communes.get(0)).containsEntry("territory", Map.of("id", "commune:48095", "name", "Mende"))
			.containsEntry("actorCount", (Integer) departement.get("actorCount") - 1);
		assertThat(subTerritories(region)).anySatisfy(sub -> assertThat(sub)
			.containsEntry("territory", Map.of("id", "departement:48", "name", "Lozère"))
			.containsEntry("actorCount", actorsHere));
	}

	@Test
	void aFilterNarrowsEveryFigureAndAnUnknownTerritoryIsNull() {
		Map<String, Object> labs = overview("departement:48", Map.of("kinds", List.of("RESEARCH_LAB")));
		assertThat(labs).containsEntry("actorCount", 1);
		assertThat(labs.get("byNafDivision")).isEqualTo(List.of(Map.of("trade",
				Map.of("code", "72", "label", "Recherche-développement scientifique"), "count", 1)));
		assertThat(labs.get("equipmentByCategory")).asList().isEmpty();
		this.graphQl.document("{ territoryOverview(territory: \"departement:999\") { actorCount } }")
			.execute()
			.path("territoryOverview")
			.valueIsNull();
	}

	/** A refresh of its own: one the service started by itself may be running, and may have read the graph before. */
	private void refreshNow() {
		while (!this.refresh.refresh()) {
			Thread.onSpinWait();
		}
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> overview(String territory, Map<String, Object> filter) {
		return this.graphQl.document(OVERVIEW)
			.variable("territory", territory)
			.variable("filter", filter)
			.execute()
			.path("territoryOverview")
			.entity(Map.class)
			.get();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> specialisation(Map<String, Object> overview, String division) {
		return ((List<Map<String, Object>>) overview.get("specialisations")).stream()
			.filter(s -> division.equals(((Map<String, Object>) s.get("trade")).get("code")))
			.findFirst()
			.orElseThrow();
	}

	@SuppressWarnings("unchecked")
	private static int count(Map<String, Object> overview, String division) {
		return ((List<Map<String, Object>>) overview.get("byNafDivision")).stream()
			.filter(s -> division.equals(((Map<String, Object>) s.get("trade")).get("code")))
			.mapToInt(s -> (Integer) s.get("count"))
			.findFirst()
			.orElse(0);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> subTerritories(Map<String, Object> overview) {
		return ((List<Map<String, Object>>) ((Map<String, Object>) overview.get("subTerritories")).get("edges"))
			.stream()
			.map(edge -> (Map<String, Object>) edge.get("node"))
			.toList();
	}

}
