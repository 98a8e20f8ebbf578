package org.maillage.matchmaking;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.maillage.MaillageIntegrationTest;

import org.springframework.core.ParameterizedTypeReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Evidence found by words says which words, and in which field of which item or actor. */
@MaillageIntegrationTest
class TextEvidenceIntegrationTests extends MemberRankingTests {

	@Test
	void aTextMatchSaysWhichWordsItFoundAndWhere() {
		signInAsMember();
		// a word of this test's own, so that other tests' actors sharing the database neither outrank nor crowd it
		String seed = "lupinel" + this.run.replaceAll("\\d", "");
		register(Map.of("kind", "COMPANY", "sector", "PRIVATE", "name", "Atelier du Warndt " + this.run,
				"commune", "57463", "knowHow", List.of(Map.of("name", "Pelliculage de graines de " + seed,
						"description", "Enrobage à façon", "visibility", "PUBLIC"))));
		register(Map.of("kind", "ASSOCIATION", "sector", "NON_PROFIT", "name", "Semences paysannes " + this.run,
				"commune", "57463", "description", "Conseil en pelliculage des graines, " + seed + " compris."));

		List<Map<String, Object>> evidence = this.graphQl.document("""
				query($sought: String!) { matchActors(needs: [{kind: KNOW_HOW, value: $sought}],
				  filter: {near: "commune:57463"}, first: 100) { edges { node { actor { name }
				    coverage { evidence { kind label detail matchedWords field } } } } } }""")
			.variable("sought", "pelliculage " + seed)
			.execute()
			.path("matchActors.edges[*].node")
			.entity(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.get()
			.stream()
			.filter(match -> ((String) ((Map<?, ?>) match.get("actor")).get("name")).endsWith(this.run))
			.flatMap(match -> ((List<?>) match.get("coverage")).stream())
			.flatMap(covered -> ((List<?>) ((Map<?, ?>) covered).get("evidence")).stream())
			.map(item -> {
				@SuppressWarnings("unchecked")
				Map<String, Object> map = (Map<String, Object>) item;
				return map;
			})
			.toList();

		assertThat(evidence).filteredOn(item -> "KNOW_HOW".equals(item.get("kind")))
			.singleElement()
			.satisfies(item -> {
				assertThat(item.get("matchedWords")).isEqualTo(List.of("Pelliculage", seed));
				assertThat(item.get("field")).isEqualTo("NAME");
				assertThat((String) item.get("detail")).isEqualTo("offers know-how « Pelliculage de graines de " + seed
						+ " », whose name uses « Pelliculage », « " + seed + " » of « pelliculage " + seed + " »");
			});
		assertThat(evidence).filteredOn(item -> "DESCRIPTION".equals(item.get("kind")))
			.singleElement()
			.satisfies(item -> {
				assertThat(item.get("matchedWords")).isEqualTo(List.of("pelliculage", seed));
				assertThat(item.get("field")).isEqualTo("DESCRIPTION");
			});
	}

	private void register(Map<String, Object> input) {
		this.graphQl.document("mutation($input: RegisterActorInput!) { registerActor(input: $input) { actor { id } } }")
			.variable("input", input)
			.execute()
			.path("registerActor.actor.id")
			.hasValue();
	}

}
