package org.maillage.matchmaking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.maillage.core.TextQuery;

/**
 * How much a word says about a NAF label: the fewer labels use it, the more (inverse document frequency over the
 * nomenclature's labels). "Traitement" is in dozens of labels and alone says little; "semences" is in one. A text
 * names a label as much as the words they share weigh in the label: {@code Σ idf(shared) ÷ Σ idf(label's words)}.
 */
final class LabelRarity {

	/** How many words apart, at most, two of a label's words must be in the text to name it together. */
	static final int WINDOW = 6;

	private final Map<String, Integer> labelsWith = new HashMap<>();

	private final int labels;

	LabelRarity(Collection<String> labels) {
		this.labels = labels.size();
		labels.forEach(label -> wordsOf(label).forEach(word -> this.labelsWith.merge(word, 1, Integer::sum)));
	}

	/**
	 * How much a text names a label: the label's words it uses close together (as written in the text) and the share
	 * of the label's weight they carry, between 0 and 1. A label of several words is never named by one of them alone
	 * ("permanents" does not make "Cultures permanentes"), nor by words the text uses far apart ("lignes" of
	 * production and a "réseau" two sentences later do not make "Construction de réseaux et de lignes"); a label of
	 * one word only by a text that uses it twice.
	 */
	Match match(String label, String text) {
		Set<String> labelWords = wordsOf(label);
		List<String> tokens = tokensOf(text);
		Map<String, List<Integer>> places = new HashMap<>();
		for (int i = 0; i < tokens.size(); i++) {
			String labelWord = namedBy(normalised(tokens.get(i)), labelWords);
			if (labelWord != null) {
				places.computeIfAbsent(labelWord, any -> new ArrayList<>()).add(i);
			}
		}
		double total = 0;
		double shared = 0;
		List<String> triggers = new ArrayList<>();
		for (String labelWord : labelWords) {
			double weight = idf(labelWord);
			total += weight;
			Integer place = near(labelWord, places, labelWords.size());
			if (place != null) {
				shared += weight;
				triggers.add(tokens.get(place));
			}
		}
		boolean named = labelWords.size() > 1 ? triggers.size() >= 2 : usedTwice(places);
		double confidence = total == 0 || !named ? 0 : shared / total;
		return new Match(confidence == 0 ? List.of() : triggers, Math.round(confidence * 100) / 100.0);
	}

	/**
	 * Whether the text uses a label of one word twice. Once may be in passing or in another sense: « récupération des
	 * calories » is not the recovery of sorted waste (38.3, « Récupération »), nor « les abricots et les pêches »
	 * fishing (03.1, « Pêche »); a text about the trade itself names it again.
	 */
	private static boolean usedTwice(Map<String, List<Integer>> places) {
		return places.values().stream().mapToInt(List::size).sum() >= 2;
	}

	/**
	 * Where the text uses this label word within {@value #WINDOW} words of another of the label's words; any place
	 * when the label has a single word; null otherwise.
	 */
	private static Integer near(String word, Map<String, List<Integer>> places, int labelSize) {
		List<Integer> own = places.getOrDefault(word, List.of());
		if (labelSize == 1) {
			return own.isEmpty() ? null : own.get(0);
		}
		for (int place : own) {
			for (Map.Entry<String, List<Integer>> other : places.entrySet()) {
				if (!other.getKey().equals(word)
						&& other.getValue().stream().anyMatch(at -> Math.abs(at - place) <= WINDOW)) {
					return place;
				}
			}
		}
		return null;
	}

	/** The text's words in order, stop words included, so that distances are counted in words as read. */
	private static List<String> tokensOf(String text) {
		List<String> tokens = new ArrayList<>();
		for (String token : TextQuery.BETWEEN_WORDS.split(text.toLowerCase(Locale.ROOT))) {
			if (!token.isEmpty()) {
				tokens.add(token);
			}
		}
		return tokens;
	}

	/**
	 * The one label word a word of the text names: the word itself, else the first that is the same give or take an
	 * ending; null when none is. One word names one label word only: « organismes » is not both « organisations » and
	 * « organismes » of « Activités des organisations et organismes extraterritoriaux », nor « électriques » both
	 * « électriques » and « électroniques » (their first six letters are alike), which made one word of a problem two
	 * of a label's, and a label of several words named by one.
	 */
	private static String namedBy(String word, Set<String> labelWords) {
		if (labelWords.contains(word)) {
			return word;
		}
		return labelWords.stream().filter(labelWord -> same(word, labelWord)).findFirst().orElse(null);
	}

	double idf(String word) {
		return Math.log((this.labels + 1.0) / (this.labelsWith.getOrDefault(word, 0) + 1.0)) + 1.0;
	}

	/**
	 * The same word, give or take an ending: equal once accents and a plural are dropped, or, for long words, the
	 * same first six letters (recyclage, recycler). Never on a short stem alone: "livrer" is not "livres".
	 */
	static boolean same(String a, String b) {
		return a.equals(b) || a.length() >= 7 && b.length() >= 7 && a.regionMatches(0, b, 0, 6);
	}

	private static Set<String> wordsOf(String text) {
		Set<String> words = new LinkedHashSet<>();
		TextQuery.wordsOf(text, 50).forEach(word -> words.add(normalised(word)));
		return words;
	}

	static String normalised(String word) {
		String folded = TextQuery.withoutAccents(word.toLowerCase(Locale.ROOT));
		return folded.length() > 3 && (folded.endsWith("s") || folded.endsWith("x"))
				? folded.substring(0, folded.length() - 1) : folded;
	}

	/**
	 * @param words the text's words that the label uses
	 * @param confidence the share of the label's weight those words carry
	 */
	record Match(List<String> words, double confidence) {
	}

}
