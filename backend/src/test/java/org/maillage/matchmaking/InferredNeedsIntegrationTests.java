package org.maillage.matchmaking;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.maillage.MaillageIntegrationTest;

import org.springframework.core.ParameterizedTypeReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Needs inferred from a problem's text say which words suggested them and how sure the inference is; the problem's
 * own actor's trade is never inferred as its need, nor a trade from one of its words alone.
 */
@MaillageIntegrationTest
class InferredNeedsIntegrationTests extends MemberRankingTests {

	@Test
	void inferredNeedsShowTheirWordsAndConfidenceAndNeverTheOwnersTrade() {
		signInAsMember();
		// a wholesaler of fruit and vegetables, whose problem naturally speaks of fruit and vegetables
		String owner = this.graphQl.document("""
				mutation { registerActor(input: {kind: COMPANY, sector: PRIVATE, name: "Primeurs de Moselle %s",
				  commune: "57463", coreTrades: ["46.31Z"]}) { actor { id } } }""".formatted(this.run))
			.execute()
			.path("registerActor.actor.id")
			.entity(String.class)
			.get();
		String problem = addProblem(owner, Map.of("title", "Invendus de fruits et légumes à chaque fin de semaine",
				"description", "Nos fruits et légumes invendus partent à la benne ; il nous faut les garder au froid et les livrer à des conserveries ou des associations, en camion frigorifique."));

		List<Map<String, Object>> needs = this.graphQl.document("""
				query($p: ID!) { matchActors(problem: $p, first: 1) {
				  needs { kind value inferred inferredFrom confidence } } }""")
			.variable("p", problem)
			.execute()
			.path("matchActors.needs")
			.entity(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.get();

		assertThat(needs).isNotEmpty().allSatisfy(need -> {
			assertThat(need.get("inferred")).isEqualTo(true);
			assertThat((List<?>) need.get("inferredFrom")).isNotEmpty();
			assertThat(((Number) need.get("confidence")).doubleValue()).isBetween(0.4, 1.0);
		});
		assertThat(needs).extracting(need -> need.get("value"))
			.as("its own trade, 46.31, is not what it asks for; \"livrer\" does not make book publishing (58.11)")
			.noneMatch(value -> ((String) value).startsWith("46.3") || ((String) value).startsWith("58.1"))
			.contains("COLD_STORAGE");
		assertThat(needs).filteredOn(need -> "COLD_STORAGE".equals(need.get("value")))
			.first()
			.satisfies(need -> assertThat(need.get("inferredFrom")).isEqualTo(List.of("froid", "frigorifique")));
	}

}
