package org.maillage.matchmaking;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SharedWordsTests {

	private final SharedWords wax = new SharedWords(List.of("refonte", "cire", "cires", "paraffine", "filtration"));

	@Test
	void aWordAndItsPluralAreOneWord() {
		assertThat(this.wax.in("Nous cherchons qui refond la cire.")).isEqualTo(1);
	}

	@Test
	void accentsAndCaseDoNotMatterNorDoesTheSpellingOfALongWordPastItsSixthLetter() {
		assertThat(new SharedWords(List.of("régénération", "granulés")).in("REGENERER des GRANULES")).isEqualTo(2);
	}

	@Test
	void wordsTheTextDoesNotUseAreNotCounted() {
		assertThat(this.wax.in("Les cierges usagés des sanctuaires, leurs paraffines et leur cire."))
			.as("cire and paraffine, not refonte nor filtration")
			.isEqualTo(2);
		assertThat(this.wax.in(null)).isZero();
		assertThat(new SharedWords(List.of()).in("cire")).isZero();
	}

}
