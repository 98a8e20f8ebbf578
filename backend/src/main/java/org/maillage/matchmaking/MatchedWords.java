package org.maillage.matchmaking;

import java.util.ArrayList;
import java.util.List;

import org.maillage.core.TextQuery;

/**
 * Which of the words sought a text match found, and where: the evidence of a full-text hit says so, so that a
 * facilitator can judge it ("recyclage" and "aimants" in the description) instead of trusting a score. Words are
 * compared as the inferred needs compare them ({@link LabelRarity#same}): whole, give or take accents, a plural or the
 * ending of a long word.
 *
 * @param words the words sought that the field uses, as the field writes them
 * @param field the name when it uses any, else the description; null when neither does (the index's stemmer found
 * a form these rules do not)
 */
record MatchedWords(List<String> words, EvidenceField field) {

	static MatchedWords in(String sought, String name, String description) {
		List<String> wanted = TextQuery.wordsOf(sought, 20).stream().map(LabelRarity::normalised).toList();
		List<String> inName = found(wanted, name);
		if (!inName.isEmpty()) {
			return new MatchedWords(inName, EvidenceField.NAME);
		}
		List<String> inDescription = found(wanted, description);
		return new MatchedWords(inDescription, inDescription.isEmpty() ? null : EvidenceField.DESCRIPTION);
	}

	private static List<String> found(List<String> wanted, String text) {
		List<String> found = new ArrayList<>();
		if (text == null) {
			return found;
		}
		// as the field writes them: the words a reader will look for in it
		for (String word : text.split("[^\\p{L}\\p{N}]+")) {
			String normalised = LabelRarity.normalised(word);
			if (word.length() > 1 && wanted.stream().anyMatch(want -> LabelRarity.same(normalised, want))
					&& found.stream().noneMatch(word::equalsIgnoreCase)) {
				found.add(word);
			}
		}
		return found;
	}

}
