package org.maillage.matchmaking;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.maillage.MaillageIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An equipment category is broad: a wine lab's analysers and a rock mechanics lab's press are both
 * LABORATORY_ANALYSIS. An actor that describes itself in words almost none of which the problem uses, or only one of
 * them, does not meet a category need by an item of that category; one known without a description still does, and so does every holder
 * when the request has no words at all (docs/matchmaking.md, "Equipment of the category needed").
 */
@MaillageIntegrationTest
class EquipmentCategoryAloneIntegrationTests extends MemberRankingTests {

	@Test
	void anItemOfTheCategoryMeetsTheNeedWhenTheActorsWordsDoNotSayOtherwise() {
		signInAsMember();
		String quarry = register("Carrières du Madon", "Extraction de pierre de taille en galeries.", null);
		register("Géotechnique du Madon", "Mesure de la stabilité des galeries souterraines et des fronts de taille.",
				"Presse triaxiale pour roches");
		register("Œnologie du Madon", "Dégustation et contrôle des vins pour les vignerons : degré, acidité, sulfites.",
				"Chaîne de dosage des vins");
		register("Établissement d'essais du Madon", null, "Banc d'essais");

		String problem = addProblem(quarry, Map.of("title", "Mesurer la stabilité des galeries de notre carrière",
				"needs", List.of(Map.of("kind", "EQUIPMENT_CATEGORY", "value", "LABORATORY_ANALYSIS"))));
		assertThat(listed(problem)).containsExactly("Géotechnique du Madon", "Établissement d'essais du Madon");
	}

	@Test
	void oneWordInCommonIsNotEnough() {
		signInAsMember();
		String quarry = register("Carrières de la Mortagne", "Extraction de pierre de taille en galeries.", null);
		register("Géotechnique de la Mortagne", "Stabilité des galeries souterraines et des fronts de taille.",
				"Presse triaxiale pour roches");
		// « carrières » is the one word it shares with the problem: it weighs enough beside the best candidate's few
		// words to pass the category's floor, but says nothing of what its balances could do for the galleries
		register("Métrologie de la Mortagne", "Étalonnage des balances et des bascules des carrières et des silos.",
				"Banc d'étalonnage des masses");

		String problem = addProblem(quarry, Map.of("title", "Mesurer la stabilité des galeries de notre carrière",
				"needs", List.of(Map.of("kind", "EQUIPMENT_CATEGORY", "value", "LABORATORY_ANALYSIS"))));
		MatchOf metrology = matchOf(problem, "Métrologie de la Mortagne");
		assertThat(metrology.evidence()).singleElement()
			.asString()
			.endsWith(": a hint, not a need met, as its texts use too few of the problem’s words");
		assertThat(metrology.needCoverage()).containsExactly(0.0);
		assertThat(listed(problem)).startsWith("Géotechnique de la Mortagne");
	}

	@Test
	void withoutWordsToShareAnItemOfTheCategoryMeetsTheNeed() {
		signInAsMember();
		register("Œnologie de la Vezouze", "Dégustation et contrôle des vins pour les vignerons.",
				"Chaîne de dosage des vins");
		assertThat(listedFor(List.of(Map.of("kind", "EQUIPMENT_CATEGORY", "value", "LABORATORY_ANALYSIS"))))
			.contains("Œnologie de la Vezouze");
	}

	private String register(String name, String description, String laboratoryItem) {
		Map<String, Object> input = new HashMap<>(Map.of("kind", "COMPANY", "sector", "PRIVATE", "name",
				name + " " + this.run, "commune", "54395", "coreTrades", List.of("71.20B")));
		if (description != null) {
			input.put("description", description);
		}
		if (laboratoryItem != null) {
			input.put("equipment", List.of(Map.of("name", laboratoryItem, "category", "LABORATORY_ANALYSIS",
					"visibility", "PUBLIC")));
		}
		return registerActor(input);
	}

}
