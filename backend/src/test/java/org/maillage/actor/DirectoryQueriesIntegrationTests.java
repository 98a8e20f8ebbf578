package org.maillage.actor;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.maillage.GraphQlErrors;
import org.maillage.MaillageIntegrationTest;
import org.maillage.TestCallers;

import static org.assertj.core.api.Assertions.assertThat;

/** The directory's searches and filters through the GraphQL API, on a real embedded Neo4j. */
@MaillageIntegrationTest
class DirectoryQueriesIntegrationTests extends SignedInMemberTests {

	@Test
	void aStemmedFrenchQueryFindsActorsByTheirOwnWordsAndByTheirItems() {
		String lab = this.fixture.register("Laboratoire", "RESEARCH_LAB", "ACADEMIC", "54547", List.of());
		this.fixture.addKnowHow(lab, "Recyclage", "Séparation des terres rares contenues dans les aimants usagés",
				"PUBLIC");
		String foundry = this.fixture.register("Fonderies réunies", "COMPANY", "PRIVATE", "57591", List.of());
		this.fixture.addEquipment(foundry, "Fours électriques", "FURNACE_THERMAL", "PUBLIC");
		this.fixture.register("Menuiserie", "COMPANY", "PRIVATE", "57463", List.of());

		assertThat(this.fixture.search(Map.of("text", "aimant"))).containsExactly("Laboratoire");
		assertThat(this.fixture.search(Map.of("text", "separation terre rare"))).containsExactly("Laboratoire");
		assertThat(this.fixture.search(Map.of("text", "fonderie"))).containsExactly("Fonderies réunies");
		assertThat(this.fixture.search(Map.of("text", "four electrique"))).containsExactly("Fonderies réunies");
		assertThat(this.fixture.search(Map.of("text", "C++ (usinage) \"AND\" OR *"))).isEmpty();
	}

	@Test
	void aTradeCodeMatchesItsWholeSubtree() {
		this.fixture.register("Métallurgie", "COMPANY", "PRIVATE", "57463", List.of("24.45Z"));
		this.fixture.register("Décolletage", "COMPANY", "PRIVATE", "57463", List.of("25.62A"));
		this.fixture.register("Conseil", "COMPANY", "PRIVATE", "57463", List.of("70.22Z"));

		assertThat(this.fixture.search(Map.of("trades", List.of("24")))).containsExactly("Métallurgie");
		assertThat(this.fixture.search(Map.of("trades", List.of("24.4")))).containsExactly("Métallurgie");
		assertThat(this.fixture.search(Map.of("trades", List.of("24.45Z")))).containsExactly("Métallurgie");
		assertThat(this.fixture.search(Map.of("trades", List.of("C")))).containsExactlyInAnyOrder("Métallurgie",
				"Décolletage");
		assertThat(this.fixture.search(Map.of("trades", List.of("24", "70")))).containsExactlyInAnyOrder("Métallurgie",
				"Conseil");
	}

	@Test
	void aTerritoryIncludesEverythingBelowItAndNothingNextToIt() {
		this.fixture.register("Messin", "COMPANY", "PRIVATE", "57463", List.of());
		this.fixture.register("Nancéien", "COMPANY", "PRIVATE", "54395", List.of());
		this.fixture.register("Lyonnais", "COMPANY", "PRIVATE", "69123", List.of());

		assertThat(this.fixture.search(Map.of("territories", List.of("commune:57463")))).containsExactly("Messin");
		assertThat(this.fixture.search(Map.of("territories", List.of("epci:200039865")))).containsExactly("Messin");
		assertThat(this.fixture.search(Map.of("territories", List.of("departement:57")))).containsExactly("Messin");
		assertThat(this.fixture.search(Map.of("territories", List.of("region:44")))).containsExactlyInAnyOrder("Messin",
				"Nancéien");
		assertThat(this.fixture.search(Map.of("territories", List.of("departement:54", "departement:69"))))
			.containsExactlyInAnyOrder("Nancéien", "Lyonnais");
	}

	@Test
	void filtersWithoutTextStartFromTheTerritoryOrTheTrade() {
		this.fixture.register("Aboncourt métal", "COMPANY", "PRIVATE", "57001", List.of("24.45Z"));
		this.fixture.register("Aboncourt asso", "ASSOCIATION", "NON_PROFIT", "57001", List.of("94.99Z"));
		this.fixture.register("Abaucourt métal", "COMPANY", "PRIVATE", "54001", List.of("24.45Z"));

		assertThat(names(Map.of("territories", List.of("commune:57001")))).containsExactly("Aboncourt asso",
				"Aboncourt métal");
		assertThat(names(Map.of("territories", List.of("commune:57001"), "trades", List.of("24"))))
			.containsExactly("Aboncourt métal");
		assertThat(names(Map.of("trades", List.of("24.45Z"), "kinds", List.of("COMPANY"))))
			.contains("Aboncourt métal", "Abaucourt métal")
			.doesNotContain("Aboncourt asso");
	}

