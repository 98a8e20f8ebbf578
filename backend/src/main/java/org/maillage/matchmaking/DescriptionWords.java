package org.maillage.matchmaking;

import java.util.ArrayList;
import java.util.List;

import org.maillage.core.TextQuery;

/**
 * The words of a know-how need as regular expressions that the ranking's statement matches an actor's own description
 * against: an actor meets a know-how need of several words by its description only when that description uses two of
 * them (docs/matchmaking.md, "Two words of a need in an actor's own description"). A know-how or equipment item says
 * what the actor offers, and one rare word of it is evidence; an actor's description speaks of its customers, its
 * place and its history too, and one word of it met needs in another sense: a fire-extinguisher shop's « incendie » for
 * a forest-fire problem, a mineral water's « eaux » for nitrates in drinking water.
 * <p>
 * Words compare as {@link MatchedWords} compares them ({@link LabelRarity#same}): whole, give or take accents and a
 * plural's {@code s} or {@code x}, or by their first six letters when both are seven letters long or more. Each
 * expression is one word of the need, as the need's Lucene query pairs them ({@link Thesaurus#twoOrRare}), but not its
 * related words: the thesaurus widens what the query finds, and a related word counts half there, where here it would
 * make the second of two words whole. « cantines » is related to « collective » (« restauration collective »), whose
 * first six letters a solar water-heater installer's « chauffe-eau … collectifs » uses: with « eau », that met a
 * school's need to keep its canteens open while the water is cut.
 */
final class DescriptionWords {

	/** Accented forms of a folded letter, as descriptions write them. */
	private static final String[][] ACCENTED = { { "a", "[aàâä]" }, { "e", "[eéèêë]" }, { "i", "[iîï]" },
			{ "o", "[oôö]" }, { "u", "[uùûü]" }, { "c", "[cç]" }, { "y", "[yÿ]" } };

	/** The words in common a trade code or an equipment category alone needs, as "problems I could help with" asks. */
	static final int IN_COMMON = ProblemsToHelpWith.WORDS_IN_COMMON;

	private DescriptionWords() {
	}

	/**
	 * One expression per word the need's query pairs, each matching a whole description that uses that word; empty
	 * for a need of fewer than two words, which its one word meets anywhere.
	 */
	static List<String> patterns(String need) {
		return each(oneForm(Thesaurus.paired(TextQuery.wordsOf(need, 20))));
	}

	/**
	 * One expression per word, each matching a whole text that uses that word, numbers left out: how many of a
	 * problem's words an actor's best texts use, which a trade code or an equipment category alone needs
	 * {@link #IN_COMMON} of to meet a need (docs/matchmaking.md, "A code or a category alone, and one word in common").
	 * A number shared (« 000 » of « 9 000 fenêtres ») is no word of the subject; and words of one form are one word,
	 * as the explanation quotes them: « électrique » and « électricité » of one problem share their first six letters,
	 * and a pleasure port's one « électricité » counted twice.
	 */
	static List<String> ofProblem(List<String> words) {
		return each(oneForm(words.stream().filter(word -> !word.chars().allMatch(Character::isDigit)).toList()));
	}

	/** How many of the problem's words a code or a category alone needs, or all of them if it has fewer. */
	static int inCommon(List<String> patterns) {
		return Math.min(IN_COMMON, patterns.size());
	}

	/**
	 * The words, each form once ({@link LabelRarity#same}): « huile » and « huiles » of one need are one word, and a
	 * description that uses it has one of the need's words, not two.
	 */
	private static List<String> oneForm(List<String> words) {
		List<String> kept = new ArrayList<>();
		List<String> forms = new ArrayList<>();
		for (String word : words) {
			String form = LabelRarity.normalised(word);
			if (forms.stream().noneMatch(seen -> LabelRarity.same(seen, form))) {
				kept.add(word);
				forms.add(form);
			}
		}
		return kept;
	}

	private static List<String> each(List<String> words) {
		List<String> patterns = new ArrayList<>();
		for (String word : words) {
			patterns.add("(?isu).*(?<![\\p{L}\\p{N}])(?:" + form(word) + ")(?![\\p{L}\\p{N}]).*");
		}
		return patterns;
	}

	/** A word as an expression: its folded letters in any accent, then its ending as {@link LabelRarity#same} allows. */
	private static String form(String word) {
		String normalised = LabelRarity.normalised(word);
		boolean longWord = normalised.length() >= 7;
		String kept = longWord ? normalised.substring(0, 6) : normalised;
		StringBuilder form = new StringBuilder();
		for (char letter : kept.toCharArray()) {
			form.append(accented(letter));
		}
		return form.append(longWord ? "\\p{L}*" : "[sx]?").toString();
	}

	/** A word's letters and digits need no quoting: {@code TextQuery#wordsOf} keeps nothing else. */
	private static String accented(char letter) {
		for (String[] accented : ACCENTED) {
			if (accented[0].charAt(0) == letter) {
				return accented[1];
			}
		}
		return String.valueOf(letter);
	}

}
