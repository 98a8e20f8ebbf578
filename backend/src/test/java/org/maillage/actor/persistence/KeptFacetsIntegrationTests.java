package org.maillage.actor.persistence;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
import static org.awaitility.Awaitility.await;
import static org.maillage.FacetAnswers.ageless;
import static org.maillage.FacetAnswers.facetsOf;
import static org.maillage.FacetAnswers.withoutAge;

/**
 * A broad text search's facets, kept once counted and counted again in the background ({@link KeptFacets}). Every
 * search of one match or more is broad here (1,000 in a real directory), in the database the stored counts' tests use
 * (the same property): the cooperages of Charente, with equipment at every level, and the stave makers of the
 * Limousin for the recount.
 */
@MaillageIntegrationTest
@TestPropertySource(properties = { "maillage.directory.stored-facets-from=1", "maillage.directory.kept-facets-from=1",
		"maillage.observatory.trade-figures-from=1" })
class KeptFacetsIntegrationTests {

	private static final String ACTORS = """
			query($filter: ActorFilter) { actors(filter: $filter, first: 20) {
			  totalCount
			  facets { exact countedAt kinds { kind count } departements { territory { id } count }
			           equipmentCategories { category count } }
			} }""";

	private static final Map<String, Object> COOPERAGES = Map.of("text", "tonnellerie");

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	KeptFacets kept;

	private static boolean registered;

	@BeforeEach
	void registerCooperages() {
		if (registered) {
			return;
		}
		TestCallers.signIn("kept-facets-owner", Role.MEMBER);
		TestActors.registerIn(this.graphQl, "COMPANY", "PRIVATE", "Tonnellerie de Cognac", "16102", "16.24Z", """
				equipment: [
				  {name: "Four à cintrer les douelles", category: FURNACE_THERMAL, visibility: PUBLIC},
				  {name: "Banc d’étanchéité des fûts", category: LABORATORY_ANALYSIS, visibility: FACILITATORS},
				  {name: "Presse prototype", category: MACHINING, visibility: PRIVATE}]""");
		// its second actor is a cooperage only in words its owner keeps private
		TestActors.registerIn(this.graphQl, "ASSOCIATION", "PRIVATE", "Atelier des chais rochelais", "17300", null,
				"knowHow: [{name: \"Réparation en tonnellerie\", visibility: PRIVATE}]");
		TestCallers.signIn("kept-facets-neighbour", Role.MEMBER);
		TestActors.registerIn(this.graphQl, "COMPANY", "PRIVATE", "Tonnellerie des Borderies", "16102", "16.24Z", "");
		TestCallers.signOut();
		registered = true;
	}

	@Test
	void aBroadTextSearchAskedAgainReadsTheCountsKeptWithTheTimeTheyWereCounted() {
		Map<String, Object> first = actors(COOPERAGES);
		Map<String, Object> again = actors(COOPERAGES);
		assertThat(facetsOf(again).get("countedAt")).as("kept").isNotNull();
		assertThat(withoutAge(again)).isEqualTo(withoutAge(first));
		assertThat(facetsOf(again).get("kinds")).isEqualTo(List.of(Map.of("kind", "COMPANY", "count", 2)));
		assertThat(facetsOf(again).get("equipmentCategories")).as("the public's: its one public item")
			.isEqualTo(List.of(Map.of("category", "FURNACE_THERMAL", "count", 1)));
	}

	@Test
	void keptCountsServeOnlyTheAudienceTheyWereCountedFor() {
		actors(COOPERAGES);
		actors(COOPERAGES);
		TestCallers.signIn("kept-facets-decision-maker", Role.DECISION_MAKER);
		List<Map<String, Object>> categories = List.of(Map.of("category", "FURNACE_THERMAL", "count", 1),
				Map.of("category", "LABORATORY_ANALYSIS", "count", 1));
		assertThat(facetsOf(actors(COOPERAGES)).get("equipmentCategories")).as("the facilitators' item, counted")
			.isEqualTo(categories);
		Map<String, Object> kept = facetsOf(actors(COOPERAGES));
		assertThat(kept.get("countedAt")).isNotNull();
		assertThat(kept.get("equipmentCategories")).as("its audience's kept counts").isEqualTo(categories);
		TestCallers.signOut();
		assertThat(facetsOf(actors(COOPERAGES)).get("equipmentCategories")).as("never the facilitators' item")
			.isEqualTo(List.of(Map.of("category", "FURNACE_THERMAL", "count", 1)));
	}