	private List<String> names(Map<String, Object> filter) {
		return this.graphQl.document("query($filter: ActorFilter) { actors(filter: $filter, first: 100) { edges { node { name } } } }")
			.variable("filter", filter)
			.execute()
			.path("actors.edges[*].node.name")
			.entityList(String.class)
			.get()
			.stream()
			.map(name -> name.replace(" " + this.fixture.token, ""))
			.toList();
	}

	@Test
	void kindSectorTopicAndEquipmentFiltersCombine() {
		String lab = this.fixture.register("Labo", "RESEARCH_LAB", "ACADEMIC", "54395", List.of());
		String company = this.fixture.register("Entreprise", "COMPANY", "PRIVATE", "57463", List.of());
		this.fixture.register("Association", "ASSOCIATION", "NON_PROFIT", "57463", List.of());
		this.fixture.addEquipment(company, "Chambre froide", "COLD_STORAGE", "PUBLIC");
		this.fixture.addEquipment(lab, "Microscope", "LABORATORY_ANALYSIS", "PUBLIC");
		this.graphQl.document("""
				mutation($actorId: ID!) {
				  setTopicInterest(input: {actorId: $actorId, topic: "Logistique du froid", visibility: PUBLIC}) {
				    interest { visibility } }
				}""").variable("actorId", company).execute();

		assertThat(this.fixture.search(Map.of("kinds", List.of("RESEARCH_LAB", "ASSOCIATION"))))
			.containsExactlyInAnyOrder("Association", "Labo");
		assertThat(this.fixture.search(Map.of("sectors", List.of("PRIVATE")))).containsExactly("Entreprise");
		assertThat(this.fixture.search(Map.of("topics", List.of("logistique du froid")))).containsExactly("Entreprise");
		assertThat(this.fixture.search(Map.of("equipmentCategories", List.of("COLD_STORAGE"))))
			.containsExactly("Entreprise");
		assertThat(this.fixture.search(Map.of("equipmentCategories", List.of("COLD_STORAGE"), "kinds",
				List.of("RESEARCH_LAB")))).isEmpty();
	}

