package org.maillage.duplicate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import org.maillage.core.TextQuery;

/**
 * How alike two actors' names are, from 0 to 1, as a facilitator would judge it: case, accents, punctuation, word
 * order and legal forms do not count ("SARL Fonderie Dupont" is "Fonderie Dupont"), a typo in a word barely counts
 * ("Dupond"), a different word counts in full ("Fonderie Durand" is another foundry). Each word of the longer name is
 * paired with its likeliest word of the other (Jaro-Winkler similarity, 0.9 or more to pair), and the score is the
 * pairs' similarities summed over the longer name's number of words.
 */
final class NameLikeness {

	/** Words that say nothing of which actor it is: legal forms, articles and prepositions. */
	private static final Set<String> EMPTY_WORDS = Set.of("sarl", "sas", "sasu", "sa", "eurl", "sci", "snc", "scop",
			"scic", "gie", "selarl", "ei", "ets", "etablissement", "etablissements", "societe", "ste", "cie",
			"compagnie", "et", "de", "du", "des", "la", "le", "les", "l", "d", "a", "au", "aux", "en", "sur");

	private static final double SAME_WORD = 0.9;

	private static final JaroWinklerSimilarity WORDS = new JaroWinklerSimilarity();

	private NameLikeness() {
	}

	/** The name's significant words, lower case and without accents, in their order. */
	static List<String> words(String name) {
		if (name == null) {
			return List.of();
		}
		String plain = TextQuery.withoutAccents(name)
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", " ")
			.strip();
		return plain.isEmpty() ? List.of()
				: Arrays.stream(plain.split(" ")).filter(word -> !EMPTY_WORDS.contains(word)).toList();
	}

	/** The likeness of two names' words ({@link #words}). */
	static double of(List<String> first, List<String> second) {
		return of(first, second, 0);
	}

	/**
	 * The likeness of two names' words when it is {@code least} or more; when it is less, a figure under
	 * {@code least}, found without comparing every word. A listing wants only the pairs alike enough to show, and
	 * comparing words was half its time in a large département (docs/import.md, "Duplicates"): once the words left
	 * could not bring the sum to {@code least} even all paired, the rest is not compared; nor are two words whose
	 * lengths rule out a similarity of {@value #SAME_WORD} ({@link #couldPair}).
	 */
	static double of(List<String> first, List<String> second, double least) {
		if (first.isEmpty() || second.isEmpty()) {
			return 0;
		}
		List<String> longer = first.size() >= second.size() ? first : second;
		List<String> unpaired = new ArrayList<>(first.size() >= second.size() ? second : first);
		double sum = 0;
		for (int w = 0; w < longer.size(); w++) {
			String word = longer.get(w);
			int best = -1;
			double bestSimilarity = 0;
			for (int i = 0; i < unpaired.size(); i++) {
				if (word.equals(unpaired.get(i))) {
					// the same word: 1, which no other can beat; names compared share words more often than not
					best = i;
					bestSimilarity = 1;
					break;
				}
				if (!couldPair(word, unpaired.get(i))) {
					continue;
				}
				double similarity = WORDS.apply(word, unpaired.get(i));
				if (similarity > bestSimilarity) {
					best = i;
					bestSimilarity = similarity;
				}
			}
			if (best >= 0 && bestSimilarity >= SAME_WORD) {
				sum += bestSimilarity;
				unpaired.remove(best);
			}
			double atMost = (sum + longer.size() - w - 1) / longer.size();
			if (atMost < least) {
				return atMost;
			}
		}
		return sum / longer.size();
	}

	/**
	 * Whether two words' lengths allow a Jaro-Winkler similarity of {@value #SAME_WORD}: it is at most
	 * {@code 0.6 j + 0.4} (a common prefix of four letters), so the Jaro similarity {@code j} must reach 5/6, and
	 * {@code j} is at most {@code (2 + shorter / longer) / 3}: the shorter word must have half the longer's letters.
	 */
	static boolean couldPair(String one, String other) {
		return 2 * Math.min(one.length(), other.length()) >= Math.max(one.length(), other.length());
	}

}
