package org.maillage.matchmaking;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.maillage.MaillageIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shop, a restaurant, a garage, a car wash or a dentist that meets none of a problem's needs is not listed for the words it
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

	/**
	 * A dentist's words are about its patients: « l'érosion dentaire et le recul des gencives » share two words with a
	 * receding dune and say nothing of it. A doctors' practice asked for by its trade is listed.
	 */
	@Test
	void aDentistSharingTheProblemsWordsIsNoLeadButADoctorsPracticeAskedForIs() {
		signInAsMember();
		String coast = register("Communauté du littoral de l'Aire", "84.11Z", "Intercommunalité littorale.");
		register("Géomètres du littoral de l'Aire", "71.12A",
				"Suivi du recul du trait de côte et de l'érosion des dunes par levés topographiques.");
		register("Cabinet dentaire de l'Aire", "86.23Z",
				"Soins dentaires ; prise en charge de l'érosion dentaire et du recul des gencives.");
		register("Maison de santé de l'Aire", "86.21Z", "Médecins généralistes et infirmiers.");

		String dune = addProblem(coast, Map.of("title", "Faire face au recul et à l'érosion de notre dune"));
		assertThat(listed(dune)).contains("Géomètres du littoral de l'Aire")
			.doesNotContain("Cabinet dentaire de l'Aire");
		String doctors = addProblem(coast, Map.of("title", "Faire venir des médecins sur notre littoral",
				"needs", List.of(Map.of("kind", "TRADE", "value", "86.21Z"))));
		assertThat(listed(doctors)).first().isEqualTo("Maison de santé de l'Aire");
	}

	/**
	 * A shop's interest in a problem's topic is its customers' interest: an air purifier shop that follows « qualité
	 * de l'air intérieur » is no lead on radon in schools, where a ventilation firm following the same topic is.
	 */
	@Test
	void aShopInterestedInTheProblemsTopicIsNoLeadButAFirmOfAnotherTradeIs() {
		signInAsMember();
		String commune = register("Communauté des monts de l'Aire", "84.11Z", "Intercommunalité rurale.");
		String topic = "qualité de l'air intérieur " + this.run;
		String ventilation = register("Ventilation de l'Aire", "43.22B", "Ventilation mécanique des bâtiments.", topic);
		String shop = register("Purificateurs de l'Aire", "47.54Z", "Vente de purificateurs d'air.", topic);

		String radon = addProblem(commune, Map.of("title", "Faire baisser le radon dans nos écoles",
				"needs", List.of(Map.of("kind", "TOPIC", "value", topic))));
		assertThat(listed(radon)).contains("Ventilation de l'Aire").doesNotContain("Purificateurs de l'Aire");
		assertThat(problemsFor(ventilation)).contains(radon);
		assertThat(problemsFor(shop)).doesNotContain(radon);
	}

	private String register(String name, String trade, String description) {
		return registerActor(company(name, trade, description));
	}

	/** A company of this trade that follows this topic, publicly. */
	private String register(String name, String trade, String description, String topic) {
		Map<String, Object> input = company(name, trade, description);
		input.put("topics", List.of(Map.of("topic", topic, "visibility", "PUBLIC")));
		return registerActor(input);
	}

	private Map<String, Object> company(String name, String trade, String description) {
		return new HashMap<>(Map.of("kind", "COMPANY", "sector", "PRIVATE", "name", name + " " + this.run, "commune",
				"55545", "coreTrades", List.of(trade), "description", description));
	}

}