	@Test
	void pagesFollowEachOtherWithTheirCursorsAndTheTotal() {
		for (String name : List.of("Alpha", "Bravo", "Charlie", "Delta", "Echo")) {
			this.fixture.register(name, "COMPANY", "PRIVATE", "57463", List.of());
		}
		String query = """
				query($text: String, $after: String) {
				  actors(filter: {text: $text}, first: 2, after: $after) {
				    totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { name } }
				  }
				}""";
		var first = this.graphQl.document(query).variable("text", this.fixture.token).execute();
		first.path("actors.totalCount").entity(Integer.class).isEqualTo(5);
		first.path("actors.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		first.path("actors.edges[*].node.name").entityList(String.class)
			.containsExactly("Alpha " + this.fixture.token, "Bravo " + this.fixture.token);
		String cursor = first.path("actors.pageInfo.endCursor").entity(String.class).get();

		var second = this.graphQl.document(query).variable("text", this.fixture.token).variable("after", cursor).execute();
		second.path("actors.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
		second.path("actors.edges[*].node.name").entityList(String.class)
			.containsExactly("Charlie " + this.fixture.token, "Delta " + this.fixture.token);
		cursor = second.path("actors.pageInfo.endCursor").entity(String.class).get();

		var third = this.graphQl.document(query).variable("text", this.fixture.token).variable("after", cursor).execute();
		third.path("actors.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		third.path("actors.edges[*].node.name").entityList(String.class).containsExactly("Echo " + this.fixture.token);
	}

	@Test
	void filtersThatNameNothingOrPagesTooLargeAreBadRequests() {
		GraphQlErrors.expectError(this.graphQl.document("{ actors(first: 500) { totalCount } }").execute(),
				"BAD_REQUEST", "first must be between 0 and 100");
		GraphQlErrors.expectError(this.graphQl.document("{ actors(after: \"bogus\") { totalCount } }").execute(),
				"BAD_REQUEST", "after is not a cursor returned by this API");
		GraphQlErrors.expectError(
				this.graphQl.document("{ actors(filter: {territories: [\"departement:999\"]}) { totalCount } }").execute(),
				"BAD_REQUEST", "filter.territories has ids that name no territory");
		GraphQlErrors.expectError(
				this.graphQl.document("{ actors(filter: {trades: [\"99.99Z\"]}) { totalCount } }").execute(),
				"BAD_REQUEST", "filter.trades has codes that are not in NAF rev. 2");
		GraphQlErrors.expectError(
				this.graphQl.document("{ actors(filter: {text: \"%s\"}) { totalCount } }".formatted("x".repeat(201)))
					.execute(),
				"BAD_REQUEST", "filter.text is longer than 200 characters");
	}

	@Test
	void equipmentAndProblemsAreSearchedWithTheirActor() {
		String company = this.fixture.register("Logisticien", "COMPANY", "PRIVATE", "57463", List.of());
		this.fixture.addEquipment(company, "Entrepôt frigorifique", "COLD_STORAGE", "PUBLIC");
		this.fixture.addEquipment(company, "Camion", "LOGISTICS_TRANSPORT", "PUBLIC");
		this.graphQl.document("""
				mutation($actorId: ID!, $title: String!) {
				  addProblem(input: {actorId: $actorId, title: $title, category: LOGISTICS, visibility: PUBLIC}) {
				    problem { id } }
				}""").variable("actorId", company).variable("title", "Tournées à vide " + this.fixture.token).execute();

		this.graphQl.document("""
				query($text: String) {
				  equipment(filter: {text: $text, categories: [COLD_STORAGE], territories: ["departement:57"]}) {
				    totalCount edges { node { category actor { name } } } }
				}""")
			.variable("text", this.fixture.token)
			.execute()
			.path("equipment.totalCount").entity(Integer.class).isEqualTo(1)
			.path("equipment.edges[0].node.actor.name").entity(String.class).isEqualTo("Logisticien " + this.fixture.token);

		this.graphQl.document("""
				query($text: String) {
				  open: problems(filter: {text: $text, statuses: [OPEN], categories: [LOGISTICS]}) { totalCount }
				  solved: problems(filter: {text: $text, statuses: [SOLVED]}) { totalCount }
				  elsewhere: problems(filter: {text: $text, territories: ["departement:54"]}) { totalCount }
				}""")
			.variable("text", this.fixture.token)
			.execute()
			.path("open.totalCount").entity(Integer.class).isEqualTo(1)
			.path("solved.totalCount").entity(Integer.class).isEqualTo(0)
			.path("elsewhere.totalCount").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void aPageOfProfilesShowsEachActorsListsAsTheyShowAlone() {
		String foundry = this.fixture.register("Fonderie", "COMPANY", "PRIVATE", "57463", List.of("24.51Z", "25.50A"));
		this.fixture.addKnowHow(foundry, "Moulage sable", "Pièces de fonte", "PUBLIC");
		this.fixture.addKnowHow(foundry, "Alliages", "Alliages cuivreux", "PUBLIC");
		this.fixture.addEquipment(foundry, "Four à induction", "FURNACE_THERMAL", "PUBLIC");
		String lab = this.fixture.register("Laboratoire", "RESEARCH_LAB", "ACADEMIC", "54395", List.of("72.19Z"));
		this.fixture.addKnowHow(lab, "Caractérisation", "Analyse des métaux", "PUBLIC");
		this.fixture.addKnowHow(lab, "Procédé confidentiel", "Secret", "PRIVATE");
		this.fixture.register("Sans liste", "ASSOCIATION", "NON_PROFIT", "57463", List.of());
		String lists = "coreTrades { code } knowHow { name } equipment { category }";
		TestCallers.signOut(); // read as the public, who may not see the private know-how

		var page = this.graphQl.document("""
				query($text: String) { actors(filter: {text: $text}, first: 10) { edges { node { id name %s } } } }"""
			.formatted(lists)).variable("text", this.fixture.token).execute();

		List<String> names = page.path("actors.edges[*].node.name").entityList(String.class).get();
		assertThat(names).containsExactlyInAnyOrder("Fonderie " + this.fixture.token,
				"Laboratoire " + this.fixture.token, "Sans liste " + this.fixture.token);
		String first = "actors.edges[%d].node.".formatted(names.indexOf("Fonderie " + this.fixture.token));
		String second = "actors.edges[%d].node.".formatted(names.indexOf("Laboratoire " + this.fixture.token));
		String third = "actors.edges[%d].node.".formatted(names.indexOf("Sans liste " + this.fixture.token));
		page.path(first + "coreTrades[*].code").entityList(String.class).containsExactly("24.51Z", "25.50A")
			.path(first + "knowHow[*].name").entityList(String.class).containsExactly("Alliages", "Moulage sable")
			.path(first + "equipment[*].category").entityList(String.class).containsExactly("FURNACE_THERMAL")
			.path(second + "coreTrades[*].code").entityList(String.class).containsExactly("72.19Z")
			.path(second + "knowHow[*].name").entityList(String.class).containsExactly("Caractérisation")
			.path(second + "equipment").entityList(Object.class).hasSize(0)
			.path(third + "knowHow").entityList(Object.class).hasSize(0);
		// The same lists, one at a time, and for an actor reached through its equipment rather than the directory.
		this.graphQl.document("query($id: ID!) { actor(id: $id) { knowHow { name } } }").variable("id", lab).execute()
			.path("actor.knowHow[*].name").entityList(String.class).containsExactly("Caractérisation");
		this.graphQl.document("""
				query($text: String) { equipment(filter: {text: $text}) { edges { node { actor { %s } } } } }"""
			.formatted(lists)).variable("text", this.fixture.token).execute()
			.path("equipment.edges[0].node.actor.coreTrades[*].code").entityList(String.class).containsExactly("24.51Z", "25.50A")
			.path("equipment.edges[0].node.actor.knowHow[*].name").entityList(String.class).containsExactly("Alliages", "Moulage sable");
	}

}
