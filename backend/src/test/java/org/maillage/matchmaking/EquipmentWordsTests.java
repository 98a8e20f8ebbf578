package org.maillage.matchmaking;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.maillage.actor.Need;

import static org.assertj.core.api.Assertions.assertThat;

/** Equipment inferred from a problem's words: the words that name a category, not those that only begin like them. */
class EquipmentWordsTests {

	@Test
	void aWordThatOnlyBeginsLikeACategorysWordNamesNothing() {
		assertThat(categories("Trouver des fournisseurs locaux",
				"Nos fournitures viennent de loin ; une fourchette de prix raisonnable.")).isEmpty();
		assertThat(categories("Caractéristiques des emballages", "Conserver nos emplois dans la vallée")).isEmpty();
		assertThat(categories("Trimestre difficile", "Le tribunal a tranché.")).isEmpty();
	}

	@Test
	void publicTransportCarriesPeopleNotGoods() {
		assertThat(categories("Faire venir nos salariés en horaires postés sans transport en commun",
				"Pas de transports en commun la nuit ; du transport à la demande serait une piste.")).isEmpty();
		assertThat(categories("Transport de nos palettes", "Livraison en 24 heures dans tout le Grand Est"))
			.containsExactly("LOGISTICS_TRANSPORT");
	}

	@Test
	void heatThatIsTheWeatherIsNoEnergy() {
		assertThat(categories("Protéger les élèves de nos écoles pendant les vagues de chaleur",
				"Lors des fortes chaleurs, les cours forment des îlots de chaleur.")).isEmpty();
		assertThat(categories("Valoriser la chaleur fatale de nos fours", "Une vague de chaleur l'été."))
			.contains("ENERGY");
	}

	@Test
	void theWordsOfACategoryStillNameIt() {
		List<Need> needs = inferred("Four de fusion pour aimants", "Nos fours sont saturés ; la fonderie voisine ferme.");
		assertThat(needs).extracting(Need::value).containsExactly("FURNACE_THERMAL");
		assertThat(needs.get(0).inferredFrom()).containsExactly("four", "fonderie", "fusion");
		assertThat(needs.get(0).confidence()).isEqualTo(1.0);
		assertThat(categories("Tri des déchets de notre ligne d’assemblage", "Un centre de tri")).containsExactlyInAnyOrder(
				"RECYCLING_SORTING", "PRODUCTION_LINE");
	}

	@Test
	void instrumentsNamedByTheirMethodNameTheirCategory() {
		List<Need> needs = inferred("Contrôler par radioscopie et tomographie nos pièces moulées",
				"Un contrôle radiographique à 100 % ; ni générateur à rayons X ni tomographe chez nous.");
		assertThat(needs).extracting(Need::value).containsExactly("LABORATORY_ANALYSIS");
		assertThat(needs.get(0).inferredFrom()).containsExactly("radiographique", "radioscopie", "tomographie");
	}

	@Test
	void oneWordInPassingIsBelowTheThreshold() {
		assertThat(categories("Recruter des soudeurs", "Notre atelier de tournage recrute.")).isEmpty();
		assertThat(EquipmentWords.inferred("Recruter des soudeurs", "Notre atelier de tournage recrute.", List.of(), 0.3))
			.extracting(Need::value)
			.containsExactly("MACHINING");
	}

	@Test
	void neverACategoryOfTheOwnersOwnEquipment() {
		assertThat(EquipmentWords.inferred("Chaleur fatale de nos fours verriers", "Four à 1 500 °C, fusion du verre.",
				List.of("FURNACE_THERMAL"), 0.4)).extracting(Need::value).containsExactly("ENERGY");
	}

	/** The equipment a problem's text names, for an owner with no equipment, at the default threshold. */
	private static List<Need> inferred(String title, String description) {
		return EquipmentWords.inferred(title, description, List.of(), 0.4);
	}

	private static List<String> categories(String title, String description) {
		return inferred(title, description).stream().map(Need::value).toList();
	}

}
