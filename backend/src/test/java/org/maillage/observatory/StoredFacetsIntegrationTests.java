package org.maillage.observatory;

import java.time.OffsetDateTime;
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
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.FacetAnswers.facetsOf;
import static org.maillage.FacetAnswers.withoutAge;

/**
 * The directory's facets of broad actor, equipment and problem lists, read from the observatory's figures instead of
 * counted at each request. Every list of one actor or more counts as broad here (1,000 in a real directory), in a database of its
 * own (a property differs): Lozère's actors, with equipment and interests at every level, are counted as each caller
 * may see them, the same counts a request would make.
 */
@MaillageIntegrationTest
@TestPropertySource(properties = { "maillage.directory.stored-facets-from=1", "maillage.directory.kept-facets-from=1",
		"maillage.observatory.trade-figures-from=1" })
class StoredFacetsIntegrationTests {

	private static final String ACTORS = """
			query($filter: ActorFilter) { actors(filter: $filter, first: 20) {
			  totalCount
			  facets { exact countedAt kinds { kind count } sectors { sector count } nafSections { trade { code } count }
			           nafDivisions { trade { code } count } departements { territory { id } count }
			           epcis { territory { id } count } topics { key name count }
			           equipmentCategories { category count } }
			} }""";

	private static final String EQUIPMENT = """
			query($filter: EquipmentFilter) { equipment(filter: $filter, first: 20) {
			  totalCount
			  facets { exact countedAt categories { category count } departements { territory { id } count }
			           epcis { territory { id } count } }
			} }""";

