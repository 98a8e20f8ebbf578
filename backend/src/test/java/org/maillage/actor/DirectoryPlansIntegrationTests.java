package org.maillage.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.maillage.MaillageIntegrationTest;
import org.maillage.TestActors;
import org.maillage.TestCallers;
import org.maillage.security.Role;

import org.maillage.actor.persistence.DirectoryEntries;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The directory without free text, as decision-makers list it: filters only, by name, page after page. Each test's
 * actors share a topic of their own (the test's token), which keeps other tests' actors out of the lists; the
 * lists are met here by a walk of the name index bounded at a thousand nodes (the default), which reads the whole
 * directory; subclass {@link NameIndexDirectoryPlansIntegrationTests} runs them through the plan for broad filters
 * (the name index read in order, without bound), and {@link ShortWalkDirectoryPlansIntegrationTests} through walks
 * that mostly fall short and sorted matches: every plan must give the same pages.
 */
@MaillageIntegrationTest
class DirectoryPlansIntegrationTests extends SignedInMemberTests {

	private static final String LIST = """
			query($filter: ActorFilter, $after: String, $first: Int) {
			  actors(filter: $filter, first: $first, after: $after) {
			    totalCount totalCountExact
			    pageInfo { hasNextPage endCursor }
			    edges { node { name } }
			  }
			}""";

	@Test
	void filtersCombineAndPagesFollowEachOtherByName() {
		String lab = register("Laboratoire des matériaux", "RESEARCH_LAB", "ACADEMIC", "54395", List.of("72.19Z"));
		register("Aciérie de l’Est", "COMPANY", "PRIVATE", "57463", List.of("24.10Z"));
		register("Fonderie Messine", "COMPANY", "PRIVATE", "57463", List.of("24.51Z"));
		register("Bureau d’études", "COMPANY", "PRIVATE", "57463", List.of("71.12B"));
		register("Zinguerie du Nord", "COMPANY", "PRIVATE", "59350", List.of("24.43Z"));
		register("Collectivité", "PUBLIC_BODY", "PUBLIC", "57463", List.of("84.11Z"));

		assertThat(names(Map.of())).containsExactly("Aciérie de l’Est", "Bureau d’études", "Collectivité",
				"Fonderie Messine", "Laboratoire des matériaux", "Zinguerie du Nord");
		assertThat(names(Map.of("territories", List.of("departement:57"), "trades", List.of("C"), "sectors",
				List.of("PRIVATE")))).containsExactly("Aciérie de l’Est", "Fonderie Messine");
		assertThat(names(Map.of("trades", List.of("24")))).containsExactly("Aciérie de l’Est", "Fonderie Messine",
				"Zinguerie du Nord");
		assertThat(names(Map.of("trades", List.of("24.4", "72"), "kinds", List.of("COMPANY", "RESEARCH_LAB"))))
			.containsExactly("Laboratoire des matériaux", "Zinguerie du Nord");
		assertThat(names(Map.of("territories", List.of("region:44")))).containsExactly("Aciérie de l’Est",
				"Bureau d’études", "Collectivité", "Fonderie Messine", "Laboratoire des matériaux");
		assertThat(names(Map.of("territories", List.of("commune:54395")))).containsExactly("Laboratoire des matériaux");
		assertThat(names(Map.of("territories", List.of("departement:59"), "kinds", List.of("PUBLIC_BODY")))).isEmpty();
		// one kind: read from the (kind, name, id) index when the filters match too many to sort
		assertThat(names(Map.of("kinds", List.of("COMPANY")))).containsExactly("Aciérie de l’Est", "Bureau d’études",
				"Fonderie Messine", "Zinguerie du Nord");
		assertThat(names(Map.of("kinds", List.of("RESEARCH_LAB")))).containsExactly("Laboratoire des matériaux");
		assertThat(names(Map.of("kinds", List.of("PUBLIC_BODY"), "territories", List.of("departement:57"))))
			.containsExactly("Collectivité");
		assertThat(lab).isNotNull();

		assertThat(paged(Map.of(), 6)).containsExactly("Aciérie de l’Est", "Bureau d’études", "Collectivité",
				"Fonderie Messine", "Laboratoire des matériaux", "Zinguerie du Nord");
		// one région, one département, one commune, two at a time: read from the (place, name, id) index on the
		// name-index plan
		assertThat(paged(Map.of("territories", List.of("region:44")), 5)).containsExactly("Aciérie de l’Est",
				"Bureau d’études", "Collectivité", "Fonderie Messine", "Laboratoire des matériaux");
		assertThat(paged(Map.of("territories", List.of("departement:57")), 4)).containsExactly("Aciérie de l’Est",
				"Bureau d’études", "Collectivité", "Fonderie Messine");
		assertThat(paged(Map.of("territories", List.of("commune:57463")), 4)).containsExactly("Aciérie de l’Est",
				"Bureau d’études", "Collectivité", "Fonderie Messine");
	}

	@Test
	void aTextSearchPagesThroughMatchesOfEqualScoreWithoutRepeatingOrLeavingOneOut() {
		// names alike in length score alike; registered against the alphabet, so that the order the index breaks
		// their ties in is not their names' order
		List<String> workshops = List.of("Atelier Lambda", "Atelier Kappa", "Atelier Iota", "Atelier Thêta",
				"Atelier Zêta", "Atelier Epsilon", "Atelier Delta", "Atelier Gamma", "Atelier Bêta", "Atelier Alpha",
				"Atelier Omega");
		workshops.forEach(name -> register(name, "COMPANY", "PRIVATE", "57463", List.of("25.62A")));

		// two at a time, each page saying the same exact total
		assertThat(paged(Map.of("text", this.fixture.token), workshops.size()))
			.containsExactlyInAnyOrderElementsOf(workshops);
	}

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	DirectoryEntries entries;

	@Test
	void confirmedSinceKeepsTheActorsConfirmedFromThatDayInFranceWithEveryOtherFilter() {
		String recent = register("Aciérie récente", "COMPANY", "PRIVATE", "57463", List.of("24.10Z"));
		String newYear = register("Bureau du Nouvel An", "COMPANY", "PRIVATE", "57463", List.of("71.12B"));
		String newYearsEve = register("Chaudronnerie de la Saint-Sylvestre", "COMPANY", "PRIVATE", "57463",
				List.of("25.29Z"));
		String elsewhere = register("Dinanderie nancéienne", "COMPANY", "PRIVATE", "54395", List.of("25.99B"));
		String lab = register("Laboratoire confirmé", "RESEARCH_LAB", "ACADEMIC", "57463", List.of("72.19Z"));
		String never = register("Forge jamais confirmée", "COMPANY", "PRIVATE", "57463", List.of("25.50A"));
		confirmedAt(recent, "2026-02-10T09:00:00Z");
		// 00:30 on New Year's Day in France, still 2025 in UTC; and 23:30 on New Year's Eve in France
		confirmedAt(newYear, "2025-12-31T23:30:00Z");
		confirmedAt(newYearsEve, "2025-12-31T22:30:00Z");
		confirmedAt(elsewhere, "2026-03-01T12:00:00Z");
		confirmedAt(lab, "2026-01-15T12:00:00Z");
		confirmedAt(never, null);

		assertThat(names(Map.of())).hasSize(6);
		assertThat(names(Map.of("confirmedSince", "2026-01-01"))).containsExactly("Aciérie récente",
				"Bureau du Nouvel An", "Dinanderie nancéienne", "Laboratoire confirmé");
		// with a territory, page after page, each page saying the exact total
		assertThat(paged(Map.of("territories", List.of("departement:57"), "confirmedSince", "2026-01-01"), 3))
			.containsExactly("Aciérie récente", "Bureau du Nouvel An", "Laboratoire confirmé");
		assertThat(paged(Map.of("territories", List.of("commune:57463"), "kinds", List.of("COMPANY"), "confirmedSince",
				"2026-01-01"), 2)).containsExactly("Aciérie récente", "Bureau du Nouvel An");
		assertThat(names(Map.of("kinds", List.of("RESEARCH_LAB"), "confirmedSince", "2026-01-16"))).isEmpty();
		assertThat(names(Map.of("trades", List.of("C"), "confirmedSince", "2026-02-10"))).containsExactly(
				"Aciérie récente", "Dinanderie nancéienne");
		assertThat(names(Map.of("confirmedSince", "2026-03-02"))).isEmpty();
		// with words: the text plan
		assertThat(names(Map.of("text", this.fixture.token, "confirmedSince", "2026-02-01")))
			.containsExactlyInAnyOrder("Aciérie récente", "Dinanderie nancéienne");
		// facets count the same matches
		var facets = this.graphQl.document("""
				query($filter: ActorFilter) { actors(filter: $filter, first: 1) {
				  facets { exact departements { territory { id } count } } } }""")
			.variable("filter", Map.of("topics", List.of(this.fixture.token), "confirmedSince", "2026-01-01"))
			.execute();
		facets.path("actors.facets.exact").entity(Boolean.class).isEqualTo(this.facetWindow >= 4);
		if (this.facetWindow >= 4) {
			assertThat(counts(facets, "departements", "territory.id")).containsExactly(entry("departement:57", 3L),
					entry("departement:54", 1L));
		}
		// a confirmation moves the actor into the lists at once
		this.graphQl.document("""
				mutation($id: ID!) { confirmActor(input: {id: $id}) { actor { confirmedAt } } }""")
			.variable("id", never)
			.execute()
			.path("confirmActor.actor.confirmedAt")
			.hasValue();
		assertThat(names(Map.of("territories", List.of("departement:57"), "confirmedSince", "2026-03-02")))
			.containsExactly("Forge jamais confirmée");
	}

	/** Sets when the actor was last confirmed (null: never), as time would have, and its entry with it. */
	private void confirmedAt(String actorId, String instant) {
		this.neo4j.query("MATCH (a:Actor {id: $id}) SET a.confirmedAt = CASE WHEN $at IS NULL THEN null ELSE datetime($at) END")
			.bind(actorId)
			.to("id")
			.bind(instant)
			.to("at")
			.run();
		this.entries.refresh(List.of(actorId));
	}

	@Value("${maillage.directory.facet-window:10000}")
	int facetWindow;

	@Test
	void facetsCountEveryMatchOfTheListByValue() {
		register("Laboratoire des matériaux", "RESEARCH_LAB", "ACADEMIC", "54395", List.of("72.19Z"));
		register("Aciérie de l’Est", "COMPANY", "PRIVATE", "57463", List.of("24.10Z"));
		register("Fonderie Messine", "COMPANY", "PRIVATE", "57463", List.of("24.51Z", "25.50A"));
		register("Zinguerie du Nord", "COMPANY", "PRIVATE", "59350", List.of("24.43Z"));
		String facets = """
				query($filter: ActorFilter) { actors(filter: $filter, first: 1) {
				  edges { node { name } } totalCount totalCountExact
				  facets { exact kinds { kind count } sectors { sector count } nafSections { trade { code } count }
				    nafDivisions { trade { code } count } departements { territory { id } count }
				    epcis { territory { id } count } topics { key count } }
				} }""";
		Map<String, Object> all = Map.of("topics", List.of(this.fixture.token));
		var response = this.graphQl.document(facets).variable("filter", all).execute();
		response.path("actors.edges").entityList(Object.class).hasSize(1);
		// the total is exact whether the facets were counted over every match or over the first ones only
		response.path("actors.totalCount").entity(Integer.class).isEqualTo(4);
		response.path("actors.totalCountExact").entity(Boolean.class).isEqualTo(true);
		if (this.facetWindow >= 4) {
			response.path("actors.facets.exact").entity(Boolean.class).isEqualTo(true);
			assertThat(counts(response, "kinds", "kind")).containsExactly(entry("COMPANY", 3L), entry("RESEARCH_LAB", 1L));
			assertThat(counts(response, "sectors", "sector")).containsExactly(entry("PRIVATE", 3L), entry("ACADEMIC", 1L));
			// an actor with two trades in section C counts once there, and once in each of its divisions
			assertThat(counts(response, "nafSections", "trade.code")).containsExactly(entry("C", 3L), entry("M", 1L));
			assertThat(counts(response, "nafDivisions", "trade.code")).containsExactly(entry("24", 3L),
					entry("25", 1L), entry("72", 1L));
			assertThat(counts(response, "departements", "territory.id")).containsExactly(entry("departement:57", 2L),
					entry("departement:54", 1L), entry("departement:59", 1L));
			assertThat(counts(response, "epcis", "territory.id")).hasSize(3);
			assertThat(counts(response, "topics", "key")).containsExactly(entry(this.fixture.token, 4L));
		}
		else {
			// counted over the first matches only: each count is at most the true one, and says so
			response.path("actors.facets.exact").entity(Boolean.class).isEqualTo(false);
			assertThat(counts(response, "kinds", "kind").values().stream().mapToLong(Long::longValue).sum())
				.isEqualTo(this.facetWindow);
		}

		// a filter narrows the counts with the list
		var narrowed = this.graphQl.document(facets)
			.variable("filter", Map.of("topics", List.of(this.fixture.token), "territories", List.of("departement:57")))
			.execute();
		narrowed.path("actors.facets.exact").entity(Boolean.class).isEqualTo(true);
		narrowed.path("actors.totalCount").entity(Integer.class).isEqualTo(2);
		assertThat(counts(narrowed, "kinds", "kind")).containsExactly(entry("COMPANY", 2L));
		assertThat(counts(narrowed, "nafDivisions", "trade.code")).containsExactly(entry("24", 2L), entry("25", 1L));
	}

	/** A facet's values and counts, in the order given. */
	private static Map<String, Long> counts(GraphQlTester.Response response, String facet, String path) {
		List<?> values = response.path("actors.facets." + facet).entityList(Map.class).get();
		Map<String, Long> counts = new LinkedHashMap<>();
		for (Object value : values) {
			Map<?, ?> shown = (Map<?, ?>) value;
			Object key = shown;
			for (String part : path.split("\\.")) {
				key = ((Map<?, ?>) key).get(part);
			}
			counts.put((String) key, ((Number) shown.get("count")).longValue());
		}
		return counts;
	}

	/** Every page of a list, two at a time, each saying the same exact total; names without the fixture's token. */
	private List<String> paged(Map<String, Object> filter, int total) {
		List<String> paged = new ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			var page = list(filter, after, 2);
			page.path("actors.totalCount").entity(Integer.class).isEqualTo(total);
			page.path("actors.totalCountExact").entity(Boolean.class).isEqualTo(true);
			paged.addAll(page.path("actors.edges[*].node.name").entityList(String.class).get());
			more = page.path("actors.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = page.path("actors.pageInfo.endCursor").entity(String.class).get();
		}
		return paged.stream().map(name -> name.replace(" " + this.fixture.token, "")).toList();
	}

	@Test
	void equipmentAndTopicsFilterByWhatTheCallerMaySee() {
		String open = register("Atelier ouvert", "COMPANY", "PRIVATE", "57463", List.of());
		String members = register("Atelier des membres", "COMPANY", "PRIVATE", "57463", List.of());
		String secret = register("Atelier secret", "COMPANY", "PRIVATE", "57463", List.of());
		this.fixture.addEquipment(open, "Tour", "MACHINING", "PUBLIC");
		this.fixture.addEquipment(members, "Fraiseuse", "MACHINING", "MEMBERS");
		this.fixture.addEquipment(secret, "Centre d’usinage", "MACHINING", "PRIVATE");
		// punctuation, letters beyond ASCII and a character beyond 16 bits, which the facet token replaces
		String topic = this.fixture.token + " Économie d’énergie — Straße/l'été 🌱";
		declare(secret, topic, "PRIVATE");
		Map<String, Object> machining = Map.of("equipmentCategories", List.of("MACHINING"));
		Map<String, Object> confidential = Map.of("topics", List.of(topic));

		// the owner of all three sees its private equipment and topic
		assertThat(names(machining)).containsExactly("Atelier des membres", "Atelier ouvert", "Atelier secret");
		assertThat(names(confidential)).containsExactly("Atelier secret");

		TestCallers.signIn("someone-else-" + this.fixture.token, Role.MEMBER);
		assertThat(names(machining)).containsExactly("Atelier des membres", "Atelier ouvert");
		assertThat(names(confidential)).isEmpty();
		TestCallers.signIn("facilitator-" + this.fixture.token, Role.MEMBER, Role.FACILITATOR);
		assertThat(names(machining)).containsExactly("Atelier des membres", "Atelier ouvert");
		TestCallers.signOut();
		assertThat(names(machining)).containsExactly("Atelier ouvert");
		var publicList = list(machining, null, 20);
		publicList.path("actors.totalCount").entity(Integer.class).isEqualTo(1);
	}

	@Test
	void anEntryFollowsItsActorThroughChangesAndDeletion() {
		String actor = register("Chaudronnerie", "COMPANY", "PRIVATE", "57463", List.of("25.29Z"));
		String equipment = this.fixture.addEquipment(actor, "Presse plieuse", "MACHINING", "PUBLIC");
		assertThat(names(Map.of("equipmentCategories", List.of("MACHINING")))).containsExactly("Chaudronnerie");

		this.graphQl.document("""
				mutation($id: ID!) {
				  updateEquipment(input: {id: $id, version: 0, name: "Presse", category: FURNACE_THERMAL, visibility: PUBLIC}) {
				    equipment { id } }
				}""").variable("id", equipment).execute();
		assertThat(names(Map.of("equipmentCategories", List.of("MACHINING")))).isEmpty();
		assertThat(names(Map.of("equipmentCategories", List.of("FURNACE_THERMAL")))).containsExactly("Chaudronnerie");

		Map<String, Object> moved = this.fixture.actorInput("Chaudronnerie", "ASSOCIATION", "PRIVATE", "54395",
				List.of("25.29Z"));
		moved.put("id", actor);
		moved.put("version", 0);
		this.graphQl.document("""
				mutation($input: UpdateActorInput!) { updateActor(input: $input) { actor { id } } }""")
			.variable("input", moved)
			.execute();
		assertThat(names(Map.of("territories", List.of("departement:57")))).isEmpty();
		assertThat(names(Map.of("territories", List.of("departement:54")))).containsExactly("Chaudronnerie");
		assertThat(names(Map.of("territories", List.of("commune:57463")))).isEmpty();
		assertThat(names(Map.of("territories", List.of("commune:54395")))).containsExactly("Chaudronnerie");
		assertThat(names(Map.of("kinds", List.of("COMPANY")))).isEmpty();
		assertThat(names(Map.of("kinds", List.of("ASSOCIATION")))).containsExactly("Chaudronnerie");

		this.graphQl.document("""
				mutation($id: ID!) { deleteActor(input: {id: $id, version: 1}) { id } }""")
			.variable("id", actor)
			.execute();
		assertThat(names(Map.of())).isEmpty();
	}

	@Test
	void equipmentIsListedByNameWithinItsCategoryAndTerritory() {
		// a commune of Corsica, where no other test of this database registers anyone
		String first = this.fixture.register("Menuiserie corse", "COMPANY", "PRIVATE", "2B033", List.of());
		String second = this.fixture.register("Scierie corse", "COMPANY", "PRIVATE", "2B033", List.of());
		this.fixture.addEquipment(first, "Scie à ruban", "MACHINING", "PUBLIC");
		this.fixture.addEquipment(second, "Dégauchisseuse", "MACHINING", "PUBLIC");
		this.fixture.addEquipment(second, "Raboteuse", "MACHINING", "PRIVATE");
		this.fixture.addEquipment(second, "Séchoir", "FURNACE_THERMAL", "PUBLIC");
		String query = """
				query($after: String) {
				  equipment(filter: {territories: ["commune:2B033"], categories: [MACHINING]}, first: 1, after: $after) {
				    totalCount pageInfo { hasNextPage endCursor } edges { node { name } }
				  }
				}""";
		TestCallers.signIn("visitor-" + this.fixture.token, Role.MEMBER);
		List<String> names = new ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			var page = this.graphQl.document(query).variable("after", after).execute();
			page.path("equipment.totalCount").entity(Integer.class).isEqualTo(2);
			names.addAll(page.path("equipment.edges[*].node.name").entityList(String.class).get());
			more = page.path("equipment.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = page.path("equipment.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(names).containsExactly("Dégauchisseuse " + this.fixture.token, "Scie à ruban " + this.fixture.token);
	}

	@Test
	void aTopicsListCountsItsFollowersAsTheListShowsThem() {
		String one = register("Atelier un", "COMPANY", "PRIVATE", "57463", List.of());
		String two = register("Atelier deux", "COMPANY", "PRIVATE", "57463", List.of());
		String three = register("Atelier trois", "COMPANY", "PRIVATE", "57463", List.of());
		String fourZero = this.fixture.token + " 4.0";
		String fiveZero = this.fixture.token + " 5.0";
		declare(one, fourZero, "PUBLIC");
		// another key, the same token: the directory does not tell punctuation apart
		declare(two, this.fixture.token + " 4-0", "PUBLIC");
		declare(three, fiveZero, "PUBLIC");
		declare(three, fourZero, "PRIVATE");
		declare(one, fiveZero, "PRIVATE");

		TestCallers.signIn("visitor-" + this.fixture.token, Role.MEMBER);
		Map<String, Object> five = Map.of("topics", List.of(fiveZero));
		assertThat(names(five)).containsExactly("Atelier trois");
		list(five, null, 10).path("actors.totalCount").entity(Integer.class).isEqualTo(1);
		Map<String, Object> four = Map.of("topics", List.of(fourZero));
		assertThat(names(four)).containsExactly("Atelier deux", "Atelier un");
		list(four, null, 10).path("actors.totalCount").entity(Integer.class).isEqualTo(2);

		// its own actors' private interests count for their owner, as the list shows them
		this.fixture.signIn();
		assertThat(names(five)).containsExactly("Atelier trois", "Atelier un");
		list(five, null, 10).path("actors.totalCount").entity(Integer.class).isEqualTo(2);
		assertThat(names(four)).containsExactly("Atelier deux", "Atelier trois", "Atelier un");
		list(four, null, 10).path("actors.totalCount").entity(Integer.class).isEqualTo(3);
	}

	@Test
	void aPlacesEquipmentAndProblemsAreListedByNameAndFollowTheirActor() {
		// other tests of this database may list items in these places: only this test's are compared
		String actor = this.fixture.register("Atelier ajaccien", "COMPANY", "PRIVATE", "2A004", List.of());
		this.fixture.addEquipment(actor, "Tour", "MACHINING", "PUBLIC");
		this.fixture.addEquipment(actor, "Four", "FURNACE_THERMAL", "PUBLIC");
		this.fixture.addEquipment(actor, "Presse", "MACHINING", "PRIVATE");
		this.fixture.addEquipment(actor, "Banc d’essai", "LABORATORY_ANALYSIS", "PUBLIC");
		addProblem(actor, "Recycler les copeaux", "PUBLIC");
		addProblem(actor, "Former des soudeurs", "PUBLIC");
		addProblem(actor, "Recruter en secret", "PRIVATE");
		List<String> equipment = List.of("Banc d’essai", "Four", "Tour");
		List<String> problems = List.of("Former des soudeurs", "Recycler les copeaux");

		TestCallers.signIn("visitor-" + this.fixture.token, Role.MEMBER);
		for (String place : List.of("departement:2A", "region:94")) {
			assertThat(items("equipment", "name", place)).as(place).isEqualTo(equipment);
			assertThat(items("problems", "title", place)).as(place).isEqualTo(problems);
		}

		this.fixture.signIn();
		TestActors.moveCompany(this.graphQl, actor, "Atelier niçois " + this.fixture.token, "06088");
		TestCallers.signIn("visitor-" + this.fixture.token, Role.MEMBER);
		for (String place : List.of("departement:2A", "region:94")) {
			assertThat(items("equipment", "name", place)).as(place).isEmpty();
			assertThat(items("problems", "title", place)).as(place).isEmpty();
		}
		for (String place : List.of("departement:06", "region:93")) {
			assertThat(items("equipment", "name", place)).as(place).isEqualTo(equipment);
			assertThat(items("problems", "title", place)).as(place).isEqualTo(problems);
		}
	}

	/**
	 * The names (or titles) of this test's equipment (or problems) in a place's list, read in pages of two, in the list's
	 * order, this test's token left out.
	 */
	private List<String> items(String list, String name, String place) {
		List<String> names = new ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			var page = this.graphQl.document("""
					query($place: ID!, $after: String) {
					  %s(filter: {territories: [$place]}, first: 2, after: $after) {
					    pageInfo { hasNextPage endCursor } edges { node { %s } } } }""".formatted(list, name))
				.variable("place", place)
				.variable("after", after)
				.execute();
			names.addAll(page.path(list + ".edges[*].node." + name).entityList(String.class).get());
			Map<?, ?> pageInfo = page.path(list + ".pageInfo").entity(Map.class).get();
			more = (Boolean) pageInfo.get("hasNextPage");
			after = (String) pageInfo.get("endCursor");
		}
		return names.stream()
			.filter(item -> item.endsWith(" " + this.fixture.token))
			.map(item -> item.replace(" " + this.fixture.token, ""))
			.toList();
	}

	private void addProblem(String actorId, String title, String visibility) {
		this.graphQl.document("""
				mutation($actorId: ID!, $title: String!, $visibility: Visibility!) {
				  addProblem(input: {actorId: $actorId, title: $title, category: INDUSTRY, status: OPEN,
				    visibility: $visibility}) { problem { id } } }""")
			.variable("actorId", actorId)
			.variable("title", title + " " + this.fixture.token)
			.variable("visibility", visibility)
			.execute()
			.path("addProblem.problem.id")
			.hasValue();
	}

	private String register(String name, String kind, String sector, String commune, List<String> trades) {
		String id = this.fixture.register(name, kind, sector, commune, trades);
		declare(id, this.fixture.token, "PUBLIC");
		return id;
	}

	private void declare(String actorId, String topic, String visibility) {
		this.graphQl.document("""
				mutation($actorId: ID!, $topic: String!, $visibility: Visibility!) {
				  setTopicInterest(input: {actorId: $actorId, topic: $topic, visibility: $visibility}) {
				    interest { visibility } }
				}""")
			.variable("actorId", actorId)
			.variable("topic", topic)
			.variable("visibility", visibility)
			.execute()
			.path("setTopicInterest.interest.visibility")
			.entity(String.class)
			.isEqualTo(visibility);
	}

	/** Names of this test's actors matching the filter, in order, read in pages of 2. */
	private List<String> names(Map<String, Object> filter) {
		List<String> names = new ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			Map<?, ?> page = list(filter, after, 2).path("actors").entity(Map.class).get();
			((List<?>) page.get("edges")).forEach(edge -> names.add((String) ((Map<?, ?>) ((Map<?, ?>) edge).get("node")).get("name")));
			more = (Boolean) ((Map<?, ?>) page.get("pageInfo")).get("hasNextPage");
			after = (String) ((Map<?, ?>) page.get("pageInfo")).get("endCursor");
		}
		return names.stream().map(name -> name.replace(" " + this.fixture.token, "")).toList();
	}

	private GraphQlTester.Response list(Map<String, Object> filter, String after, int first) {
		Map<String, Object> withTopic = new HashMap<>(filter);
		withTopic.putIfAbsent("topics", List.of(this.fixture.token));
		return this.graphQl.document(LIST)
			.variable("filter", withTopic)
			.variable("after", after)
			.variable("first", first)
			.execute();
	}

}
