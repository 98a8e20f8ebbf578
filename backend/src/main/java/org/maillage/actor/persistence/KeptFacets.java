package org.maillage.actor.persistence;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.maillage.core.BackgroundThread;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The facets of broad text searches, kept once counted and recounted in the background every
 * {@code maillage.directory.kept-facets-interval} (two minutes; zero keeps none). A search matching thousands of
 * actors, « fabrication » or « maintenance », has its facets counted over up to 10,000 matches, which costs most of
 * what its page costs again (docs/observatory.md, "Facets of broad text searches"); the same search asked again reads
 * the counts kept, as a broad list filtered by a territory reads the observatory's, with the time they were counted.
 * <p>
 * What is kept is the counting of one audience's matches: the statement and its parameters (the audience's index and
 * query, the window) are the key, so the public's counts never serve a member or a facilitator, and only a counting
 * that is the same for every caller of the audience is kept: none that reads a caller's own actors, whose hidden
 * items the caller's list shows. Such a caller reads its audience's counts, to which what its own actors add is
 * counted at the request; when they are not kept yet, its request counts its own list's and its audience's are
 * counted aside ({@link #countAside}). A search not asked for an hour is dropped, and at most {@value #CAPACITY} are
 * kept, the least recently asked dropped first.
 */
@Component
public class KeptFacets extends BackgroundThread {

	/** Searches kept at most: a few hundred rows each, a few megabytes in all. */
	static final int CAPACITY = 200;

	/** A search not asked for this long is no longer recounted. */
	static final Duration UNASKED = Duration.ofHours(1);

	private static final Logger log = LoggerFactory.getLogger(KeptFacets.class);

	private final Neo4jClient neo4j;

	/**
	 * The fewest matches whose facets are kept: counting a text search's 10,000 matches costs about 9 ms over its
	 * page, under 1,000 less than one, not worth a place among the {@value #CAPACITY} kept.
	 */
	static final int KEPT_FROM = 1_000;

	private final long from;

	private final Duration interval;

	private final Map<Counting, Kept> kept = new ConcurrentHashMap<>();

	/** The countings started by {@link #countAside} and not done yet. */
	private final Set<Counting> countingAside = ConcurrentHashMap.newKeySet();

	/**
	 * @param from the matches from which a search's facets are kept ({@code maillage.directory.kept-facets-from},
	 * {@value #KEPT_FROM}): below, counting them costs little
	 * @param interval how often the kept facets are counted again
	 */
	KeptFacets(Neo4jClient neo4j, @Value("${maillage.directory.kept-facets-from:" + KEPT_FROM + "}") long from,
			@Value("${maillage.directory.kept-facets-interval:2m}") Duration interval) {
		super("kept-facets");
		this.neo4j = neo4j;
		this.from = from;
		this.interval = interval;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		if (!this.interval.isZero()) {
			repeat("Kept facets", this::recount, this.interval, this.interval);
		}
	}

	/**
	 * A counting of a search's facets: a statement ending with {@code matches} (how many it looked up) and
	 * {@code counts} (rows of {@code {token, n}}), and its parameters, which must not change once given.
	 */
	record Counting(String statement, Map<String, Object> parameters) {

		Counting {
			parameters = Collections.unmodifiableMap(new HashMap<>(parameters));
		}

	}

	/** A counting's rows, how many matches it read, and when. */
	record Counts(List<?> rows, long matches, OffsetDateTime countedAt) {
	}

	/** Runs a counting now. */
	Counts count(Counting counting) {
		Map<String, Object> row = this.neo4j.query(counting.statement())
			.bindAll(counting.parameters())
			.fetch()
			.one()
			.orElseThrow();
		return new Counts((List<?>) row.get("counts"), (Long) row.get("matches"), OffsetDateTime.now(ZoneOffset.UTC));
	}

	/** The counts kept for this counting, if any, which is asked for now; empty when not kept or keeping is off. */
	Optional<Counts> asked(Counting counting) {
		Kept search = this.kept.get(counting);
		if (search == null) {
			return Optional.empty();
		}
		search.askedAt = System.nanoTime();
		return Optional.of(search.counts);
	}

	/**
	 * The counts kept for this counting read as these facets, if any, which are asked for now. Each reading is kept
	 * with the counts it read until they are counted again: reading them names the topics counted by token from every
	 * topic, a statement of its own that cost a kept search's facets as much as counting a list's own
	 * (docs/observatory.md, "Facets counted beside the page").
	 */
	Optional<FacetCounts> asked(Counting counting, List<String> facets, Function<Counts, FacetCounts> reading) {
		Kept search = this.kept.get(counting);
		if (search == null) {
			return Optional.empty();
		}
		search.askedAt = System.nanoTime();
		Readings readings = search.readings;
		Counts counts = search.counts;
		if (readings == null || readings.of() != counts) {
			readings = new Readings(counts, new ConcurrentHashMap<>());
			search.readings = readings;
		}
		List<String> asked = List.copyOf(facets);
		FacetCounts read = readings.byFacets().get(asked);
		if (read == null) {
			read = reading.apply(counts);
			readings.byFacets().putIfAbsent(asked, read);
		}
		return Optional.of(read);
	}

	/**
	 * Keeps the counts a request just made, when they are of a broad search; the least recently asked search is
	 * dropped when more than {@value #CAPACITY} are kept.
	 */
	void counted(Counting counting, List<?> rows, long matches) {
		if (this.interval.isZero() || matches < this.from) {
			return;
		}
		this.kept.put(counting, new Kept(new Counts(List.copyOf(rows), matches, OffsetDateTime.now(ZoneOffset.UTC))));
		log.debug("Kept the facets of a search of {} matches in {} ({} kept)", matches,
				counting.parameters().get("index"), this.kept.size());
		while (this.kept.size() > CAPACITY) {
			this.kept.entrySet()
				.stream()
				.min(Comparator.comparingLong(entry -> entry.getValue().askedAt))
				.ifPresent(oldest -> this.kept.remove(oldest.getKey(), oldest.getValue()));
		}
	}

	/**
	 * Counts a broad search's facets and keeps them, on a thread {@code threads} gives (or says it has none free), unless
	 * they are kept or being counted aside already: the counts of an audience that a request did not make itself, an
	 * owner's request counting its own list's, so that its next asking reads them ({@link FacetedSearch}).
	 * @param matches how many matches the request found, about as many as the audience's
	 */
	void countAside(Counting counting, long matches, Predicate<Runnable> threads) {
		if (this.interval.isZero() || matches < this.from || this.kept.containsKey(counting)
				|| !this.countingAside.add(counting)) {
			return;
		}
		boolean started = threads.test(() -> {
			try {
				Counts counts = count(counting);
				counted(counting, counts.rows(), counts.matches());
			}
			catch (RuntimeException failed) {
				// the next asking tries again; the request was answered with its own counts
				log.warn("Could not count a search's facets to keep them: {}", failed.toString());
			}
			finally {
				this.countingAside.remove(counting);
			}
		});
		if (!started) {
			this.countingAside.remove(counting);
		}
	}

	/** Counts as read for each choice of facets asked: at most one per subset of a list's facets. */
	private record Readings(Counts of, Map<List<String>, FacetCounts> byFacets) {
	}

	/** Counts every search kept again, and drops those not asked for {@link #UNASKED}. */
	void recount() {
		long unasked = System.nanoTime() - UNASKED.toNanos();
		long started = System.nanoTime();
		this.kept.forEach((counting, search) -> {
			if (search.askedAt - unasked < 0) {
				this.kept.remove(counting, search);
			}
			else {
				search.counts = count(counting);
			}
		});
		log.debug("Kept facets counted again in {} ms ({} kept)", (System.nanoTime() - started) / 1_000_000,
				this.kept.size());
	}

	/** Kept counts, replaced whole when recounted, and when the search was last asked. */
	private static final class Kept {

		volatile Counts counts;

		/** The counts as read for the facets asked so far; of counts no longer kept once they are counted again. */
		volatile Readings readings;

		volatile long askedAt = System.nanoTime();

		Kept(Counts counts) {
			this.counts = counts;
		}

	}

}
