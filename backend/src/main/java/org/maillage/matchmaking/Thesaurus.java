package org.maillage.matchmaking;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.maillage.core.TextQuery;

import org.springframework.core.io.ClassPathResource;

/**
 * Related French words ({@code matchmaking/thesaurus-fr.txt}) that widen a search: a problem about "recyclage"
 * also finds know-how in "récupération" and "valorisation", and NAF labels that never say "recyclage". Off unless
 * {@code maillage.matchmaking.thesaurus=true}: on the scenario set it did not improve the rankings
 * (docs/matchmaking.md, MatchQualityIntegrationTests), the French stemmer already joining most word forms.
 */
final class Thesaurus {

	static final Thesaurus NONE = new Thesaurus(Map.of());

	/** A related word weighs this much against a word of the text itself, in the Lucene query. */
	private static final String RELATED_BOOST = "^0.5";

	/**
	 * What a word weighs in a name (an actor's, a know-how's, an equipment's) against a description, where it is
	 * evidence alone: a rare word meeting a know-how need ({@link #twoOrRare}), the words in common of the text
	 * relevance ({@link #namesWeighed}). A name is short, so that the index scores its one word several times a
	 * description's, and an actor's name is often a proper name whose words mean something else (« Association de la
	 * Route du Cidre » for a coast road, « Résidence Les Peupliers » for a poplar supply). Chosen among 1, 0.5, 0.25,
	 * 0.1 (and 0 for a rare word) on the labelled sets (docs/matchmaking.md, "A word of a name alone" and "Words of a
	 * name in common").
	 */
	private static final String NAME_BOOST = "^0.25";

	/** A need's words paired in {@link #twoOrRare}: 8 words make 28 pairs, well within Lucene's clause limit. */
	private static final int PAIRED_WORDS = 8;

	private final Map<String, List<String>> related;

	private Thesaurus(Map<String, List<String>> related) {
		this.related = related;
	}

	static Thesaurus french() {
		Map<String, List<String>> related = new HashMap<>();
		var resource = new ClassPathResource("matchmaking/thesaurus-fr.txt");
		try (var reader = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#") && line.contains(":"))
				.forEach(line -> {
					String word = line.substring(0, line.indexOf(':')).strip();
					related.put(word, Arrays.stream(line.substring(line.indexOf(':') + 1).split(","))
						.map(String::strip)
						.filter(w -> !w.isEmpty())
						.toList());
				});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the matchmaking thesaurus", ex);
		}
		return new Thesaurus(Map.copyOf(related));
	}

	/**
	 * A Lucene query for a need's words that a text meets only with two of them (each word or its related words), or
	 * with one rare word alone: one common word ("électrique", "réseau") is no evidence that an item meets a need of
	 * several words. One rare word in a name alone weighs a quarter of one in a description ({@link #NAME_BOOST}).
	 * A need of one word is met by that word. At most {@value #PAIRED_WORDS} words are paired, the
	 * need's first; null when there are no words.
	 */
	String twoOrRare(List<String> words, java.util.function.Predicate<String> rare) {
		if (words.size() < 2) {
			return anyOf(words, 0);
		}
		List<String> paired = paired(words);
		List<String> groups = paired.stream().map(word -> "(" + anyOf(List.of(word), 0) + ")").toList();
		StringBuilder query = new StringBuilder();
		for (int i = 0; i < groups.size(); i++) {
			for (int j = i + 1; j < groups.size(); j++) {
				query.append("(+").append(groups.get(i)).append(" +").append(groups.get(j)).append(") ");
			}
		}
		// a rare word alone weighs as a pair does: it is evidence of the same worth; in a name, a quarter of that
		paired.stream()
			.filter(rare)
			.forEach(word -> query.append("(description:%1$s name:%1$s%2$s)^2 ".formatted(word, NAME_BOOST)));
		return query.toString().strip();
	}

	/**
	 * A query for the words a problem shares with an actor's texts ({@link #anyOf}), where a word of a name weighs
	 * {@link #NAME_BOOST} of one in a description: a dressmaker named « Atelier Décolleté », a film maker « Les Films
	 * du Revermont », a training body « Formations Prévention des Chutes » share a problem's words in their names and
	 * say nothing of doing what it asks, where the actors that do say so in their descriptions.
	 * Chosen among 1, 0.5, 0.25 and 0.1 on the labelled sets (docs/matchmaking.md, "Words of a name in common"). Null
	 * when the query is.
	 */
	static String namesWeighed(String query) {
		return query == null ? null : "description:(%1$s) name:(%1$s)%2$s".formatted(query, NAME_BOOST);
	}

	/**
	 * The words of a need that {@link #twoOrRare} pairs, each of which it asks whether it is rare: none for a need of
	 * one word, which that word meets alone.
	 */
	static List<String> paired(List<String> words) {
		return words.size() < 2 ? List.of() : words.stream().limit(PAIRED_WORDS).toList();
	}

	/**
	 * The related words of these words that are not among them, each once: what a text may use instead, which an
	 * explanation quotes as such (« insertion », close to « chômage »).
	 */
	List<String> relatedTo(List<String> words) {
		Set<String> related = new LinkedHashSet<>();
		words.forEach(word -> this.related.getOrDefault(word, List.of())
			.forEach(relatedWord -> related.addAll(org.maillage.core.TextQuery.wordsOf(relatedWord, 20))));
		related.removeAll(words);
		return List.copyOf(related);
	}

	/**
	 * A Lucene query where any word may match: the words themselves (the first {@code boosted} ones, a title's,
	 * count double) and their related words at half weight; null when there are no words. Words are letters and
	 * digits only ({@code TextQuery#wordsOf}), so they never carry Lucene syntax.
	 */
	String anyOf(List<String> words, int boosted) {
		if (words.isEmpty()) {
			return null;
		}
		Set<String> own = new LinkedHashSet<>(words);
		Set<String> wider = new LinkedHashSet<>();
		words.forEach(word -> this.related.getOrDefault(word, List.of()).forEach(relatedWord -> {
			for (String part : TextQuery.BETWEEN_WORDS.split(relatedWord)) {
				if (part.length() > 1 && !own.contains(part)) {
					wider.add(part);
				}
			}
		}));
		StringBuilder query = new StringBuilder();
		int i = 0;
		for (String word : own) {
			query.append(word).append(i++ < boosted ? "^2 " : " ");
		}
		query.append(wider.stream().map(word -> word + RELATED_BOOST).collect(Collectors.joining(" ")));
		return query.toString().strip();
	}

}
