package org.maillage.matchmaking;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.maillage.core.TextQuery;
import org.maillage.matchmaking.persistence.RankingRows.EvidenceWords;

/**
 * Which of the words sought a text match found, and where: the evidence of a full-text hit says so, so that a
 * facilitator can judge it ("recyclage" and "aimants" in the description) instead of trusting a score. Words are
 * compared as the inferred needs compare them ({@link LabelRarity#same}): whole, give or take accents, a plural or the
 * ending of a long word.
 *
 * @param words the words sought that the field uses, as the field writes them
 * @param field the name when it uses any, else the description; null when neither does (the index's stemmer found
 * a form these rules do not)
 * @param related whether the words are not the ones sought but their related words (the thesaurus's), which the
 * search also finds: « insertion » for « chômage »
 */
record MatchedWords(List<String> words, EvidenceField field, boolean related) {

	/** At most this many words are quoted for the text relevance: enough to judge, short enough to read. */
	static final int QUOTED = 6;

	private static final Pattern NUMBER = Pattern.compile("\\d+");

	/**
	 * The words sought that a name or description uses, else their related words that it uses.
	 *
	 * @param related the related words of those sought ({@link Thesaurus#relatedTo})
	 */
	static MatchedWords in(String sought, List<String> related, String name, String description) {
		return in(sought, related, name, description, false);
	}

	/**
	 * The same for an actor's own entry meeting a need by its description: a need of several words is met there by
	 * two of them in the description itself ({@link DescriptionWords}), so those are the words quoted, not one word its
	 * name shares with the need (« Tours et Détours Caraïbes » quoted « Tours » where its description's « tours » and
	 * « scolaires » were what counted). A need of one word is met by that word anywhere: the name first, as for items.
	 */
	static MatchedWords inActor(String sought, List<String> related, String name, String description) {
		return in(sought, related, name, description, TextQuery.wordsOf(sought, 20).size() > 1);
	}

	private static MatchedWords in(String sought, List<String> related, String name, String description,
			boolean descriptionFirst) {
		List<String> own = TextQuery.wordsOf(sought, 20);
		MatchedWords found = in(own, name, description, false, descriptionFirst);
		return found.field() != null ? found : in(related, name, description, true, descriptionFirst);
	}

	private static MatchedWords in(List<String> sought, String name, String description, boolean related,
			boolean descriptionFirst) {
		List<String> wanted = sought.stream().map(LabelRarity::normalised).toList();
		List<String> inName = wordsFirst(found(wanted, name));
		List<String> inDescription = wordsFirst(found(wanted, description));
		if (!inName.isEmpty() && (!descriptionFirst || inDescription.isEmpty())) {
			return new MatchedWords(inName, EvidenceField.NAME, related);
		}
		return new MatchedWords(inDescription, inDescription.isEmpty() ? null : EvidenceField.DESCRIPTION, related);
	}

	/**
	 * The words sought that an actor's best texts for them use (names first, then descriptions), each in one form, at most
	 * {@value #QUOTED}: what the text-relevance sentence quotes, so that a reader sees which words an actor shares
	 * with the problem rather than being told it shares "many".
	 *
	 * @param sought the words the problem's text is sought by
	 * @param texts the actor's best texts (itself, its visible know-how or equipment), best first
	 */
	static List<String> among(List<String> sought, List<EvidenceWords> texts) {
		List<String> wanted = sought.stream().map(LabelRarity::normalised).toList();
		List<String> found = new ArrayList<>();
		texts.forEach(text -> found.addAll(found(wanted, text.label())));
		texts.forEach(text -> found.addAll(found(wanted, text.description())));
		List<String> distinct = new ArrayList<>();
		wordsFirst(found).forEach(word -> {
			// one form of each word: « Aimants » and « aimant » are one word in common
			String normalised = LabelRarity.normalised(word);
			if (distinct.size() < QUOTED
					&& distinct.stream().noneMatch(seen -> LabelRarity.same(LabelRarity.normalised(seen), normalised))) {
				distinct.add(word);
			}
		});
		return distinct;
	}

	/**
	 * The words, numbers left out unless there are only numbers: « 9 000 fenêtres » seeks « 000 », and an actor's
	 * « 40 000 bouteilles » uses it, but quoted beside real words in common (« 000 », « particuliers ») it reads as
	 * nonsense; alone, it is honestly all the actor's text shares. The ranking still seeks numbers (leaving them out
	 * cost recall, docs/matchmaking.md).
	 */
	private static List<String> wordsFirst(List<String> found) {
		List<String> words = found.stream().filter(word -> !NUMBER.matcher(word).matches()).toList();
		return words.isEmpty() ? found : words;
	}

	private static List<String> found(List<String> wanted, String text) {
		List<String> found = new ArrayList<>();
		if (text == null) {
			return found;
		}
		// as the field writes them: the words a reader will look for in it
		for (String word : TextQuery.BETWEEN_WORDS.split(text)) {
			String normalised = LabelRarity.normalised(word);
			if (word.length() > 1 && wanted.stream().anyMatch(want -> LabelRarity.same(normalised, want))
					&& found.stream().noneMatch(word::equalsIgnoreCase)) {
				found.add(word);
			}
		}
		return found;
	}

	/**
	 * Which of the words sought a text uses, as they are sought, each compared as {@link #in} compares them: what
	 * tells whether an item meets a need of several words by two of them ("problems I could help with").
	 */
	static List<String> soughtIn(List<String> sought, String text) {
		if (text == null) {
			return List.of();
		}
		List<String> used = java.util.Arrays.stream(TextQuery.BETWEEN_WORDS.split(text))
			.filter(word -> word.length() > 1)
			.map(LabelRarity::normalised)
			.toList();
		return sought.stream().filter(word -> {
			String wanted = LabelRarity.normalised(word);
			return used.stream().anyMatch(one -> LabelRarity.same(one, wanted));
		}).toList();
	}

}
