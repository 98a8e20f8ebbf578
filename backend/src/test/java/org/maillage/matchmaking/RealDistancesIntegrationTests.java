package org.maillage.matchmaking;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.maillage.MaillageIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.test.tester.ExecutionGraphQlServiceTester;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Distances are real ones, from each actor's premises or else its commune's centre; they order actors that meet the
 * same needs, never lift one that meets none, and far-away ones come after the local ones, marked further afield.
 */
@MaillageIntegrationTest
class RealDistancesIntegrationTests extends MemberRankingTests {

	@Autowired
	ExecutionGraphQlService service;

	private static final String RANKING = """
			query($problem: ID, $needs: [NeedInput!], $near: ID) {
			  matchActors(problem: $problem, needs: $needs, filter: {near: $near}, first: 100) {
			    edges { node { actor { name position { latitude precision } } distanceKm furtherAfield
			      signals { signal score reason } } } } }""";

	@Test
	void nearActorsThatMeetTheNeedComeFirstAndFarOnesApart() {
		signInAsMember();
		String owner = register("Coopérative messine", "57463", null, List.of("01.11Z"), null);
		String problem = addProblem(owner, Map.of("title", "Pelliculage des semences de lupin",
				"needs", List.of(Map.of("kind", "TRADE", "value", "01.64Z"))));
		register("Semencier de Woippy", "57463", Map.of("latitude", 49.151, "longitude", 6.182), List.of("01.64Z"),
				null);
		register("Semencier nancéien", "54395", null, List.of("01.64Z"), null);
		register("Semencier rochelais", "17300", null, List.of("01.64Z"), null);
		// next door and eager, but it does not treat seeds: its words alone must not lift it above any that does
		// (a consultancy: a garden centre, which serves households, would not be listed on words at all)
		register("Conseil agricole messin", "57463", null, List.of("70.22Z"),
				"Pelliculage des semences de lupin : conseils de culture, lupins et semences potagères");

		List<Map<String, Object>> ranked = mine(rank(Map.of("problem", problem)));

		assertThat(ranked).extracting(match -> name(match))
			.containsExactly("Semencier de Woippy", "Semencier nancéien", "Semencier rochelais", "Conseil agricole messin");
		Map<String, Object> nancy = ranked.get(1);
		assertThat(((Number) nancy.get("distanceKm")).doubleValue()).isBetween(40.0, 60.0);
		assertThat(nancy.get("furtherAfield")).isEqualTo(false);
		assertThat(position(nancy)).containsEntry("precision", "COMMUNE");
		assertThat(((Number) position(nancy).get("latitude")).doubleValue()).isBetween(48.6, 48.75);
		assertThat(position(ranked.get(0))).containsEntry("precision", "PRECISE");
		assertThat(ranked.get(2).get("furtherAfield")).isEqualTo(true);
		assertThat(((Number) ranked.get(2).get("distanceKm")).doubleValue()).isGreaterThan(500);
		assertThat(proximity(ranked.get(0))).isGreaterThan(proximity(nancy));
		assertThat(proximity(nancy)).isGreaterThan(proximity(ranked.get(2)));
	}

	@Test
	void farActorsLeadWhenNobodyLocalMeetsTheNeed() {
		signInAsMember();
		register("Semencier rochelais", "17300", null, List.of("01.64Z"), null);
		register("Semencier nancéien", "54395", null, List.of("01.64Z"), null);

		List<Map<String, Object>> nearLaRochelle = seedTreatersNear("commune:17300");
		assertThat(nearLaRochelle).extracting(match -> name(match))
			.containsExactly("Semencier rochelais", "Semencier nancéien");
		assertThat(nearLaRochelle.get(1).get("furtherAfield")).isEqualTo(true);

		List<Map<String, Object>> nearNancy = seedTreatersNear("departement:54");
		assertThat(nearNancy).extracting(match -> name(match))
			.containsExactly("Semencier nancéien", "Semencier rochelais");
	}

	@Test
	void anActorMeetingAStatedNeedInTheProblemsOwnRegionIsNeverFurtherAfield() {
		signInAsMember();
		register("Semencier carolomacérien", "08105", null, List.of("01.64Z"), null);
		register("Semencier bisontin", "25056", null, List.of("01.64Z"), null);

		// Charleville-Mézières is 260 km from Strasbourg, in Grand Est; Besançon nearer, 200 km, but in another région
		List<Map<String, Object>> nearStrasbourg = seedTreatersNear("commune:67482");
		assertThat(nearStrasbourg).extracting(match -> name(match))
			.containsExactly("Semencier carolomacérien", "Semencier bisontin");
		assertThat(((Number) nearStrasbourg.get(0).get("distanceKm")).doubleValue()).isBetween(250.0, 270.0);
		assertThat(nearStrasbourg.get(0).get("furtherAfield")).isEqualTo(false);
		assertThat(((Number) nearStrasbourg.get(1).get("distanceKm")).doubleValue()).isBetween(190.0, 210.0);
		assertThat(nearStrasbourg.get(1).get("furtherAfield")).isEqualTo(true);
	}

