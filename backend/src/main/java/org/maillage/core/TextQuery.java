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

	/**
	 * What separates words: anything but letters and digits. Compiled once: texts are cut into words thousands of
	 * times in one ranking's explanations.
	 */
	public static final java.util.regex.Pattern BETWEEN_WORDS = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final CharArraySet STOP_WORDS = FrenchAnalyzer.getDefaultStopSet();

	/**
	 * Words that say nothing of a subject, which Lucene's French list lacks: negation, degree, quantity, magnitude,
	 * duration, number and linking words, and "faire". A stored text's words ({@link #wordsOf}) leave them out too, so that "non" in « chaleur résiduelle non
	 * valorisée » is neither sought nor quoted as evidence. A search box keeps them: what a person types is searched.
	 */
	private static final java.util.Set<String> EMPTY_WORDS = java.util.Set.of("non", "plus", "moins", "très", "trop",
			"aussi", "ainsi", "tout", "tous", "toute", "toutes", "afin", "dont", "ni", "si", "bien", "peu", "encore",
			"déjà", "chez", "entre", "vers", "sous", "depuis", "selon", "car", "donc", "puis", "alors", "comme", "lors",
			"où", "aucun", "aucune", "chaque", "plusieurs", "autre", "autres", "cela", "ceux", "celle", "celles",
			"celui", "quelque", "quelques", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "dix", "cent",
			"mille", "faire",
			// function words the stop list has only without their accent or elided: « dès » folds to « des », and an
			// explanation quoted « des » as a word in common
			"dès", "là", "jusqu", "lorsqu", "puisqu",
			// magnitude and duration: « chômage de longue durée élevé » asks about unemployment, and a lab's « durée
			// de vie » or a school's « élèves » (the same word once accents are folded) is no lead
			"élevé", "élevée", "élevés", "élevées", "faible", "faibles", "fort", "forte", "forts", "fortes", "grand",
			"grande", "grands", "grandes", "petit", "petite", "petits", "petites", "long", "longue", "longs", "longues",
			"court", "courte", "courts", "courtes", "haut", "haute", "bas", "basse", "nombreux", "nombreuses",
			"supérieur", "supérieure", "inférieur", "inférieure", "moyenne", "taux", "durée", "fois",
			// nearness, which proximity measures: a slaughterhouse's « valorisation locale » of its feathers met a
			// caterer's « produits locaux »
			"local", "locale", "locaux", "locales");

	/**
	 * Locutions whose noun says nothing of the subject (« au lieu de », « en matière de », « dans le cadre de »…):
	 * « recycler nos filets au lieu de les enfouir » sought « lieu », which a fishmonger's « lieu jaune » met, and « en
	 * matière de » would seek « matière ». The noun is left out only inside the locution: « un lieu de stockage » keeps
	 * it. Matched on lower-case text; what follows the locution (« de », « d' », « à », « avec ») is a stop word anyway.
	 * « À partir de » is not among them: measured, leaving « partir » out moved the ranking's thresholds on a labelled
	 * set (docs/matchmaking.md, "On a territory never seen") for no gain on the others.
	 */
	private static final java.util.regex.Pattern LOCUTIONS = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
			+ "(?:au lieu|au sein|au cours|au niveau|au profit|au bout|au moyen|au titre|au[- ]delà|en matière|en raison"
			+ "|en vue|en fonction|en dehors|en termes|en cas|à la place|à l['’]aide|à proximité|à côté"
			+ "|à la suite|à l['’]égard|à l['’]échelle|à hauteur|dans le cadre|sous forme|de manière|de façon)"
			+ "\\s*(?:d['’]|(?:de|du|des)(?![\\p{L}\\p{N}]))"
			+ "|(?:(?:face|grâce) (?:à|aux)|en lien avec|en cours|en tant que|à travers)(?![\\p{L}\\p{N}]))");

	/** The marks a decomposed letter carries: its accents. */
	private static final java.util.regex.Pattern ACCENTS = java.util.regex.Pattern.compile("\\p{M}+");

	private TextQuery() {
	}

	/**
	 * The text with its letters' accents dropped ("Épinal" → "Epinal"), nothing else changed. Plain ASCII, most
	 * words, is returned as it is without being decomposed: explanations and imports fold thousands of words.
	 */
	public static String withoutAccents(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= 0x80) {
				return ACCENTS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
			}
		}
		return text;
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
		return Arrays.stream(BETWEEN_WORDS.split(text.toLowerCase(Locale.ROOT)))
			.filter(word -> !word.isEmpty() && !STOP_WORDS.contains(word))
			.distinct()
			.toList();
	}

	/**
	 * The distinct words of a stored text (a problem's description, a need), lower case, without French stop words,
	 * words empty of subject ({@link #EMPTY_WORDS}) or one-letter words, in order of first appearance, at most {@code limit}. Unlike {@link #words} there is no
	 * length limit: the text is not a search box's.
	 */
	public static List<String> wordsOf(String text, int limit) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(BETWEEN_WORDS.split(withoutLocutions(text)))
			.filter(word -> word.length() > 1 && !STOP_WORDS.contains(word) && !EMPTY_WORDS.contains(word))
			.distinct()
			.limit(limit)
			.toList();
	}

	/**
	 * A stored text's words as a reader should see them: those of {@link #wordsOf}, in the same number, with the words
	 * empty of subject between them kept, since they may turn the sense ("non" in « chaleur résiduelle non
	 * valorisée »). For labels, never for a search: {@link #wordsOf} of the phrase gives the words sought.
	 *
	 * @param limit at most this many words with a subject
	 */
	public static List<String> phraseOf(String text, int limit) {
		List<String> phrase = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return phrase;
		}
		int meaningful = 0;
		for (String word : BETWEEN_WORDS.split(withoutLocutions(text))) {
			if (meaningful == limit) {
				break;
			}
			if (word.length() > 1 && !STOP_WORDS.contains(word) && !phrase.contains(word)) {
				phrase.add(word);
				meaningful += EMPTY_WORDS.contains(word) ? 0 : 1;
			}
		}
		// words empty of subject after the last meaningful one say nothing
		while (!phrase.isEmpty() && EMPTY_WORDS.contains(phrase.get(phrase.size() - 1))) {
			phrase.remove(phrase.size() - 1);
		}
		return phrase;
	}

	/** The text in lower case, its locutions ({@link #LOCUTIONS}) left out. */
	private static String withoutLocutions(String text) {
		return LOCUTIONS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ");
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
		String last = withoutAccents(words.get(words.size() - 1)).replace("œ", "oe")
			.replace("æ", "ae");
		List<String> required = new ArrayList<>(words.subList(0, words.size() - 1));
		required.add(last + "*");
		return required.stream().map(word -> "+" + word).collect(Collectors.joining(" "));
	}

}