	@Test
	void anOwnerReadsItsAudiencesKeptCountsWithWhatItsOwnActorsAddThatTheAudienceDoesNotSee() {
		TestCallers.signIn("kept-facets-member", Role.MEMBER);
		actors(COOPERAGES);
		Map<String, Object> members = facetsOf(actors(COOPERAGES));
		assertThat(members.get("countedAt")).as("the members' counts, kept").isNotNull();
		assertThat(members.get("kinds")).isEqualTo(List.of(Map.of("kind", "COMPANY", "count", 2)));

		TestCallers.signIn("kept-facets-owner", Role.MEMBER);
		for (int ask = 0; ask < 2; ask++) {
			Map<String, Object> answer = actors(COOPERAGES);
			assertThat(answer).as("its association, found by its private know-how").containsEntry("totalCount", 3);
			Map<String, Object> facets = facetsOf(answer);
			assertThat(facets.get("countedAt")).as("its audience's kept counts").isNotNull();
			assertThat(facets.get("kinds")).isEqualTo(List.of(Map.of("kind", "COMPANY", "count", 2),
					Map.of("kind", "ASSOCIATION", "count", 1)));
			assertThat(facets.get("departements")).isEqualTo(
					List.of(Map.of("territory", Map.of("id", "departement:16"), "count", 2),
							Map.of("territory", Map.of("id", "departement:17"), "count", 1)));
			assertThat(facets.get("equipmentCategories")).as("its own items at every level").isEqualTo(List.of(
					Map.of("category", "FURNACE_THERMAL", "count", 1),
					Map.of("category", "LABORATORY_ANALYSIS", "count", 1), Map.of("category", "MACHINING", "count", 1)));
		}
		TestCallers.signIn("kept-facets-member", Role.MEMBER);
		assertThat(ageless(facetsOf(actors(COOPERAGES)))).as("the owner's additions stay its own")
			.isEqualTo(ageless(members));
	}

	@Test
	void anOwnersFirstAskingIsCountedWithItsRequestAndItsAudiencesCountsAreKeptForTheNext() {
		Map<String, Object> staves = Map.of("text", "douelles");
		List<Map<String, Object>> own = List.of(Map.of("category", "FURNACE_THERMAL", "count", 1),
				Map.of("category", "LABORATORY_ANALYSIS", "count", 1), Map.of("category", "MACHINING", "count", 1));
		TestCallers.signIn("kept-facets-owner", Role.MEMBER);
		Map<String, Object> first = facetsOf(actors(staves));
		assertThat(first.get("countedAt")).as("nothing kept yet: counted with the request").isNull();
		assertThat(first.get("equipmentCategories")).isEqualTo(own);
		Map<String, Object> next = await().atMost(Duration.ofSeconds(20))
			.pollInSameThread() // the caller signed in on this thread
			.until(() -> facetsOf(actors(staves)), facets -> facets.get("countedAt") != null);
		assertThat(next.get("equipmentCategories")).isEqualTo(own);
		assertThat(ageless(next)).isEqualTo(ageless(first));

		TestCallers.signIn("kept-facets-member", Role.MEMBER);
		Map<String, Object> members = facetsOf(actors(staves));
		assertThat(members.get("countedAt")).as("the members' counts, counted aside").isNotNull();
		assertThat(members.get("equipmentCategories")).as("never the owner's hidden items")
			.isEqualTo(List.of(Map.of("category", "FURNACE_THERMAL", "count", 1)));
	}

