package org.maillage.matchmaking;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.maillage.MaillageIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The words of the problems' know-how needs and titles are counted ahead, so that a problem's first ranking finds
 * them counted; what is counted ahead says what counting at the ranking would.
 */
@MaillageIntegrationTest
class TermRarityIntegrationTests extends MemberRankingTests {

	@Autowired
	TermRarity rarity;

	@Test
	void aProblemsWordsAreCountedBeforeItsFirstRanking() {
		signInAsMember();
		String owner = registerActor(Map.of("kind", "COMPANY", "sector", "PRIVATE", "name", "Vannerie " + this.run,
				"commune", "55101"));
		// a word many public texts use, one none does, and one of the problem's title only
		String common = wordFortyActorsUse("tressage");
		String rare = ownWord("osier");
		String titled = ownWord("vannerie");
		addProblem(owner, Map.of("title", "Relancer la " + titled + " locale", "category", "SUPPLY", "needs",
				List.of(Map.of("kind", "KNOW_HOW", "value", common + " " + rare, "essential", true))));
		assertThat(List.of(common, rare, titled)).noneMatch(this.rarity::counted);

		// every wording of the shared test database, so that other tests' problems cannot crowd this one's out
		this.rarity.countProblemWords(100_000, 100_000);

		assertThat(List.of(common, rare, titled)).allMatch(this.rarity::counted);
		assertThat(this.rarity.rare(common)).as("120 public texts use it: common here").isFalse();
		assertThat(this.rarity.rare(rare)).as("no public text uses it").isTrue();
	}

	@Test
	void theWordsCountedAheadAreThoseARankingAsksAboutTheMostUsedFirst() {
		List<String> words = TermRarity.mostUsedWords(List.of("Recyclage des aimants permanents",
				"recyclage des batteries", "Aimants et recyclage", "Soudure"), 3);

		// a wording of one word is met by that word alone: its rarity is never asked
		assertThat(words).containsExactly("recyclage", "aimants", "batteries");
	}

}
