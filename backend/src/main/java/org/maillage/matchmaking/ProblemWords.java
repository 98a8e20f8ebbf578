package org.maillage.matchmaking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.maillage.core.TextQuery;

/**
 * The words a problem is searched by, at most {@value #LIMIT}: its title's first, then those of the sentences that say
 * what it seeks (« Nous cherchons des écoles de conduite… », « Nous avons besoin d'un audit… »), then the rest of its
 * description in order. A long description used to be cut after its first forty words, and the sentence naming the
 * partners sought usually closes it (docs/matchmaking.md, "On a territory never seen").
 *
 * @param words the words, title's first
 * @param stressed how many of the first words weigh double in the search: the title's and the sought sentences'
 */
record ProblemWords(List<String> words, int stressed) {

	/** At most this many words: a Lucene query of more is slower and each word says less. */
	static final int LIMIT = 40;

	/** A capitalised word joined by hyphens to others: a candidate name of a town or a person. */
	private static final Pattern COMPOUND_NAME = Pattern.compile("\\p{Lu}[\\p{L}']*(?:-[\\p{L}']+)+");

	/** A sentence ends at a full stop, a question or exclamation mark, or a line break. */
	private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?])\\s+|\\n+");

	/**
	 * Words by which a French text says what it is looking for: chercher, rechercher, avoir besoin, souhaiter, vouloir
	 * (« nous voulons travailler avec… »), « il faut », faire appel à. Their sentence names the partners or the
	 * capabilities wanted.
	 */
	private static final Pattern SEEKING = Pattern.compile(
			"\\b(?:re)?cherch\\p{L}*|\\bbesoins?\\b|\\bsouhait\\p{L}*|\\bvoulons\\b|\\bfaut\\b|\\bappel\\s+(?:à|a)\\b",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	static ProblemWords of(String title, String description) {
		Set<String> words = new LinkedHashSet<>(TextQuery.wordsOf(title, LIMIT));
		List<String> rest = new ArrayList<>();
		if (description != null) {
			for (String sentence : SENTENCES.split(description)) {
				if (SEEKING.matcher(sentence).find()) {
					words.addAll(TextQuery.wordsOf(sentence, LIMIT));
				}
				else {
					rest.add(sentence);
				}
			}
		}
		List<String> sought = words.stream().limit(LIMIT).toList();
		// the sought sentences weigh as the title does: measured on both sets kept apart, stressing the title alone
		// found fewer core actors (docs/matchmaking.md, "On a territory never seen")
		int stressed = sought.size();
		words.addAll(TextQuery.wordsOf(String.join(" ", rest), LIMIT));
		return new ProblemWords(words.stream().limit(LIMIT).toList(), stressed);
	}

	/**
	 * These words but the names of the problem's own place (« Rodez », « Aveyron »): how near an actor is, proximity
	 * measures; sharing the name of the town says nothing of the subject, and a courier whose one word in common with
	 * a lab's problem was « Rodez » was listed on it. Names of one word only: « Saône-et-Loire » leaves « Saône », a
	 * river a flood problem is about. The words of other places stay (a river, a massif, a neighbouring town).
	 */
	ProblemWords without(Collection<String> placeNames) {
		Set<String> names = placeWords(placeNames);
		if (names.isEmpty()) {
			return this;
		}
		List<String> kept = new ArrayList<>();
		int keptStressed = 0;
		for (int i = 0; i < this.words.size(); i++) {
			if (!names.contains(TextQuery.withoutAccents(this.words.get(i)))) {
				kept.add(this.words.get(i));
				keptStressed += i < this.stressed ? 1 : 0;
			}
		}
		return new ProblemWords(List.copyOf(kept), keptStressed);
	}

	/**
	 * The names {@link #without} leaves out: the problem's own places' ({@code places}), and the words its text uses
	 * only inside a name of several capitalised parts joined by hyphens (« entre Saint-Jean-de-Monts et
	 * Notre-Dame-de-Monts »: « saint », « jean », « notre », « dame », « monts »). Those are names of towns or people;
	 * a college of the « Pays de Monts » shared « monts » with a receding dune. A word the text also uses on its own
	 * stays: « la Saône » of a flood problem that also names Saône-et-Loire.
	 */
	static List<String> names(String title, String description, Collection<String> places) {
		String text = title + "\n" + (description == null ? "" : description);
		Set<String> inNames = new LinkedHashSet<>();
		Matcher compound = COMPOUND_NAME.matcher(text);
		while (compound.find()) {
			if (Arrays.stream(compound.group().split("-")).filter(part -> !part.isEmpty()
					&& Character.isUpperCase(part.codePointAt(0))).count() >= 2) {
				inNames.addAll(TextQuery.wordsOf(compound.group(), LIMIT));
			}
		}
		if (inNames.isEmpty()) {
			return List.copyOf(places);
		}
		inNames.removeAll(TextQuery.wordsOf(COMPOUND_NAME.matcher(text).replaceAll(" "), Integer.MAX_VALUE));
		List<String> names = new ArrayList<>(places);
		names.addAll(inNames);
		return names;
	}

	/** Words of a text but the names of one word among these places, compared as {@link #without} does. */
	static List<String> withoutPlaces(List<String> words, Collection<String> placeNames) {
		Set<String> names = placeWords(placeNames);
		return names.isEmpty() ? words
				: words.stream().filter(word -> !names.contains(TextQuery.withoutAccents(word))).toList();
	}

	private static Set<String> placeWords(Collection<String> placeNames) {
		Set<String> names = new HashSet<>();
		placeNames.stream()
			.map(name -> TextQuery.withoutAccents(name.toLowerCase(Locale.ROOT)))
			.filter(name -> name.chars().allMatch(Character::isLetter))
			.forEach(names::add);
		return names;
	}

}
