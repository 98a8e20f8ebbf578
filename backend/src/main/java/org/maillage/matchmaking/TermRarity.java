package org.maillage.matchmaking;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.maillage.core.BackgroundThread;
import org.maillage.core.TextQuery;

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
 * <p>
 * A lookup reads every text using the word, to return the first ones: a common word costs about 11 ms at 1,000,000
 * actors (ten times its cost at 100,000), and a problem ranked for the first time paid it for each of its words not
 * counted yet. So the words of the problems' own wordings (their know-how needs and titles, the most used first) are
 * counted ahead: when the service warms up ({@link RankingWarmUp}), then in the background before the hour is over.
 */
@Component
class TermRarity extends BackgroundThread {

	private static final Logger log = LoggerFactory.getLogger(TermRarity.class);

	private static final Duration KEPT = Duration.ofHours(1);

	/** Counted ahead again this often: within {@link #KEPT}, so that rankings never find the counts dropped. */
	private static final Duration RECOUNT = Duration.ofMinutes(50);

	/** The problems' most used wordings read, and the most used words of them counted ahead, bounding that work. */
	static final int WORDINGS = 5_000;

	static final int WORDS_AHEAD = 1_000;

	/** Words counted in one statement. */
	private static final int CHUNK = 100;

	private static final int MAX_KEPT = 20_000;

	private static final long MIN_RARE = 5;

	private static final long MAX_RARE = 1000;

	private final MatchQueries queries;

	private volatile Counts counts = new Counts(Instant.EPOCH, 0);

	TermRarity(MatchQueries queries) {
		super("term-rarity");
		this.queries = queries;
		repeat("Counting the problems' words", this::countProblemWords, RECOUNT, RECOUNT);
	}

	/**
	 * Counts the most used words of the problems' wordings into fresh counts, then puts them in place of the old ones:
	 * a word a ranking asks about later is known already, unless no problem of the territory uses it.
	 */
	void countProblemWords() {
		countProblemWords(WORDINGS, WORDS_AHEAD);
	}

	/** As {@link #countProblemWords()}, of the {@code wordings} most used wordings and {@code most} words of them. */
	void countProblemWords(int wordings, int most) {
		long started = System.nanoTime();
		Counts fresh = new Counts(Instant.now(), rareAtMost());
		List<String> words = mostUsedWords(this.queries.problemWordings(wordings), most);
		for (int from = 0; from < words.size(); from += CHUNK) {
			this.queries.publicTextsUsing(words.subList(from, Math.min(words.size(), from + CHUNK)), fresh.rareAtMost + 1)
				.forEach((word, texts) -> fresh.rare.put(word, texts <= fresh.rareAtMost));
		}
		this.counts = fresh;
		log.info("Counted {} words of the problems' wordings in {} ms", words.size(),
				(System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * The words a ranking would ask the rarity of, for these wordings (those {@link Thesaurus#paired} takes of each),
	 * the most used first.
	 */
	static List<String> mostUsedWords(List<String> wordings, int limit) {
		Map<String, Integer> uses = new HashMap<>();
		wordings.forEach(wording -> Thesaurus.paired(TextQuery.wordsOf(wording, 20))
			.forEach(word -> uses.merge(word, 1, Integer::sum)));
		return uses.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(limit)
			.map(Map.Entry::getKey)
			.toList();
	}

	/** Whether this word's count is kept: no lookup is needed to answer {@link #rare} for it. */
	boolean counted(String word) {
		return this.counts.rare.containsKey(word);
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
			current = new Counts(Instant.now(), rareAtMost());
			this.counts = current;
		}
		return current;
	}

	private long rareAtMost() {
		return Math.min(MAX_RARE, Math.max(MIN_RARE, this.queries.textCount() / 100));
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
