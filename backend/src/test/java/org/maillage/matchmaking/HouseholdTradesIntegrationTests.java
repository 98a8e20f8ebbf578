package org.maillage.matchmaking;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.maillage.MaillageIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shop, a restaurant, a garage or a car wash that meets none of a problem's needs is not listed for the words it
 * shares with it: those words are about its customers. Meeting a need lists it like anyone, but a know-how need read
 * from the problem's words, which it meets by the same words.
 */
@MaillageIntegrationTest
class HouseholdTradesIntegrationTests extends MemberRankingTests {

	@Test
	void aCarWashSharingTheProblemsWordsIsNoLeadUnlessItMeetsANeed() {
		signInAsMember();
		String dairy = register("Fromagerie de l'Aire", "10.51C", "Fromages affinés au lait cru.");
		register("Station d'épuration de l'Aire", "37.00Z", "Collecte et traitement des eaux usées.");
		register("Bureau d'études de l'Aire", "71.12B",
				"Traitement des eaux de lavage industrielles et des effluents.");
		String carWash = register("Station de lavage de l'Aire", "45.20B",
				"Lavage automobile : nos eaux de lavage sont traitées et recyclées, sans rejet d'effluents.");

		String effluents = addProblem(dairy, Map.of("title", "Traiter nos eaux de lavage et nos effluents",
				"needs", List.of(Map.of("kind", "TRADE", "value", "37.00Z", "essential", true))));
		assertThat(listed(effluents)).containsExactly("Station d'épuration de l'Aire", "Bureau d'études de l'Aire");
		// turned round, the car wash is not offered the dairy's problem, though its know-how names what it says
		this.graphQl.document("mutation($input: AddKnowHowInput!) { addKnowHow(input: $input) { knowHow { id } } }")
			.variable("input", Map.of("actorId", carWash, "name", "Traitement des eaux de lavage et des effluents",
					"visibility", "PUBLIC"))
			.execute()
			.path("addKnowHow.knowHow.id")
			.hasValue();
		assertThat(problemsFor(carWash)).doesNotContain(effluents);

		String fleet = addProblem(dairy, Map.of("title", "Laver nos camions de collecte du lait",
				"needs", List.of(Map.of("kind", "TRADE", "value", "45.20B"))));
		assertThat(listed(fleet)).first().isEqualTo("Station de lavage de l'Aire");
	}

	/**
	 * A problem without stated needs has a know-how need read from its words: a car wash whose description uses them
	 * meets it by those words alone, which are still about its customers.
	 */
	@Test
	void aCarWashMeetingOnlyAKnowHowNeedReadFromTheProblemsWordsIsNoLead() {
		signInAsMember();
		String cannery = register("Légumerie du Barrois", "10.39A", "Légumes épluchés et conserves.");
		register("Ingénierie des effluents du Barrois", "71.12B",
				"Traitement et recyclage des eaux de lavage de légumes, décantation des boues d'épluchage.");
		register("Lavage auto du Barrois", "45.20B",
				"Station de lavage : nos eaux de lavage sont décantées et recyclées, sans rejet au réseau.");

		String waters = addProblem(cannery, Map.of("title", "Recycler nos eaux de lavage des légumes"));
		assertThat(listed(waters)).contains("Ingénierie des effluents du Barrois")
			.doesNotContain("Lavage auto du Barrois");
	}

	private String register(String name, String trade, String description) {
		Map<String, Object> input = new HashMap<>(Map.of("kind", "COMPANY", "sector", "PRIVATE", "name",
				name + " " + this.run, "commune", "55545", "coreTrades", List.of(trade), "description", description));
		return registerActor(input);
	}

}
