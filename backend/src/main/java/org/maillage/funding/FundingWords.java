package org.maillage.funding;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The words a call and a problem are compared by: lower case without accents, HTML tags dropped, five letters or
 * more, a final plural « s » or « x » taken off, common words left out.
 */
final class FundingWords {

	private static final Set<String> COMMON = Set.of("leurs", "cette", "notre", "votre", "entre", "aupres", "ainsi",
			"elles", "autre", "autres", "toute", "toutes", "place", "projet", "dispositif", "appel", "aides", "soutien",
			"about", "their", "which", "these", "other");

	private FundingWords() {
	}

	static Set<String> of(String text) {
		Set<String> words = new LinkedHashSet<>();
		if (text == null) {
			return words;
		}
		String plain = FundingThemes.normalise(text.replaceAll("<[^>]*>", " "));
		for (String word : plain.split("[^a-z0-9]+")) {
			String stem = word.length() > 5 && (word.endsWith("s") || word.endsWith("x"))
					? word.substring(0, word.length() - 1) : word;
			if (stem.length() >= 5 && !COMMON.contains(stem) && !COMMON.contains(word)) {
				words.add(stem);
			}
		}
		return words;
	}

}
