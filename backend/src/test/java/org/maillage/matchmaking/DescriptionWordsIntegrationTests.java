package org.maillage.matchmaking;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.maillage.MaillageIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An actor's own description meets a know-how need of several words when it uses two of them: one rare word of it,
 * used in another sense, is no evidence (docs/matchmaking.md, "Two words of a need in an actor's own description").
 */
@MaillageIntegrationTest
class DescriptionWordsIntegrationTests extends MemberRankingTests {

	@Test
	void anActorsDescriptionMeetsANeedWithTwoOfItsWordsNotWithOne() {
		signInAsMember();
		// a word of this test's own, used by its actors only: rare, so that one of it alone is sought as evidence
		String fire = ownWord("incendal");
		String commune = registerActor(actor("Commune de la Haye", null));
		registerActor(actor("Débroussailleurs de la Haye",
				"Débroussaillage des sous-bois et des lisières de forêts privées et communales."));
		registerActor(actor("Extincteurs de la Haye",
				"Extincteurs, protection " + fire + "."));

		String problem = addProblem(commune, Map.of("title", "Protéger nos forêts communales", "needs",
				List.of(Map.of("kind", "KNOW_HOW", "value", "débroussaillage des forêts contre les " + fire + "s"))));

		assertThat(listed(problem)).containsExactly("Débroussailleurs de la Haye");
	}

	@Test
	void anActorListedByItsWordsIsToldItsOneWordIsAHint() {
		signInAsMember();
		String fire = ownWord("incendor");
		String commune = registerActor(actor("Commune du Madon", null));
		registerActor(actor("Sapeurs du Madon",
				"Entretien des pare-feux et des pistes de nos massifs, avant l'été et ses " + fire + "s."));

		String problem = addProblem(commune, Map.of("title", "Entretenir les pare-feux et les pistes de nos massifs",
				"needs", List.of(Map.of("kind", "KNOW_HOW", "value", "débroussaillage contre les " + fire + "s"))));

		List<String> details = this.graphQl.document("""
				query($problem: ID) { matchActors(problem: $problem, first: 100) {
				  edges { node { actor { name } coverage { evidence { detail } } } } } }""")
			.variable("problem", problem)
			.execute()
			.path("matchActors.edges[?(@.node.actor.name == 'Sapeurs du Madon " + this.run
					+ "')].node.coverage[*].evidence[*].detail")
			.entityList(String.class)
			.get();
		assertThat(details).singleElement()
			.asString()
			.endsWith(": a hint, not a need met, as its description uses only one of the need’s words");
	}

	private Map<String, Object> actor(String name, String description) {
		return description == null
				? Map.of("kind", "PUBLIC_BODY", "sector", "PUBLIC", "name", name + " " + this.run, "commune", "54395")
				: Map.of("kind", "COMPANY", "sector", "PRIVATE", "name", name + " " + this.run, "commune", "54395",
						"description", description);
	}

}
