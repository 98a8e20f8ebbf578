package org.maillage.matchmaking;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.maillage.core.TextQuery;

import static org.assertj.core.api.Assertions.assertThat;

/** Which NAF labels a problem's text is about, for needs inferred from text. */
class NeedInferenceTests {

	@Test
	void aLabelSharingOneCommonWordIsNotWhatTheProblemIsAbout() {
		List<String> words = TextQuery.wordsOf("Pénurie d'aimants aux terres rares pour nos actionneurs", 40);
		assertThat(NeedInference.namedBy("Transformation et conservation de pommes de terre", words)).isFalse();
		assertThat(NeedInference.namedBy("Fabrication de matériaux de construction en terre cuite", words)).isFalse();
	}

	@Test
	void aLabelNamingTwoOfTheProblemsWordsOrAShortOneIs() {
		assertThat(NeedInference.namedBy("Récupération de déchets triés",
				TextQuery.wordsOf("Récupération et tri des déchets du bâtiment", 40))).isTrue();
		assertThat(NeedInference.namedBy("Sciage et rabotage du bois",
				TextQuery.wordsOf("Des épicéas scolytés sans débouché : que faire de ce bois ?", 40))).isTrue();
	}

}