	@Test
	void aHeatNetworkBeyondItsReachIsAHintNotANeedMet() {
		signInAsMember();
		String glassworks = register("Verrerie sarregueminoise", "57631", null, List.of("23.13Z"), null);
		String problem = addProblem(glassworks, Map.of("title", "Livrer notre chaleur de récupération",
				"needs", List.of(Map.of("kind", "TRADE", "value", "35.30Z", "essential", true),
						Map.of("kind", "TRADE", "value", "71.12B"))));
		String local = register("Réseau de chaleur sarregueminois", "57631", null, List.of("35.30Z"), null);
		register("Bureau d'études sarregueminois", "57631", null, List.of("71.12B"), null);
		// 90 km away: the trade is exactly the one needed, but its pipes cannot reach the glassworks
		String far = register("Réseau de chaleur déodatien", "88413", Map.of("latitude", 48.291, "longitude", 6.957),
				List.of("35.30Z"), null);

		List<Map<String, Object>> ranked = mine(this.graphQl.document("""
				query($problem: ID) { matchActors(problem: $problem, first: 100) {
				  edges { node { actor { name } distanceKm coverage { strength evidence { detail } } } } } }""")
			.variable("problem", problem)
			.execute()
			.path("matchActors.edges[*].node")
			.entity(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.get());

		assertThat(ranked).extracting(match -> name(match))
			.containsExactly("Réseau de chaleur sarregueminois", "Bureau d'études sarregueminois",
					"Réseau de chaleur déodatien");
		assertThat(((Number) ranked.get(2).get("distanceKm")).doubleValue()).isBetween(85.0, 95.0);
		assertThat(ranked.get(2).get("coverage").toString()).contains("strength=0.4")
			.contains("serves only its surroundings (up to about 50 km)");
		assertThat(ranked.get(0).get("coverage").toString()).contains("strength=1.0").doesNotContain("surroundings");

		// turned round, the far network is not offered the glassworks' problem; the local one is
		assertThat(problemsFor(far)).doesNotContain(problem);
		assertThat(problemsFor(local)).contains(problem);
	}

	@Test
	void explanationsAreInFrenchByDefaultAndInEnglishOnRequest() {
		signInAsMember();
		register("Semencier rochelais", "17300", null, List.of("01.64Z"), null);
		String query = """
				query { matchActors(needs: [{kind: TRADE, value: "01.64Z"}], filter: {near: "commune:57463"}, first: 100) {
				  edges { node { actor { name } explanation } } } }""";
		GraphQlTester french = ExecutionGraphQlServiceTester.builder(this.service)
			.configureExecutionInput((input, builder) -> builder.locale(Locale.FRENCH).build())
			.build();

		List<String> inFrench = explanationOf(french.document(query).execute());
		List<String> inEnglish = explanationOf(this.graphQl.document(query).execute());

		assertThat(inFrench).startsWith("Besoin « Traitement des semences » : son métier principal 01.64Z Traitement des "
				+ "semences relève du métier recherché 01.64Z « Traitement des semences ».");
		assertThat(inFrench).anyMatch(line -> line.matches("Plus loin : à \\d+ km\\."));
		assertThat(inEnglish).startsWith("Need « Traitement des semences »: core trade 01.64Z Traitement des semences is "
				+ "within the needed trade 01.64Z « Traitement des semences ».");
		assertThat(inEnglish).anyMatch(line -> line.matches("Further afield: \\d+ km away\\."));
	}

	@SuppressWarnings("unchecked")
	private List<String> explanationOf(GraphQlTester.Response response) {
		List<Map<String, Object>> matches = response.path("matchActors.edges[*].node")
			.entity(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.get();
		return mine(matches).stream().map(match -> (List<String>) match.get("explanation")).findFirst().orElseThrow();
	}

	/** This caller's actors ranked for a need of seed treaters (01.64Z) alone, distances measured from a territory. */
	private List<Map<String, Object>> seedTreatersNear(String territory) {
		return mine(rank(Map.of("near", territory, "needs", List.of(Map.of("kind", "TRADE", "value", "01.64Z")))));
	}

	private List<Map<String, Object>> rank(Map<String, Object> variables) {
		var request = this.graphQl.document(RANKING);
		for (var variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		return request.execute()
			.path("matchActors.edges[*].node")
			.entity(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.get();
	}

	/** This test's actors only, in ranking order: other tests share the database. */
	private List<Map<String, Object>> mine(List<Map<String, Object>> ranked) {
		return ranked.stream()
			.filter(match -> ((String) ((Map<?, ?>) match.get("actor")).get("name")).endsWith(" " + this.run))
			.toList();
	}

	private String name(Map<String, Object> match) {
		String name = (String) ((Map<?, ?>) match.get("actor")).get("name");
		return name.endsWith(" " + this.run) ? name.substring(0, name.length() - this.run.length() - 1) : name;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> position(Map<String, Object> match) {
		return (Map<String, Object>) ((Map<?, ?>) match.get("actor")).get("position");
	}

	private static double proximity(Map<String, Object> match) {
		return ((List<?>) match.get("signals")).stream()
			.map(signal -> (Map<?, ?>) signal)
			.filter(signal -> "PROXIMITY".equals(signal.get("signal")))
			.mapToDouble(signal -> ((Number) signal.get("score")).doubleValue())
			.findFirst()
			.orElseThrow();
	}

	private String register(String name, String commune, Map<String, Object> location, List<String> trades,
			String description) {
		Map<String, Object> input = new java.util.HashMap<>(Map.of("kind", "COMPANY", "sector", "PRIVATE", "name",
				name + " " + this.run, "commune", commune, "coreTrades", trades));
		if (location != null) {
			input.put("location", location);
		}
		if (description != null) {
			input.put("description", description);
		}
		return registerActor(input);
	}

}
