package org.maillage.matchmaking;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The words of a know-how need as the ranking's statement matches them in an actor's own description: whole words,
 * give or take accents, case and a plural, or a long word by its first six letters.
 */
class DescriptionWordsTests {

	@Test
	void eachWordOfTheNeedIsOneExpressionOverAWholeDescription() {
		List<String> patterns = DescriptionWords.patterns("débroussaillage des forêts, incendies");

		assertThat(patterns).hasSize(3);
		assertThat(matched(patterns, "Débroussaillage des sous-bois et des lisières de FORETS communales.\nDevis."))
			.isEqualTo(2);
		assertThat(matched(patterns, "Extincteurs, protection incendie des bureaux.")).isEqualTo(1);
		assertThat(matched(patterns, "Nous débroussaillons les talus.")).as("a long word by its first six letters")
			.isEqualTo(1);
	}

	@Test
	void aShortWordIsAWholeWordNotPartOfAnother() {
		List<String> patterns = DescriptionWords.patterns("eau des écoles");

		assertThat(matched(patterns, "Fournitures de bureau et de réseau pour les ecoles")).isEqualTo(1);
		assertThat(matched(patterns, "Les eaux pluviales des écoles")).isEqualTo(2);
	}

	@Test
	void aRelatedWordIsNotOneOfTheTwo() {
		List<String> patterns = DescriptionWords.patterns("cantines ouvertes pendant les coupures d'eau");

		// « collectifs » shares its first six letters with « collective », which the thesaurus relates to « cantines »
		// (« restauration collective »): the need's query finds it, but with « eau » it is not two of the need's words
		assertThat(Thesaurus.french().relatedTo(List.of("cantines"))).contains("collective");
		assertThat(matched(patterns, "Chauffe-eau solaires individuels et collectifs pour les hôtels.")).isEqualTo(1);
		assertThat(matched(patterns, "Cantines scolaires : citernes d'eau pour les jours de coupure.")).isEqualTo(3);
	}

	@Test
	void oneWordInTwoFormsIsOneWordOfTheNeed() {
		// an oil mill's « huile » is one of the need's words, not two
		List<String> patterns = DescriptionWords.patterns("huile de coupe, huiles usagées");

		assertThat(patterns).hasSize(3);
		assertThat(matched(patterns, "Moulin à huile d'olive : pressage à froid des olives du pays.")).isEqualTo(1);
	}

	@Test
	void aNeedOfOneWordHasNone() {
		assertThat(DescriptionWords.patterns("tuffeau")).isEmpty();
	}

	@Test
	void aProblemsWordsAreOneExpressionEachNumbersLeftOut() {
		// « 000 » of « 9 000 fenêtres » is shared by « 40 000 bouteilles »: no word of the subject
		List<String> patterns = DescriptionWords.ofProblem(List.of("remplacer", "000", "fenetres"));

		assertThat(patterns).hasSize(2);
		assertThat(DescriptionWords.inCommon(patterns)).isEqualTo(2);
		assertThat(matched(patterns, "Embouteillage : 40 000 bouteilles par jour.")).isZero();
		assertThat(matched(patterns, "Menuiserie : nous remplaçons vos FENÊTRES en bois.")).isEqualTo(2);
		// words of one form are one: a pleasure port's « électricité » is one word in common, not two
		List<String> power = DescriptionWords.ofProblem(List.of("électricité", "quai", "électrique", "électriques"));
		assertThat(power).hasSize(2);
		assertThat(matched(power, "Bornes eau et électricité sur chaque ponton.")).isEqualTo(1);
		// a problem of one word asks that one
		assertThat(DescriptionWords.inCommon(DescriptionWords.ofProblem(List.of("tuffeau", "2024")))).isEqualTo(1);
	}

	private static long matched(List<String> patterns, String description) {
		return patterns.stream().filter(description::matches).count();
	}

}
