package org.maillage.matchmaking;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The words a problem is searched by: what it says it seeks is never cut off by a long description. */
class ProblemWordsTests {

	private static final String LONG_ACCOUNT = "Douze de nos camions restent au parc faute de conducteurs, et un tiers "
			+ "de nos chauffeurs partira en retraite d'ici cinq ans. Les tournées de messagerie régionale reprennent "
			+ "chaque matin depuis l'entrepôt proche de l'échangeur, avec des tracteurs récents, des porteurs "
			+ "frigorifiques, des semi-remorques bâchées et une plateforme de cross-dock ouverte jour et nuit, "
			+ "six jours sur sept, pour des industriels, des distributeurs, des coopératives agricoles et des "
			+ "grossistes alimentaires de toute la région. ";

	@Test
	void theSentenceSayingWhatIsSoughtComesRightAfterTheTitleHoweverLongTheDescription() {
		ProblemWords words = ProblemWords.of("Recruter et former nos futurs chauffeurs",
				LONG_ACCOUNT + "Nous cherchons des écoles de conduite poids lourds et des organismes de formation.");

		assertThat(words.words()).startsWith("recruter", "former", "futurs", "chauffeurs", "cherchons", "écoles",
				"conduite", "poids", "lourds", "organismes", "formation");
		assertThat(words.words()).hasSize(ProblemWords.LIMIT).contains("douze", "camions");
		assertThat(words.stressed()).isEqualTo(11);
	}

	@Test
	void everyWayOfSayingItIsHeard() {
		assertThat(ProblemWords.of("Titre", "Un contexte. Nous avons besoin d'un audit.").words())
			.containsSequence("titre", "besoin", "audit", "contexte");
		assertThat(ProblemWords.of("Titre", "Un contexte. Il faut broyer les pales.").words())
			.containsSequence("titre", "faut", "broyer", "pales", "contexte");
		assertThat(ProblemWords.of("Titre", "Un contexte.\nNous recherchons un laboratoire.").words())
			.containsSequence("titre", "recherchons", "laboratoire", "contexte");
	}

	@Test
	void withoutSuchASentenceOnlyTheTitleIsStressedAndTheDescriptionKeepsItsOrder() {
		ProblemWords words = ProblemWords.of("Chaleur fatale des fours", "Nos fours verriers rejettent de la chaleur.");

		assertThat(words.words()).containsExactly("chaleur", "fatale", "fours", "verriers", "rejettent");
		assertThat(words.stressed()).isEqualTo(3);
		assertThat(ProblemWords.of("Chaleur fatale", null).words()).containsExactly("chaleur", "fatale");
	}


	@Test
	void theNamesOfItsOwnPlaceAreNoWordsOfTheSubject() {
		ProblemWords words = ProblemWords.of("Acheminer les prélèvements jusqu'au laboratoire de Rodez",
				"Nos sites de l'Aveyron sont loin. Nous cherchons des coursiers. La crue de la Saône nous inquiète.")
			.without(List.of("Rodez", "Aveyron", "Occitanie", "Saône-et-Loire"));
		assertThat(words.words()).containsExactly("acheminer", "prélèvements", "laboratoire", "cherchons",
				"coursiers", "sites", "loin", "crue", "saône", "inquiète");
		assertThat(words.stressed()).isEqualTo(5);
	}
	@Test
	void theWordsOfATownsNameOfSeveralPartsAreNoWordsOfTheSubjectUnlessTheTextUsesThemAlone() {
		List<String> names = ProblemWords.names(
				"Faire face au recul du cordon dunaire entre Saint-Jean-de-Monts et Notre-Dame-de-Monts",
				"La dune recule. Sous-traitance possible.", List.of("Saint-Jean-de-Monts", "Vendée", "Pays de la Loire"));
		assertThat(names).contains("Vendée", "saint", "jean", "monts", "dame")
			.doesNotContain("sous", "traitance", "recul", "dune");
		assertThat(ProblemWords.of("Faire face au recul du cordon dunaire entre Saint-Jean-de-Monts et Notre-Dame-de-Monts",
				null).without(names).words()).contains("recul", "cordon", "dunaire")
			.doesNotContain("saint", "jean", "monts", "dame");

		// « la Saône » names the river the problem is about; Saône-et-Loire alone would not keep it
		assertThat(ProblemWords.names("Mieux nous protéger des crues de la Saône",
				"Nos ateliers de Saône-et-Loire sont inondés.", List.of())).doesNotContain("saône", "saone")
			.contains("loire");
	}

}
