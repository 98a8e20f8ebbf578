package org.maillage.actor.persistence;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.maillage.MaillageIntegrationTest;
import org.maillage.TestActors;
import org.maillage.TestCallers;
import org.maillage.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.maillage.FacetAnswers.facetsOf;

/**
 * The first asking of a broad text search counts its facets over its best matches only, and all of them aside for
 * the next asking ({@link FacetedSearch#FIRST_FACET_WINDOW}): here a search of more than 2 matches is broad, as one of
 * more than 1,000 is in a real directory. Its own database (the properties differ): the clog makers are alone.
 */
@MaillageIntegrationTest
@TestPropertySource(properties = { "maillage.directory.first-facet-window=2", "maillage.directory.kept-facets-from=1" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FirstFacetsIntegrationTests {

	private static final String ACTORS = """
			query($filter: ActorFilter) { actors(filter: $filter, first: 20) {
			  totalCount totalCountExact
			  facets { exact countedAt departements { territory { id } count } }
			} }""";

	@Autowired
	GraphQlTester graphQl;

	@BeforeAll
	void registerClogMakers() {
		TestCallers.signIn("first-facets-owner", Role.MEMBER);
		TestActors.registerIn(this.graphQl, "COMPANY", "PRIVATE", "Sabotier des Vosges", "88196", null, "");
		TestActors.registerIn(this.graphQl, "COMPANY", "PRIVATE", "Sabotier de Soubrebost", "23173", null, "");
		TestActors.registerIn(this.graphQl, "ASSOCIATION", "NON_PROFIT", "Musée du sabotier", "23173", null, "");
		TestActors.registerIn(this.graphQl, "COMPANY", "PRIVATE", "Galochier de Creuse", "23173", null, "");
		TestActors.registerIn(this.graphQl, "COMPANY", "PRIVATE", "Galochier des Vosges", "88196", null, "");
		TestCallers.signOut();
	}

	@Test
	void aBroadSearchsFirstAskingCountsItsBestMatchesAndItsNextAllOfThem() {
		Map<String, Object> first = actors("sabotier");
		assertThat(first).as("the list itself is whole").containsEntry("totalCount", 3)
			.containsEntry("totalCountExact", true);
		Map<String, Object> best = facetsOf(first);
		assertThat(best).as("counted with the request, over its best two matches").containsEntry("exact", false)
			.containsEntry("countedAt", null);
		assertThat(total(best)).isEqualTo(2);

		Map<String, Object> next = await().atMost(Duration.ofSeconds(20))
			.until(() -> facetsOf(actors("sabotier")), facets -> facets.get("countedAt") != null);
		assertThat(next).as("every match, counted aside and kept").containsEntry("exact", true);
		assertThat(next.get("departements")).isEqualTo(
				List.of(Map.of("territory", Map.of("id", "departement:23"), "count", 2),
						Map.of("territory", Map.of("id", "departement:88"), "count", 1)));
	}

	@Test
	void aSearchWithNoMoreMatchesThanTheWindowIsCountedWholeAtItsFirstAsking() {
		Map<String, Object> facets = facetsOf(actors("galochier"));
		assertThat(facets).containsEntry("exact", true);
		assertThat(facets.get("departements")).isEqualTo(
				List.of(Map.of("territory", Map.of("id", "departement:23"), "count", 1),
						Map.of("territory", Map.of("id", "departement:88"), "count", 1)));
	}

	@SuppressWarnings("unchecked")
	private static int total(Map<String, Object> facets) {
		return ((List<Map<String, Object>>) facets.get("departements")).stream()
			.mapToInt(count -> (Integer) count.get("count"))
			.sum();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> actors(String text) {
		return this.graphQl.document(ACTORS)
			.variable("filter", Map.of("text", text))
			.execute()
			.path("actors")
			.entity(Map.class)
			.get();
	}

}
