package org.maillage.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextQueryTests {

	@Test
	void luceneSyntaxInUserTextIsReadAsWords() {
		assertThat(TextQuery.allWords("text", "C++ (usinage) AND title:*")).isEqualTo("+usinage +and +title");
		assertThat(TextQuery.words("text", "\"\\/~^")).isEmpty();
	}

	@Test
	void frenchStopWordsAreDropped() {
		assertThat(TextQuery.words("text", "recyclage des terres rares de la région"))
			.containsExactly("recyclage", "terres", "rares", "région");
	}

	@Test
	void aStoredTextIsSoughtByItsWordsWithASubjectButReadWithAllOfThem() {
		String title = "Chaleur résiduelle non valorisée, plus de débouché";
		assertThat(TextQuery.wordsOf(title, 8)).containsExactly("chaleur", "résiduelle", "valorisée", "débouché");
		assertThat(TextQuery.phraseOf(title, 8)).containsExactly("chaleur", "résiduelle", "non", "valorisée", "plus",
				"débouché");
		assertThat(TextQuery.phraseOf(title, 2)).containsExactly("chaleur", "résiduelle");
		// what a person types is searched as typed
		assertThat(TextQuery.words("text", "non tissé")).containsExactly("non", "tissé");
	}

	@Test
	void wordsOfMagnitudeAndDurationSayNothingOfTheSubject() {
		assertThat(TextQuery.wordsOf("Chômage de longue durée élevé", 8)).containsExactly("chômage");
		assertThat(TextQuery.wordsOf("Taux de rebut élevé sur les grandes séries", 8)).containsExactly("rebut",
				"séries");
	}

	@Test
	void functionWordsWithAnAccentOrElidedSayNothingOfTheSubject() {
		assertThat(TextQuery.wordsOf("Expédier le grain par bateaux dès la prochaine récolte", 8))
			.containsExactly("expédier", "grain", "bateaux", "prochaine", "récolte");
		assertThat(TextQuery.wordsOf("Acheminer les prélèvements jusqu'au laboratoire", 8))
			.containsExactly("acheminer", "prélèvements", "laboratoire");
	}

	@Test
	void nearnessIsNoWordOfTheSubjectButASearchBoxKeepsIt() {
		assertThat(TextQuery.wordsOf("Trouver une valorisation locale pour nos plumes de volailles", 8))
			.containsExactly("trouver", "valorisation", "plumes", "volailles");
		assertThat(TextQuery.words("text", "produits locaux")).containsExactly("produits", "locaux");
	}

	@Test
	void theNounOfALocutionIsNoWordOfTheSubjectButTheSameNounElsewhereIs() {
		assertThat(TextQuery.wordsOf("Recycler nos filets de pêche usagés au lieu de les enfouir", 8))
			.containsExactly("recycler", "filets", "pêche", "usagés", "enfouir");
		assertThat(TextQuery.wordsOf("Nos besoins en matière d'analyses, dans le cadre du projet, face aux crues", 8))
			.containsExactly("besoins", "analyses", "projet", "crues");
		assertThat(TextQuery.wordsOf("Un lieu de stockage pour nos matières premières, un cadre de vie", 8))
			.containsExactly("lieu", "stockage", "matières", "premières", "cadre", "vie");
		assertThat(TextQuery.phraseOf("Recycler les filets au lieu de les enfouir", 8))
			.containsExactly("recycler", "filets", "enfouir");
	}

	@Test
	void theLastWordCanBeAPrefixWithItsAccentsFolded() {
		assertThat(TextQuery.allWordsLastAsPrefix("text", "Vandœu")).isEqualTo("+vandoeu*");
		assertThat(TextQuery.allWordsLastAsPrefix("text", "pont à mou")).isEqualTo("+pont +mou*");
	}

	@Test
	void overlongTextIsRefusedNamingTheField() {
		assertThatThrownBy(() -> TextQuery.words("filter.text", "x".repeat(201)))
			.isInstanceOfSatisfying(InvalidInputException.class, refused -> {
				assertThat(refused.field()).isEqualTo("filter.text");
				assertThat(refused.explanation()).isEqualTo(Message.of("text.tooLong", "filter.text", 200));
			});
	}

	@Test
	void accentsAreDroppedAndNothingElse() {
		assertThat(TextQuery.withoutAccents("Épinal, Besançon, Lunéville")).isEqualTo("Epinal, Besancon, Luneville");
		assertThat(TextQuery.withoutAccents("Saint-Dié-des-Vosges")).isEqualTo("Saint-Die-des-Vosges");
		// a ligature is a letter of its own, not an accented one; plain ASCII comes back as it is
		assertThat(TextQuery.withoutAccents("cœur")).isEqualTo("cœur");
		assertThat(TextQuery.withoutAccents("Metz 57000")).isEqualTo("Metz 57000");
	}

}
