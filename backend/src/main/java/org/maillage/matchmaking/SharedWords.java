package org.maillage.matchmaking;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.maillage.core.TextQuery;

/**
 * One actor's words, and how many of them a text uses, each counted once: « cire » and « cires » are one word, and
 * so are two long words of the same first six letters ({@link LabelRarity#same}). Prepared once for the actor, since
 * "problems I could help with" reads up to a shortlist of problems' texts with it: each text is folded once and its
 * words looked up, rather than each of the actor's words compared with each of the text's.
 */
final class SharedWords {

	private final List<String> own;

	SharedWords(List<String> words) {
		this.own = words.stream().map(LabelRarity::normalised).distinct().toList();
	}

	/** How many of the actor's words the text uses. */
	int in(String text) {
		if (text == null || this.own.isEmpty()) {
			return 0;
		}
		Set<String> used = new HashSet<>();
		Set<String> stems = new HashSet<>();
		for (String word : TextQuery.BETWEEN_WORDS.split(TextQuery.withoutAccents(text.toLowerCase(Locale.ROOT)))) {
			if (word.length() > 1) {
				String normalised = LabelRarity.normalised(word);
				used.add(normalised);
				if (normalised.length() >= 7) {
					stems.add(normalised.substring(0, 6));
				}
			}
		}
		return (int) this.own.stream()
			.filter(word -> used.contains(word) || word.length() >= 7 && stems.contains(word.substring(0, 6)))
			.count();
	}

}
