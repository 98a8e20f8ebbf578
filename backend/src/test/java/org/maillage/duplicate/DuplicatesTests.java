package org.maillage.duplicate;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.Test;

import org.maillage.actor.RollEntry;
import org.maillage.core.Message;

import static org.assertj.core.api.Assertions.assertThat;

/** Which pairs of a roll look like one actor, and why: what a facilitator reads in the list. */
class DuplicatesTests {

	@Test
	void alikeNamesInOneCommuneAreListedWhateverTheirCaseAccentsOrderAndLegalForm() {
		List<LikelyDuplicate> found = Duplicates.find(List.of(entry("a", "SARL Fonderie Dupont", "c1"),
				entry("b", "DUPONT fonderie", "c1"), entry("c", "Fonderie Dupond", "c1"),
				entry("d", "Fonderie Durand", "c1"), entry("e", "Fonderie Dupont", "c2"),
				entry("f", "Fonderie Dupont et Fils Réunis", "c1")));
		assertThat(found).extracting(pair -> pair.firstId() + pair.secondId())
			.containsExactlyInAnyOrder("ba", "bc", "ca");
		assertThat(found.get(0).firstId() + found.get(0).secondId()).isEqualTo("ba");
		assertThat(found.get(0).score()).isEqualTo(1.0);
		assertThat(found.get(0).reasons()).containsExactly(
				Message.of("duplicate.reason.alikeNames", "DUPONT fonderie", "SARL Fonderie Dupont"));
		assertThat(found.get(found.size() - 1).score()).isBetween(Duplicates.LIKE, 0.99);
	}

	@Test
	void aNameWithOneWordMoreIsAlikeWhenItsOtherWordsAllPair() {
		// six words of seven paired: 0.857, just over the 0.85 a pair needs; five of six are not enough (0.83)
		List<LikelyDuplicate> found = Duplicates.find(List.of(
				entry("a", "Atelier mécanique précision Vosges Dupont frères Épinal", "c1"),
				entry("b", "Atelier mécanique précision Vosges Dupont Épinal", "c1"),
				entry("c", "Atelier mécanique Vosges Dupont Épinal", "c1")));
		assertThat(found).extracting(pair -> pair.firstId() + pair.secondId()).containsExactly("ab");
	}

	@Test
	void aPreviousSiretOfAnotherActorIsTheSurestSignAnywhereInTheTerritory() {
		List<LikelyDuplicate> found = Duplicates.find(List.of(
				new RollEntry("old", "Ancienne fonderie", "c1", "12345678900011", null),
				new RollEntry("new", "Fonderie du Nord", "c2", "99999999900015", List.of("12345678900011"))));
		assertThat(found).singleElement().satisfies(pair -> {
			assertThat(pair.score()).isEqualTo(1.0);
			assertThat(pair.reasons()).containsExactly(Message.of("duplicate.reason.previousSiret", "12345678900011"));
		});
	}

	@Test
	void oneLegalUnitInOneCommuneCountsWhenTheNamesAreHalfAlike() {
		List<LikelyDuplicate> found = Duplicates.find(List.of(
				new RollEntry("a", "Garage Central Peugeot", "c1", "12345678900011", null),
				new RollEntry("b", "Garage Central", "c1", "12345678900029", null),
				new RollEntry("c", "Station de lavage", "c1", "12345678900037", null)));
		assertThat(found).singleElement().satisfies(pair -> {
			assertThat(pair.score()).isEqualTo(0.9);
			assertThat(pair.reasons()).containsExactly(Message.of("duplicate.reason.sameSiren", "123456789"));
		});
	}

	@Test
	void aWordTooCommonInACommuneIsNoBlockButIdenticalNamesStillMeet() {
		List<RollEntry> roll = new ArrayList<>();
		for (int i = 0; i < Duplicates.COMMON_WORD + 1; i++) {
			roll.add(entry("x" + i, "Boulangerie " + (char) ('a' + i % 26) + i, "c1"));
		}
		roll.add(entry("m1", "Boulangerie Martin", "c1"));
		roll.add(entry("m2", "Boulangerie Martin", "c1"));
		assertThat(Duplicates.find(roll)).extracting(pair -> pair.firstId() + " " + pair.secondId())
			.containsExactly("m1 m2");
	}

	@Test
	void aLikenessWantedAtLeastIsExactWhenReachedAndUnderItOtherwise() {
		// the listing asks each pair's likeness only from the least it can use, and compares fewer words for it
		List<String> names = List.of("Fonderie Dupont", "SARL Fonderie Dupond", "Fonderie Durand", "Dupont fonderie",
				"Fonderie Dupont et Fils Réunis", "Garage Central Peugeot", "Garage Central", "Garage Centrale",
				"Ateliers mécaniques de la Moselle", "Atelier mécanique Moselle", "Boulangerie Martin", "Martin");
		int exact = 0;
		for (String one : names) {
			for (String other : names) {
				double likeness = NameLikeness.of(NameLikeness.words(one), NameLikeness.words(other));
				for (double least : new double[] { 0.5, Duplicates.LIKE }) {
					double bounded = NameLikeness.of(NameLikeness.words(one), NameLikeness.words(other), least);
					if (likeness >= least) {
						assertThat(bounded).as(one + " / " + other).isEqualTo(likeness);
						exact++;
					}
					else {
						assertThat(bounded).as(one + " / " + other).isLessThan(least);
					}
				}
			}
		}
		assertThat(exact).as("pairs alike enough, besides each name with itself").isGreaterThan(2 * names.size());
	}

	@Test
	void wordsOfWhichOneIsUnderHalfTheOthersLengthNeverPair() {
		// the longest such pairs come closest (five letters and eleven: 0.891), never to the 0.9 a pair needs
		JaroWinklerSimilarity similarity = new JaroWinklerSimilarity();
		String letters = "abcdefghijklmnopqrstuvwxyz";
		for (int shorter = 1; shorter <= 10; shorter++) {
			String word = letters.substring(0, shorter);
			String longer = letters.substring(0, 2 * shorter + 1);
			assertThat(NameLikeness.couldPair(word, longer)).isFalse();
			assertThat(similarity.apply(word, longer)).as(word + " / " + longer).isLessThan(0.9);
		}
		assertThat(NameLikeness.couldPair("dupont", "dupontel")).isTrue();
	}

	private static RollEntry entry(String id, String name, String commune) {
		return new RollEntry(id, name, commune, null, null);
	}

}