	@Test
	void keptCountsAreCountedAgainByTheBackgroundPassAsEachAudienceMaySeeThem() {
		Map<String, Object> staves = Map.of("text", "merrain");
		TestCallers.signIn("kept-facets-limousin", Role.MEMBER);
		TestActors.registerIn(this.graphQl, "COMPANY", "PRIVATE", "Merrain du Limousin", "87085", "16.10A", "");
		TestCallers.signOut();
		actors(staves);
		Map<String, Object> before = facetsOf(actors(staves));
		assertThat(before.get("countedAt")).isNotNull();
		assertThat(before.get("kinds")).isEqualTo(List.of(Map.of("kind", "COMPANY", "count", 1)));

		TestCallers.signIn("kept-facets-tronçais", Role.MEMBER);
		TestActors.registerIn(this.graphQl, "COMPANY", "PRIVATE", "Merrain de Tronçais", "03048", "16.10A",
				"equipment: [{name: \"Scie à merrain\", category: MACHINING, visibility: MEMBERS}]");
		TestCallers.signOut();
		Map<String, Object> stale = actors(staves);
		assertThat(stale).as("the list is live").containsEntry("totalCount", 2);
		if (facetsOf(stale).get("countedAt").equals(before.get("countedAt"))) {
			assertThat(ageless(facetsOf(stale))).as("the counts of their time").isEqualTo(ageless(before));
		}

		this.kept.recount();
		Map<String, Object> after = facetsOf(actors(staves));
		assertThat(OffsetDateTime.parse((String) after.get("countedAt")))
			.isAfter(OffsetDateTime.parse((String) before.get("countedAt")));
		assertThat(after.get("kinds")).isEqualTo(List.of(Map.of("kind", "COMPANY", "count", 2)));
		assertThat(after.get("departements")).isEqualTo(
				List.of(Map.of("territory", Map.of("id", "departement:03"), "count", 1),
						Map.of("territory", Map.of("id", "departement:87"), "count", 1)));
		assertThat(after.get("equipmentCategories")).as("the saw is for members").isEqualTo(List.of());
	}

	/**
	 * The public, a decision-maker and an owner ask a broad search at once, many times, while the kept counts are
	 * counted again: each is always given its own audience's counts, and the owner what its own actors add.
	 */
	@Test
	void callersAskingAtOnceWhileTheCountsAreCountedAgainGetTheirAudiencesCounts() throws Exception {
		Object publicCounts = facetsOf(actors(COOPERAGES)).get("equipmentCategories");
		TestCallers.signIn("kept-facets-racer", Role.DECISION_MAKER);
		Object facilitatorsCounts = facetsOf(actors(COOPERAGES)).get("equipmentCategories");
		TestCallers.signIn("kept-facets-owner", Role.MEMBER);
		Object ownersCounts = facetsOf(actors(COOPERAGES)).get("equipmentCategories");
		TestCallers.signOut();
		assertThat(facilitatorsCounts).isNotEqualTo(publicCounts);
		assertThat(ownersCounts).isNotIn(publicCounts, facilitatorsCounts);
		ExecutorService threads = Executors.newFixedThreadPool(5);
		try {
			List<Future<Boolean>> answers = new ArrayList<>();
			for (int i = 0; i < 60; i++) {
				int caller = i % 3;
				answers.add(threads.submit(() -> {
					try {
						if (caller == 1) {
							TestCallers.signIn("kept-facets-racer", Role.DECISION_MAKER);
						}
						else if (caller == 2) {
							TestCallers.signIn("kept-facets-owner", Role.MEMBER);
						}
						Object counts = facetsOf(actors(COOPERAGES)).get("equipmentCategories");
						return counts.equals(List.of(publicCounts, facilitatorsCounts, ownersCounts).get(caller));
					}
					finally {
						TestCallers.signOut();
					}
				}));
				if (i % 10 == 0) {
					answers.add(threads.submit(() -> {
						this.kept.recount();
						return true;
					}));
				}
			}
			for (Future<Boolean> answer : answers) {
				assertThat(answer.get()).as("an answer with its caller's audience's counts").isTrue();
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> actors(Map<String, Object> filter) {
		return this.graphQl.document(ACTORS).variable("filter", filter).execute().path("actors").entity(Map.class).get();
	}

}
