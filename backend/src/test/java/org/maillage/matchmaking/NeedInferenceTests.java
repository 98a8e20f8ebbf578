package org.maillage.matchmaking;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How much a problem's text names a NAF label, for needs inferred from text: rare words weigh, common ones do not. */
class NeedInferenceTests {

	private final LabelRarity rarity = new LabelRarity(List.of("Traitement des semences",
			"Traitement et élimination des déchets dangereux", "Traitement et revêtement des métaux",
			"Traitement de données, hébergement et activités connexes", "Services des traiteurs",
			"Édition de livres", "Transformation et conservation de pommes de terre",
			"Fabrication de matériaux de construction en terre cuite", "Sciage et rabotage du bois",
			"Fabrication de charpentes et d'autres menuiseries", "Récupération de déchets triés",
			"Commerce de détail de livres en magasin spécialisé",
			"Activités des organisations et organismes extraterritoriaux",
			"Fabrication d'équipements électriques et électroniques automobiles", "Pêche", "Décolletage"));

	@Test
	void oneCommonWordOrAShortStemIsNotWhatTheProblemIsAbout() {
		assertThat(confidence("Traitement des semences", "Traitement thermique des aimants usagés")).isZero();
		assertThat(confidence("Services des traiteurs", "Traitement thermique des aimants usagés")).isZero();
		assertThat(confidence("Édition de livres", "Livrer nos clients chaque semaine")).isZero();
		assertThat(confidence("Transformation et conservation de pommes de terre",
				"Pénurie d'aimants aux terres rares")).isZero();
		assertThat(confidence("Fabrication de charpentes et d'autres menuiseries",
				"Nos menuiseries sont anciennes. Il faudra aussi revoir toute la charpente du hangar d'ici dix ans."))
			.as("words far apart").isZero();
	}

	@Test
	void oneWordOfTheTextIsOneWordOfTheLabel() {
		assertThat(confidence("Activités des organisations et organismes extraterritoriaux",
				"Nous cherchons des organismes de formation, et des organismes financeurs")).isZero();
		assertThat(confidence("Fabrication d'équipements électriques et électroniques automobiles",
				"Nos moteurs électriques")).isZero();
		assertThat(this.rarity.match("Fabrication d'équipements électriques et électroniques automobiles",
				"Des équipements électriques et électroniques pour véhicules").words())
			.containsExactly("équipements", "électriques", "électroniques");
	}

	@Test
	void theLabelsRareWordsInTheTextAre() {
		LabelRarity.Match sawing = this.rarity.match("Sciage et rabotage du bois",
				"Débouchés : sciage et séchage, bois de construction");
		assertThat(sawing.confidence()).isGreaterThanOrEqualTo(0.5);
		assertThat(sawing.words()).containsExactly("sciage", "bois");
		assertThat(confidence("Récupération de déchets triés", "Récupération et tri des déchets du bâtiment"))
			.isGreaterThanOrEqualTo(0.5);
	}

	@Test
	void aLabelOfOneWordIsNamedByATextThatUsesItTwice() {
		assertThat(confidence("Pêche", "Loger les saisonniers de la récolte des abricots et des pêches")).isZero();
		assertThat(confidence("Décolletage", "Nous cherchons un sous-traitant en décolletage : nos décolleteuses "
				+ "sont saturées et le décolletage de petites séries attend")).isEqualTo(1.0);
	}

	private double confidence(String label, String text) {
		return this.rarity.match(label, text).confidence();
	}

}