	private static final String PROBLEMS = """
			query($filter: ProblemFilter) { problems(filter: $filter, first: 20) {
			  totalCount
			  facets { exact countedAt categories { category count } statuses { status count }
			           departements { territory { id } count } epcis { territory { id } count } }
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
		TestCallers.signIn("stored-facets-owner", Role.MEMBER);
		String foundry = TestActors.registerIn(this.graphQl, "COMPANY", "PRIVATE", "Fonderie de Mende", "48095", "24.51Z", """
				equipment: [
				  {name: "Four à induction", category: FURNACE_THERMAL, visibility: PUBLIC},
				  {name: "Four de recuit", category: FURNACE_THERMAL, visibility: FACILITATORS},
				  {name: "Presse interne", category: MACHINING, shared: false, visibility: PUBLIC},
				  {name: "Prototype secret", category: MACHINING, visibility: PRIVATE},
				  {name: "Analyseur réservé", category: LABORATORY_ANALYSIS, visibility: PRIVATE}],
				topics: [{topic: "Économie circulaire", visibility: PUBLIC}, {topic: "Hydrogène", visibility: PRIVATE}]""");
		String forges = TestActors.registerIn(this.graphQl, "COMPANY", "PRIVATE", "Forges du Gévaudan", "48095", "25.50A", """
				equipment: [{name: "Banc d’essai", category: LABORATORY_ANALYSIS, visibility: FACILITATORS}],
				topics: [{topic: "Economie circulaire", visibility: MEMBERS}]""");
		problem(foundry, "Sables de fonderie à valoriser", "SUPPLY", "PUBLIC");
		problem(foundry, "Alliage en cours de brevet", "INNOVATION", "PRIVATE");
		problem(forges, "Chaleur perdue des fours", "ENERGY", "FACILITATORS");
		TestCallers.signIn("stored-facets-lab", Role.MEMBER);
		String lab = TestActors.registerIn(this.graphQl, "RESEARCH_LAB", "ACADEMIC", "Laboratoire des sols de Lozère",
				"48095", "72.19Z",
				"equipment: [{name: \"Four de laboratoire\", category: FURNACE_THERMAL, visibility: MEMBERS}]");
		problem(lab, "Échantillons de sols à analyser", "INNOVATION", "MEMBERS");
		TestActors.registerIn(this.graphQl, "COMPANY", "PRIVATE", "Menuiserie de Marvejols", "48092", "16.23Z", "");
		TestCallers.signOut();
		refreshNow();
		registered = true;
	}

	@Test
	void aBroadListsFacetsAreTheStoredCountsWithTheirAge() {
		Map<String, Object> facets = facets(Map.of("territories", List.of("departement:48")));
		assertThat(facets.get("countedAt")).isNotNull();
		assertThat(facets).containsEntry("exact", true);
		assertThat(facets.get("kinds")).isEqualTo(
				List.of(Map.of("kind", "COMPANY", "count", 3), Map.of("kind", "RESEARCH_LAB", "count", 1)));
		assertThat(facets.get("sectors")).isEqualTo(
				List.of(Map.of("sector", "PRIVATE", "count", 3), Map.of("sector", "ACADEMIC", "count", 1)));
		assertThat(facets.get("nafSections")).isEqualTo(List.of(Map.of("trade", Map.of("code", "C"), "count", 3),
				Map.of("trade", Map.of("code", "M"), "count", 1)));
		assertThat(facets.get("nafDivisions")).asList().hasSize(4);
		assertThat(facets.get("departements"))
			.isEqualTo(List.of(Map.of("territory", Map.of("id", "departement:48"), "count", 4)));
		assertThat(counts(facets, "epcis")).as("each commune is in one EPCI").isEqualTo(4);
	}

	@Test
	void thePublicCountsOnlyPublicEquipmentAndInterests() {
		Map<String, Object> facets = facets(Map.of("territories", List.of("departement:48")));
		assertThat(facets.get("equipmentCategories")).isEqualTo(List.of(Map.of("category", "FURNACE_THERMAL", "count", 1),
				Map.of("category", "MACHINING", "count", 1)));
		assertThat(facets.get("topics")).isEqualTo(
				List.of(Map.of("key", "economie circulaire", "name", "Économie circulaire", "count", 1)));
	}

	@Test
	void aDecisionMakerCountsFacilitatorsItemsEachActorOnceButNeverPrivateOnes() {
		TestCallers.signIn("stored-facets-decision-maker", Role.DECISION_MAKER);
		Map<String, Object> facets = facets(Map.of("territories", List.of("departement:48")));
		// the foundry's two furnaces, one public and one for facilitators, count one actor
		assertThat(facets.get("equipmentCategories")).isEqualTo(List.of(
				Map.of("category", "FURNACE_THERMAL", "count", 2), Map.of("category", "LABORATORY_ANALYSIS", "count", 1),
				Map.of("category", "MACHINING", "count", 1)));
		assertThat(facets.get("topics")).isEqualTo(
				List.of(Map.of("key", "economie circulaire", "name", "Économie circulaire", "count", 2)));
	}

	@Test
	void anOwnerAlsoCountsItsOwnActorsHiddenItemsOnce() {
		TestCallers.signIn("stored-facets-owner", Role.MEMBER);
		Map<String, Object> facets = facets(Map.of("territories", List.of("departement:48")));
		// a member sees the lab's MEMBERS furnace; its own actors' private items count, the prototype not twice
		assertThat(facets.get("equipmentCategories")).isEqualTo(List.of(
				Map.of("category", "FURNACE_THERMAL", "count", 2), Map.of("category", "LABORATORY_ANALYSIS", "count", 2),
				Map.of("category", "MACHINING", "count", 1)));
		assertThat(facets.get("topics")).isEqualTo(List.of(
				Map.of("key", "economie circulaire", "name", "Économie circulaire", "count", 2),
				// a topic shows the wording of a public declaration only: this one was declared privately
				Map.of("key", "hydrogene", "name", "hydrogene", "count", 1)));
		TestCallers.signIn("stored-facets-lab", Role.MEMBER);
		assertThat(facets(Map.of("territories", List.of("departement:48"))).get("topics")).isEqualTo(
				List.of(Map.of("key", "economie circulaire", "name", "Économie circulaire", "count", 2)));
	}

	@Test
	void kindsAndSectorsNarrowTheStoredCounts() {
		Map<String, Object> facets = facets(
				Map.of("territories", List.of("departement:48"), "kinds", List.of("COMPANY"), "sectors", List.of("PRIVATE")));
		assertThat(facets.get("countedAt")).isNotNull();
		assertThat(facets.get("kinds")).isEqualTo(List.of(Map.of("kind", "COMPANY", "count", 3)));
		assertThat(facets.get("nafSections")).isEqualTo(List.of(Map.of("trade", Map.of("code", "C"), "count", 3)));
		assertThat(facets.get("equipmentCategories")).isEqualTo(List.of(Map.of("category", "FURNACE_THERMAL", "count", 1),
				Map.of("category", "MACHINING", "count", 1)));
	}

	@Test
	void otherFiltersAndNarrowListsAreCountedWithTheRequest() {
		Map<String, Object> byTrade = facets(
				Map.of("territories", List.of("departement:48"), "trades", List.of("24.51Z")));
		assertThat(byTrade.get("countedAt")).isNull();
		assertThat(byTrade.get("kinds")).isEqualTo(List.of(Map.of("kind", "COMPANY", "count", 1)));
		Map<String, Object> byText = facets(Map.of("text", "fonderie", "territories", List.of("departement:48")));
		assertThat(byText.get("countedAt")).isNull();
		assertThat(byText.get("kinds")).isEqualTo(List.of(Map.of("kind", "COMPANY", "count", 1)));
		// no actor in Corse-du-Sud: fewer than the threshold
		assertThat(facets(Map.of("territories", List.of("departement:2A"))).get("countedAt")).isNull();
	}

	@Test
	void aListOfOneNafSectionOrDivisionReadsStoredCountsThatEachCallerWouldHaveCounted() {
		refreshNow();
		Map<String, Object> sectionC = Map.of("territories", List.of("departement:48"), "trades", List.of("C"));
		Map<String, Object> facets = facets(sectionC);
		assertThat(facets.get("countedAt")).isNotNull();
		assertThat(facets.get("kinds")).isEqualTo(List.of(Map.of("kind", "COMPANY", "count", 3)));
		assertThat(facets.get("nafDivisions")).isEqualTo(List.of(Map.of("trade", Map.of("code", "16"), "count", 1),
				Map.of("trade", Map.of("code", "24"), "count", 1), Map.of("trade", Map.of("code", "25"), "count", 1)));
		// a second trade no actor of Lozère has: the same actors, counted with the request
		Map<String, Object> countedNow = Map.of("territories", List.of("departement:48"), "trades", List.of("C", "01"));
		Map<String, Object> division = Map.of("trades", List.of("24"));
		Map<String, Object> divisionNow = Map.of("trades", List.of("24", "01"));
		for (Runnable caller : List.<Runnable>of(TestCallers::signOut,
				() -> TestCallers.signIn("stored-facets-decision-maker", Role.DECISION_MAKER),
				() -> TestCallers.signIn("stored-facets-owner", Role.MEMBER),
				() -> TestCallers.signIn("stored-facets-lab", Role.MEMBER))) {
			caller.run();
			Map<String, Object> stored = actors(sectionC);
			assertThat(facetsOf(stored).get("countedAt")).isNotNull();
			assertThat(withoutAge(stored)).isEqualTo(withoutAge(actors(countedNow)));
			assertThat(facetsOf(actors(division)).get("countedAt")).as("the whole directory's").isNotNull();
			assertThat(withoutAge(actors(division))).isEqualTo(withoutAge(actors(divisionNow)));
		}
		TestCallers.signIn("stored-facets-owner", Role.MEMBER);
		assertThat(facets(Map.of("territories", List.of("departement:48"), "trades", List.of("24"))).get("topics"))
			.as("its own foundry's private interest too")
			.isEqualTo(List.of(Map.of("key", "economie circulaire", "name", "Économie circulaire", "count", 1),
					Map.of("key", "hydrogene", "name", "hydrogene", "count", 1)));
		assertThat(facets(Map.of("territories", List.of("commune:48095"), "trades", List.of("C"))).get("countedAt"))
			.as("a commune's actors of one trade: never enough to keep").isNull();
		assertThat(facets(Map.of("territories", List.of("departement:48"), "trades", List.of("24.51Z")))
			.get("countedAt")).as("a subclass: not kept").isNull();
	}

	@Test
	void anActorRegisteredSinceTheLastRefreshIsListedAtOnceAndCountedAtTheNext() {
		Map<String, Object> filter = Map.of("territories", List.of("departement:15"));
		TestCallers.signIn("stored-facets-cantal", Role.MEMBER);
		TestActors.registerIn(this.graphQl, "COMPANY", "PRIVATE", "Fromagerie d’Aurillac", "15014", "10.51C", "");
		refreshNow();
		TestActors.registerIn(this.graphQl, "ASSOCIATION", "NON_PROFIT", "Amis du Cantal", "15014", "94.99Z", "");
		Map<String, Object> before = actors(filter);
		assertThat(before).containsEntry("totalCount", 2);
		assertThat(facetsOf(before).get("kinds")).isEqualTo(List.of(Map.of("kind", "COMPANY", "count", 1)));
		refreshNow();
		Map<String, Object> after = facetsOf(actors(filter));
		assertThat(after.get("kinds")).isEqualTo(
				List.of(Map.of("kind", "ASSOCIATION", "count", 1), Map.of("kind", "COMPANY", "count", 1)));
		assertThat(OffsetDateTime.parse((String) after.get("countedAt")))
			.isAfter(OffsetDateTime.parse((String) facetsOf(before).get("countedAt")));
	}

	@Test
	void anEquipmentListsFacetsAreStoredCountsAsEachCallerMaySeeThem() {
		Map<String, Object> filter = Map.of("territories", List.of("departement:48"));
		Map<String, Object> list = items(EQUIPMENT, "equipment", filter);
		Map<String, Object> facets = facetsOf(list);
		assertThat(facets.get("countedAt")).isNotNull();
		// the public sees the foundry's two public machines, the unshared press among them
		assertThat(facets.get("categories")).isEqualTo(List.of(Map.of("category", "FURNACE_THERMAL", "count", 1),
				Map.of("category", "MACHINING", "count", 1)));
		assertThat(facets.get("departements"))
			.isEqualTo(List.of(Map.of("territory", Map.of("id", "departement:48"), "count", 2)));
		assertThat(counts(facets, "epcis")).isEqualTo(2);
		assertThat(list).containsEntry("totalCount", 2);

		TestCallers.signIn("stored-facets-decision-maker", Role.DECISION_MAKER);
		assertThat(facetsOf(items(EQUIPMENT, "equipment", filter)).get("categories")).as("never a private one")
			.isEqualTo(List.of(Map.of("category", "FURNACE_THERMAL", "count", 3),
					Map.of("category", "LABORATORY_ANALYSIS", "count", 1), Map.of("category", "MACHINING", "count", 1)));

		TestCallers.signIn("stored-facets-owner", Role.MEMBER);
		Map<String, Object> own = items(EQUIPMENT, "equipment", filter);
		assertThat(facetsOf(own).get("categories")).as("a member's, and its own actors' at every level")
			.isEqualTo(List.of(Map.of("category", "FURNACE_THERMAL", "count", 3),
					Map.of("category", "LABORATORY_ANALYSIS", "count", 2), Map.of("category", "MACHINING", "count", 2)));
		assertThat(own).containsEntry("totalCount", 7);
		Map<String, Object> furnaces = facetsOf(items(EQUIPMENT, "equipment",
				Map.of("territories", List.of("departement:48"), "categories", List.of("FURNACE_THERMAL"))));
		assertThat(furnaces.get("countedAt")).isNotNull();
		assertThat(furnaces.get("categories")).isEqualTo(List.of(Map.of("category", "FURNACE_THERMAL", "count", 3)));
		assertThat(furnaces.get("departements"))
			.isEqualTo(List.of(Map.of("territory", Map.of("id", "departement:48"), "count", 3)));
		assertThat(facetsOf(items(EQUIPMENT, "equipment", Map.of("text", "four"))).get("countedAt"))
			.as("words: counted with the request").isNull();
	}

	@Test
	void aProblemListsFacetsAreStoredCountsAsEachCallerMaySeeThem() {
		Map<String, Object> filter = Map.of("territories", List.of("departement:48"));
		Map<String, Object> facets = facetsOf(items(PROBLEMS, "problems", filter));
		assertThat(facets.get("countedAt")).isNotNull();
		assertThat(facets.get("categories")).isEqualTo(List.of(Map.of("category", "SUPPLY", "count", 1)));
		assertThat(facets.get("statuses")).isEqualTo(List.of(Map.of("status", "OPEN", "count", 1)));

		TestCallers.signIn("stored-facets-decision-maker", Role.DECISION_MAKER);
		assertThat(facetsOf(items(PROBLEMS, "problems", filter)).get("categories")).as("never a private one")
			.isEqualTo(List.of(Map.of("category", "ENERGY", "count", 1), Map.of("category", "INNOVATION", "count", 1),
					Map.of("category", "SUPPLY", "count", 1)));

		TestCallers.signIn("stored-facets-owner", Role.MEMBER);
		Map<String, Object> own = facetsOf(items(PROBLEMS, "problems", filter));
		assertThat(own.get("categories")).as("a member's, and its own actors' at every level")
			.isEqualTo(List.of(Map.of("category", "INNOVATION", "count", 2), Map.of("category", "ENERGY", "count", 1),
					Map.of("category", "SUPPLY", "count", 1)));
		assertThat(own.get("departements"))
			.isEqualTo(List.of(Map.of("territory", Map.of("id", "departement:48"), "count", 4)));
		Map<String, Object> innovation = facetsOf(items(PROBLEMS, "problems", Map.of("categories",
				List.of("INNOVATION"), "statuses", List.of("OPEN"))));
		assertThat(innovation.get("countedAt")).as("the whole directory, one category").isNotNull();
		assertThat(innovation.get("statuses")).isEqualTo(List.of(Map.of("status", "OPEN", "count", 2)));
	}

	private void problem(String actor, String title, String category, String visibility) {
		TestActors.addProblem(this.graphQl, actor, Map.of("title", title, "category", category, "visibility", visibility));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> items(String query, String field, Map<String, Object> filter) {
		return this.graphQl.document(query).variable("filter", filter).execute().path(field).entity(Map.class).get();
	}

	private void refreshNow() {
		while (!this.refresh.refresh()) {
			Thread.onSpinWait();
		}
	}

	private Map<String, Object> facets(Map<String, Object> filter) {
		return facetsOf(actors(filter));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> actors(Map<String, Object> filter) {
		return this.graphQl.document(ACTORS).variable("filter", filter).execute().path("actors").entity(Map.class).get();
	}

	@SuppressWarnings("unchecked")
	private static int counts(Map<String, Object> facets, String facet) {
		return ((List<Map<String, Object>>) facets.get(facet)).stream().mapToInt(value -> (Integer) value.get("count")).sum();
	}

}
