package org.maillage.core;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.ArrayList;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;

/**
 * Turns what a user typed into queries for Neo4j's full-text (Lucene) indexes. User text is never Lucene syntax:
 * it is cut into words of letters and digits, so {@code C++ (usinage) OR *} searches those words instead of
 * failing or widening the search. Every word is required, which is what people expect of a directory's search box;
 * French stop words ("de", "des", "la") are dropped since the index does not hold them either.
 */
public final class TextQuery {

	public static final int MAX_LENGTH = 200;

	private static final CharArraySet STOP_WORDS = FrenchAnalyzer.getDefaultStopSet();

	private TextQuery() {
	}

	/**
	 * The words to search for, each one a valid Lucene query on its own; empty when the text is null, blank or
	 * only stop words.
	 */
	public static List<String> words(String field, String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		if (text.length() > MAX_LENGTH) {
			throw InvalidInputException.of(field, "text.tooLong", MAX_LENGTH);
		}
		return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
			.filter(word -> !word.isEmpty() && !STOP_WORDS.contains(word))
			.distinct()
			.toList();
	}

	/**
	 * The distinct words of a stored text (a problem's description, a need), lower case, without French stop words
	 * or one-letter words, in order of first appearance, at most {@code limit}. Unlike {@link #words} there is no
	 * length limit: the text is not a search box's.
	 */
	public static List<String> wordsOf(String text, int limit) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
			.filter(word -> word.length() > 1 && !STOP_WORDS.contains(word))
			.distinct()
			.limit(limit)
			.toList();
	}

	/** One query requiring every word in the same document, or null when there is nothing to search. */
	public static String allWords(String field, String text) {
		List<String> words = words(field, text);
		return words.isEmpty() ? null : words.stream().map(word -> "+" + word).collect(Collectors.joining(" "));
	}

	/**
	 * Like {@link #allWords} with the last word as a prefix, for search-as-you-type ("Vandoeu" finds Vandœuvre).
	 * Lucene does not analyse a prefix, so its accents are folded here, as the index folds them.
	 */
	public static String allWordsLastAsPrefix(String field, String text) {
		List<String> words = words(field, text);
		if (words.isEmpty()) {
			return null;
		}
		String last = Normalizer.normalize(words.get(words.size() - 1), Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.replace("œ", "oe")
			.replace("æ", "ae");
		List<String> required = new ArrayList<>(words.subList(0, words.size() - 1));
		required.add(last + "*");
		return required.stream().map(word -> "+" + word).collect(Collectors.joining(" "));
	}

}
