package org.maillage.core;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Turns what a user typed into a query for Neo4j's full-text (Lucene) indexes. User text is never Lucene syntax:
 * every special character is escaped, so {@code "C++ (usinage)"} searches those words instead of failing. Every
 * word is required, which is what people expect of a directory search box.
 */
public final class TextQuery {

	public static final int MAX_LENGTH = 200;

	private static final String SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

	private TextQuery() {
	}

	/** Null when the text is null or blank: the caller then searches without text. */
	public static String allWords(String field, String text) {
		return build(field, text, false);
	}

	/** Like {@link #allWords} with the last word as a prefix, for search-as-you-type ("Vandoeu" finds Vandœuvre). */
	public static String allWordsLastAsPrefix(String field, String text) {
		return build(field, text, true);
	}

	private static String build(String field, String text, boolean lastAsPrefix) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (text.length() > MAX_LENGTH) {
			throw new InvalidInputException(field, "is longer than " + MAX_LENGTH + " characters");
		}
		String[] words = Arrays.stream(text.strip().split("\\s+"))
			.filter(word -> !word.isBlank())
			.map(TextQuery::escape)
			.toArray(String[]::new);
		if (words.length == 0) {
			return null;
		}
		if (lastAsPrefix) {
			words[words.length - 1] = words[words.length - 1] + "*";
		}
		return Arrays.stream(words).map(word -> "+" + word).collect(Collectors.joining(" "));
	}

	private static String escape(String word) {
		StringBuilder escaped = new StringBuilder(word.length() + 4);
		for (char c : word.toCharArray()) {
			if (SPECIAL.indexOf(c) >= 0) {
				escaped.append('\\');
			}
			escaped.append(c);
		}
		return escaped.toString().toLowerCase(java.util.Locale.ROOT);
	}

}
