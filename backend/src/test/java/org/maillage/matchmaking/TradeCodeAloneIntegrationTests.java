package org.maillage.matchmaking;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.maillage.MaillageIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A NAF code is one broad class: a car inspection centre and a materials-testing lab are both 71.20, and even one
 * subclass holds many trades (every engineering office is 71.12B). An actor that describes itself in words none of
 * which the problem uses, or only one of them, does not meet a trade need by its code alone, unless the need names one subclass asked for
 * itself (essential, or the only need); one known by its code alone (an establishment imported without a description)
 * still does, and so does every holder when the request has no words at all.
 */
@MaillageIntegrationTest
class TradeCodeAloneIntegrationTests extends MemberRankingTests {

	@Test
	void aCodeMeetsATradeNeedWhenTheActorsWordsDoNotSayOtherwise() {
		signInAsMember();
		String foundry = register("Fonderie du Madon", "24.53Z", "Pièces en aluminium moulé sous pression.");
		register("Contrôle technique du Madon", "71.20A",
				"Visites périodiques des voitures particulières et des utilitaires légers.");
		register("Laboratoire d'essais du Madon", "71.20B",
				"Radiographie industrielle et tomographie de pièces moulées en aluminium.");
		register("Établissement 71.20B du Madon", "71.20B", null);

		String testing = addProblem(foundry, Map.of("title", "Radiographier nos pièces en aluminium moulé",
				"needs", List.of(Map.of("kind", "TRADE", "value", "71.20", "essential", true))));
		assertThat(listed(testing)).containsExactly("Laboratoire d'essais du Madon", "Établissement 71.20B du Madon");
	}

	@Test
	void oneWordInCommonIsNotEnough() {
		signInAsMember();
		String foundry = register("Fonderie de la Mortagne", "24.53Z", "Pièces moulées sous pression.");
		register("Laboratoire d'essais de la Mortagne", "71.20B", "Radiographie industrielle de pièces en aluminium.");
		// « aluminium » is the one word it shares with the problem, which has few: a car inspection centre all the same
		register("Contrôle technique de la Mortagne", "71.20A", "Visites des voitures, jantes en aluminium comprises.");

		String testing = addProblem(foundry, Map.of("title", "Radiographier nos pièces en aluminium", "needs",
				List.of(Map.of("kind", "TRADE", "value", "71.20", "essential", true))));
		assertThat(listed(testing)).containsExactly("Laboratoire d'essais de la Mortagne");
	}

	@Test
	void oneSubclassIsManyTradesToo() {
		signInAsMember();
		String dam = register("Hydroélectricité du Madon", "35.11Z", "Centrale au fil de l'eau et son barrage.");
		register("Structures béton du Madon", "71.12B",
				"Calcul de structures en béton armé pour les bâtiments et les ouvrages d'art.");
		register("Hydraulique fluviale du Madon", "71.12B",
				"Études du transport des sédiments et des chasses de retenues.");

		// the code beside the essential know-how says whom one might expect, not what is sought
		String flushing = addProblem(dam, Map.of("title", "Chasser les sédiments de notre retenue", "needs",
				List.of(Map.of("kind", "KNOW_HOW", "value", "gestion des sédiments de retenues", "essential", true),
						Map.of("kind", "TRADE", "value", "71.12B"))));
		assertThat(listed(flushing)).containsExactly("Hydraulique fluviale du Madon");
		// asked for itself, it is what is sought
		String engineering = addProblem(dam, Map.of("title", "Chasser les sédiments de notre retenue", "needs",
				List.of(Map.of("kind", "TRADE", "value", "71.12B", "essential", true))));
		assertThat(listed(engineering)).containsExactlyInAnyOrder("Hydraulique fluviale du Madon",
				"Structures béton du Madon");
	}

	@Test
	void withoutWordsToShareACodeMeetsATradeNeed() {
		signInAsMember();
		register("Contrôle technique de la Vezouze", "71.20A",
				"Visites périodiques des voitures particulières et des utilitaires légers.");
		register("Laboratoire d'essais de la Vezouze", "71.20B", "Radiographie industrielle de pièces moulées.");
		assertThat(listedFor(List.of(Map.of("kind", "TRADE", "value", "71.20"))))
			.contains("Contrôle technique de la Vezouze", "Laboratoire d'essais de la Vezouze");
	}

	private String register(String name, String trade, String description) {
		Map<String, Object> input = new HashMap<>(Map.of("kind", "COMPANY", "sector", "PRIVATE", "name",
				name + " " + this.run, "commune", "54395", "coreTrades", List.of(trade)));
		if (description != null) {
			input.put("description", description);
		}
		return registerActor(input);
	}

}
