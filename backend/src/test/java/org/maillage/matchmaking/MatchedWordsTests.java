package org.maillage.matchmaking;

import java.util.List;

import org.maillage.matchmaking.persistence.RankingRows.EvidenceWords;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The words an explanation quotes as shared with the problem. */
class MatchedWordsTests {

	private static final List<String> SOUGHT = List.of("recycler", "9", "000", "fenêtres", "particuliers");

	@Test
	void numbersAreNotQuotedBesideWords() {
		EvidenceWords text = new EvidenceWords(null, "Compostage du Marquenterre",
				"Broyage des déchets verts de 12 000 particuliers, 9 communes");
		assertThat(MatchedWords.among(SOUGHT, List.of(text))).containsExactly("particuliers");
		assertThat(MatchedWords.in("recycler 9 000 fenêtres de particuliers", List.of(), text.label(),
				text.description())
			.words()).containsExactly("particuliers");
	}

	@Test
	void anActorsOwnEntryQuotesTheTwoWordsItsDescriptionUsesNotOneOfItsName() {
		String name = "Tours et Détours Caraïbes";
		String description = "Agence de voyages : tours de l'île en minibus, excursions et voyages scolaires.";
		String need = "tours de l'île pour les voyages scolaires";

		MatchedWords found = MatchedWords.inActor(need, List.of(), name, description);

		assertThat(found.field()).isEqualTo(EvidenceField.DESCRIPTION);
		assertThat(found.words()).containsExactly("voyages", "tours", "île", "scolaires");
		// an item's name says what it is: its words come first
		assertThat(MatchedWords.in(need, List.of(), name, description).field()).isEqualTo(EvidenceField.NAME);
		// a need of one word is met by that word anywhere, the name first
		assertThat(MatchedWords.inActor("tours", List.of(), name, description).words()).containsExactly("Tours");
	}

	@Test
	void numbersAloneAreAllThereIsToQuote() {
		EvidenceWords text = new EvidenceWords(null, "Vitrerie", "Plus de 9 000 interventions par an");
		assertThat(MatchedWords.among(SOUGHT, List.of(text))).containsExactly("000");
	}

}
