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
		String problem = communeProblem("Commune de la Haye", "Protéger nos forêts communales",
				"débroussaillage des forêts contre les " + fire + "s",
				actor("Débroussailleurs de la Haye",
						"Débroussaillage des sous-bois et des lisières de forêts privées et communales."),
				actor("Extincteurs de la Haye", "Extincteurs, protection " + fire + "."));

		assertThat(listed(problem)).containsExactly("Débroussailleurs de la Haye");
	}

	@Test
	void anActorListedByItsWordsIsToldItsOneWordIsAHintThatMeetsNoNeed() {
		signInAsMember();
		String fire = ownWord("incendor");
		String problem = communeProblem("Commune du Madon", "Entretenir les pare-feux et les pistes de nos massifs",
				"débroussaillage contre les " + fire + "s", actor("Sapeurs du Madon",
						"Entretien des pare-feux et des pistes de nos massifs, avant l'été et ses " + fire + "s."));

		MatchOf sapeurs = matchOf(problem, "Sapeurs du Madon");
		assertThat(sapeurs.evidence()).singleElement()
			.asString()
			.endsWith(": a hint, not a need met, as its description uses only one of the need’s words");
		// and its score counts no need met, nor does its reason: a hint weighs in its words in common only
		assertThat(sapeurs.needCoverage()).containsExactly(0.0);
		assertThat(sapeurs.needCoverageReason()).containsExactly("meets none of the 1 needs");
	}

	@Test
	void theEvidenceQuotesTheWordsOfTheDescriptionThatMetTheNeedNotOneOfTheName() {
		signInAsMember();
		String backup = ownWord("secourit");
		String problem = communeProblem("Commune de Maxéville", "Garder nos cantines ouvertes", "cantines de " + backup,
				actor("Cantines de Maxéville", "Cantines scolaires et " + backup + " pour les écoles."));

		String cantines = "matchActors.edges[?(@.node.actor.name == 'Cantines de Maxéville " + this.run
				+ "')].node.coverage[*].evidence[*]";
		var response = this.graphQl.document("""
				query($problem: ID) { matchActors(problem: $problem, first: 100) {
				  edges { node { actor { name } coverage { evidence { kind field matchedWords } } } } } }""")
			.variable("problem", problem)
			.execute();
		assertThat(response.path(cantines + ".field").entityList(String.class).get()).containsExactly("DESCRIPTION");
		assertThat(response.path(cantines + ".matchedWords[*]").entityList(String.class).get())
			.containsExactly("Cantines", backup);
	}

	/**
	 * A commune with a problem of this title needing this know-how, registered after these actors of the same commune
	 * (so that the need's words are counted with theirs); the problem's id.
	 */
	@SafeVarargs
	private String communeProblem(String commune, String title, String knowHow, Map<String, Object>... actors) {
		String owner = registerActor(actor(commune, null));
		for (Map<String, Object> one : actors) {
			registerActor(one);
		}
		return addProblem(owner, Map.of("title", title, "needs", List.of(Map.of("kind", "KNOW_HOW", "value", knowHow))));
	}

	private Map<String, Object> actor(String name, String description) {
		return description == null
				? Map.of("kind", "PUBLIC_BODY", "sector", "PUBLIC", "name", name + " " + this.run, "commune", "54395")
				: Map.of("kind", "COMPANY", "sector", "PRIVATE", "name", name + " " + this.run, "commune", "54395",
						"description", description);
	}

}
