package org.maillage.matchmaking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.maillage.MaillageIntegrationTest;
import org.maillage.TestCallers;
import org.maillage.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A short page of a ranking is the beginning of a longer one, even where shared topics and groups reorder actors
 * that the other signals rank close: the ranking leaves out of its last step the candidates no such bonus can bring
 * onto the page asked for (MatchQueries), and a bound too tight would drop one that a bonus lifts onto it.
 */
@MaillageIntegrationTest
@TestPropertySource(properties = "maillage.test.database=matchmaking-scenarios")
class PagesOfARankingIntegrationTests {

	private static final String MATCHES = """
			query($p: ID!, $first: Int) { matchActors(problem: $p, first: $first) {
			  edges { node { actor { id } signals { signal contribution } } } } }""";

	@Autowired
	ApplicationContext context;

	@Autowired
	GraphQlTester graphQl;

	@BeforeEach
	void signIn() {
		TestCallers.signIn("pages-facilitator", Role.FACILITATOR);
	}

	@Test
	void everyShortPageIsTheBeginningOfTheLongOneWhereBonusesReorder() {
		ScenarioTerritory scenario = ScenarioTerritory.of(this.context);
		int reordered = 0;
		for (String problem : scenario.problemIds()) {
			List<Map<String, Object>> whole = matches(problem, 20);
			List<String> ids = ids(whole);
			if (reorderedByBonuses(whole.subList(0, Math.min(12, whole.size())))) {
				reordered++;
			}
			for (int first : List.of(1, 2, 3, 5, 10)) {
				assertThat(ids(matches(problem, first))).as("first %d of problem %s", first, problem)
					.isEqualTo(ids.subList(0, Math.min(first, ids.size())));
			}
		}
		// the case the bound is for: somewhere near the top, shared topics or groups rank an actor above one that
		// the other signals rank higher
		assertThat(reordered).isPositive();
	}

	private List<Map<String, Object>> matches(String problem, int first) {
		return this.graphQl.document(MATCHES)
			.variable("p", problem)
			.variable("first", first)
			.execute()
			.path("matchActors.edges[*].node")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	/** Whether an actor ranks above one whose score without the bonuses is higher. */
	private static boolean reorderedByBonuses(List<Map<String, Object>> matches) {
		List<Double> withoutBonuses = new ArrayList<>();
		for (Map<String, Object> match : matches) {
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> signals = (List<Map<String, Object>>) match.get("signals");
			withoutBonuses.add(signals.stream()
				.filter(signal -> !List.of("WILLINGNESS", "EXISTING_TIES").contains(signal.get("signal")))
				.mapToDouble(signal -> ((Number) signal.get("contribution")).doubleValue())
				.sum());
		}
		for (int i = 0; i < withoutBonuses.size(); i++) {
			for (int j = i + 1; j < withoutBonuses.size(); j++) {
				if (withoutBonuses.get(j) > withoutBonuses.get(i) + 0.005) {
					return true;
				}
			}
		}
		return false;
	}

	@SuppressWarnings("unchecked")
	private static List<String> ids(List<Map<String, Object>> matches) {
		return matches.stream().map(match -> (String) ((Map<String, Object>) match.get("actor")).get("id")).toList();
	}

}
