package org.maillage.matchmaking;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.maillage.matchmaking.persistence.MatchQueries;

import org.springframework.stereotype.Component;

/**
 * Whether a word is rare in the territory's public texts (actors' descriptions, know-how, equipment): few enough
 * of them use it that one such word is evidence on its own, where a common one ("électrique", "réseau") needs another
 * word of the need beside it ({@link Thesaurus#twoOrRare}). Counted in the public audience's index only, so that no
 * hidden text moves what counts as evidence for anyone. A word is rare when at most one text in a hundred uses it
 * (actors' descriptions, know-how and equipment counted together; at least 5, at most 1,000 so that the lookup stays
 * bounded).
 * Counts are kept for an hour, since a territory's vocabulary changes slowly and each costs a lookup.
 */
@Component
class TermRarity {

	private static final Duration KEPT = Duration.ofHours(1);

	private static final int MAX_KEPT = 20_000;

	private static final long MIN_RARE = 5;

	private static final long MAX_RARE = 1000;

	private final MatchQueries queries;

	private volatile Counts counts = new Counts(Instant.EPOCH, 0);

	TermRarity(MatchQueries queries) {
		this.queries = queries;
	}

	boolean rare(String word) {
		Counts current = current();
		return current.rare.computeIfAbsent(word,
				key -> this.queries.publicTextsUsing(key, current.rareAtMost + 1) <= current.rareAtMost);
	}

	/**
	 * Counts, in one statement, the words of these that are not counted yet, so that {@link #rare} then answers from
	 * what is kept: a ranking asks about every word of a problem's know-how needs, and one lookup each took about as
	 * long as the ranking's own statement on a new problem at 100,000 actors (docs/performance.md).
	 */
	void count(Collection<String> words) {
		Counts current = current();
		List<String> unknown = words.stream().distinct().filter(word -> !current.rare.containsKey(word)).toList();
		if (!unknown.isEmpty()) {
			this.queries.publicTextsUsing(unknown, current.rareAtMost + 1)
				.forEach((word, texts) -> current.rare.putIfAbsent(word, texts <= current.rareAtMost));
		}
	}

	private Counts current() {
		Counts current = this.counts;
		if (current.since.plus(KEPT).isBefore(Instant.now()) || current.rare.size() > MAX_KEPT) {
			current = new Counts(Instant.now(), Math.min(MAX_RARE, Math.max(MIN_RARE, this.queries.textCount() / 100)));
			this.counts = current;
		}
		return current;
	}

	private static final class Counts {

		final Instant since;

		final long rareAtMost;

		final Map<String, Boolean> rare = new ConcurrentHashMap<>();

		Counts(Instant since, long rareAtMost) {
			this.since = since;
			this.rareAtMost = rareAtMost;
		}

	}

}
