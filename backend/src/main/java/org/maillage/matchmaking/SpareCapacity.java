package org.maillage.matchmaking;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.maillage.core.TextQuery;

/**
 * Whether an actor says, in its own words, that it has capacity to spare for a step of a value chain: idle
 * equipment, unsold stock, falling orders, a site about to close. Read sentence by sentence: a sentence that says
 * capacity is lacking ("capacité de traitement insuffisante", "saturé", "manque de…") says the opposite and never
 * counts; and the text must speak of what the step is about (its words, or the words of the actor's items that meet
 * it), so that one actor's difficulties do not lift it for every step of the chain.
 */
final class SpareCapacity {

	/** Words (beginnings, accents folded) that tell of capacity to spare. */
	private static final List<String> SPARE = List.of("surcapacit", "capacite disponible", "capacites disponibles",
			"inutilise", "sous-utilise", "sous utilise", "inoccupe", "a l'arret", "en sommeil", "invendu", "excedent",
			"vacant", "reconversion", "nouvelle activite", "fermera", "fermeture", "faillite", "liquidation",
			"redressement", "sauvegarde", "en difficulte", "carnet de commandes", "repreneur", "reprise du site",
			"s'accumul", "en stock", "stock dormant", "ne savons pas valoriser", "ne savons pas traiter",
			"pourraient servir");

	/** Words that say capacity is lacking: the sentence is about a need, not a spare capacity. */
	private static final List<String> LACKING = List.of("insuffisan", "sature", "manque de", "manquent", "pas assez",
			"penurie", "deborde", "a pleine capacite", "plus de place", "au maximum de");

	private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?;])\\s+|\\n+");

	private SpareCapacity() {
	}

	/**
	 * The first sentence of the text that tells of capacity to spare, when the text speaks of the step.
	 *
	 * @param stepWords words of the step and of the actor's items that meet it; the text must use one of them
	 */
	static Optional<String> in(String text, Collection<String> stepWords) {
		if (text == null || text.isBlank() || !speaksOf(folded(text), stepWords)) {
			return Optional.empty();
		}
		for (String sentence : SENTENCES.split(text.strip())) {
			String folded = folded(sentence);
			if (SPARE.stream().anyMatch(folded::contains) && LACKING.stream().noneMatch(folded::contains)) {
				String quoted = sentence.strip();
				return Optional.of(quoted.length() > 200 ? quoted.substring(0, 199) + "…" : quoted);
			}
		}
		return Optional.empty();
	}

	/** Whether the text uses one of the step's words, compared on their first five letters. */
	private static boolean speaksOf(String text, Collection<String> stepWords) {
		return stepWords.stream()
			.map(SpareCapacity::folded)
			.filter(word -> word.length() >= 4)
			.map(word -> word.length() > 5 ? word.substring(0, 5) : word)
			.anyMatch(stem -> Pattern.compile("(^|[^\\p{L}])" + Pattern.quote(stem)).matcher(text).find());
	}

	private static String folded(String text) {
		return TextQuery.withoutAccents(text.toLowerCase(Locale.ROOT))
			.replace('’', '\'');
	}

}
