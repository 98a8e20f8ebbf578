package org.maillage.actor.persistence;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Which searches' facets are kept, and how many: the database is not involved (the recount is, in
 * {@link KeptFacetsIntegrationTests}).
 */
class KeptFacetsTests {

	private final KeptFacets kept = new KeptFacets(null, 1_000, Duration.ofMinutes(2));

	@Test
	void onlyBroadSearchesAreKept() {
		this.kept.counted(search("narrow"), rows(), 999);
		this.kept.counted(search("broad"), rows(), 1_000);
		assertThat(this.kept.asked(search("narrow"))).isEmpty();
		assertThat(this.kept.asked(search("broad"))).get().extracting(KeptFacets.Counts::matches).isEqualTo(1_000L);
	}

	@Test
	void keptCountsAreReadOncePerChoiceOfFacetsUntilCountedAgain() {
		this.kept.counted(search("fabrication"), rows(), 5_000);
		AtomicInteger readings = new AtomicInteger();
		Function<KeptFacets.Counts, FacetCounts> reading = counts -> {
			readings.incrementAndGet();
			return new FacetCounts(false, Map.of("kinds", Map.of("COMPANY", counts.matches())), Map.of(), null, null);
		};
		List<String> kinds = List.of("kinds");
		assertThat(this.kept.asked(search("fabrication"), kinds, reading)).get()
			.extracting(counts -> counts.byFacet().get("kinds").get("COMPANY"))
			.isEqualTo(5_000L);
		this.kept.asked(search("fabrication"), kinds, reading);
		assertThat(readings).hasValue(1);
		this.kept.asked(search("fabrication"), List.of("kinds", "topics"), reading);
		assertThat(readings).hasValue(2);
		// counted again: the reading of the counts before is not served
		this.kept.counted(search("fabrication"), rows(), 6_000);
		assertThat(this.kept.asked(search("fabrication"), kinds, reading)).get()
			.extracting(counts -> counts.byFacet().get("kinds").get("COMPANY"))
			.isEqualTo(6_000L);
		assertThat(readings).hasValue(3);
		assertThat(this.kept.asked(search("maintenance"), kinds, reading)).isEmpty();
	}

	@Test
	void nothingIsKeptWhenKeepingIsOff() {
		KeptFacets off = new KeptFacets(null, 1_000, Duration.ZERO);
		off.counted(search("broad"), rows(), 5_000);
		assertThat(off.asked(search("broad"))).isEmpty();
	}

	@Test
	void aSearchOfAnotherAudienceOrQueryIsAnotherSearch() {
		this.kept.counted(search("fabrication"), rows(), 5_000);
		assertThat(this.kept.asked(new KeptFacets.Counting("MATCH (n) RETURN n",
				Map.of("index", "directory_entry_facilitators", "query", "fabrication")))).isEmpty();
		assertThat(this.kept.asked(search("maintenance"))).isEmpty();
		assertThat(this.kept.asked(search("fabrication"))).isPresent();
	}

	@Test
	void manySearchesKeptAtOnceKeepAtMostTheCapacityAndTheMostRecentlyAsked() throws Exception {
		this.kept.counted(search("asked throughout"), rows(), 5_000);
		ExecutorService threads = Executors.newFixedThreadPool(8);
		CountDownLatch go = new CountDownLatch(1);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int thread = 0; thread < 8; thread++) {
				int first = thread * 100;
				done.add(threads.submit(() -> {
					go.await();
					for (int i = first; i < first + 100; i++) {
						this.kept.counted(search("word " + i), rows(), 5_000);
						this.kept.asked(search("asked throughout"));
					}
					return null;
				}));
			}
			go.countDown();
			for (Future<?> thread : done) {
				thread.get();
			}
		}
		finally {
			threads.shutdownNow();
		}
		long kept = IntStream.range(0, 800).filter(i -> this.kept.asked(search("word " + i)).isPresent()).count();
		assertThat(kept).isBetween(1L, (long) KeptFacets.CAPACITY - 1);
		assertThat(this.kept.asked(search("asked throughout"))).as("asked all along").isPresent();
	}

	/**
	 * Owners asking a broad search at once, its audience's counts not kept yet: one counting aside, however many
	 * ask while it runs, then the counts kept; none for a narrow search, and another try once threads are free again.
	 */
	@Test
	void manyOwnersAskingAtOnceStartOneCountingAsideOfTheirAudiencesCounts() throws Exception {
		AtomicInteger countings = new AtomicInteger();
		CountDownLatch counting = new CountDownLatch(1);
		KeptFacets kept = new KeptFacets(null, 1_000, Duration.ofMinutes(2)) {
			@Override
			Counts count(Counting search) {
				countings.incrementAndGet();
				try {
					counting.await();
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
				}
				return new Counts(rows(), 5_000, OffsetDateTime.now());
			}
		};
		ExecutorService facetThreads = Executors.newFixedThreadPool(2);
		ExecutorService owners = Executors.newFixedThreadPool(8);
		try {
			assertThat(kept.asked(search("fabrication"))).isEmpty();
			kept.countAside(search("fabrication"), 999, work -> false);
			kept.countAside(search("fabrication"), 5_000, work -> false);
			assertThat(countings).as("narrow, or no thread free").hasValue(0);

			CountDownLatch go = new CountDownLatch(1);
			List<Future<?>> asked = new ArrayList<>();
			for (int owner = 0; owner < 8; owner++) {
				asked.add(owners.submit(() -> {
					go.await();
					for (int ask = 0; ask < 50; ask++) {
						kept.countAside(search("fabrication"), 5_000, work -> {
							facetThreads.execute(work);
							return true;
						});
					}
					return null;
				}));
			}
			go.countDown();
			for (Future<?> owner : asked) {
				owner.get();
			}
			counting.countDown();
			await()
				.atMost(Duration.ofSeconds(10))
				.until(() -> kept.asked(search("fabrication")).isPresent());
			assertThat(countings).as("one counting for 400 askings").hasValue(1);
			kept.countAside(search("fabrication"), 5_000, work -> {
				facetThreads.execute(work);
				return true;
			});
			assertThat(countings).as("kept: not counted aside again").hasValue(1);
		}
		finally {
			counting.countDown();
			owners.shutdownNow();
			facetThreads.shutdownNow();
		}
	}

	private static KeptFacets.Counting search(String words) {
		return new KeptFacets.Counting("MATCH (n) RETURN n", Map.of("index", "directory_entry_public", "query", words));
	}

	private static List<?> rows() {
		return List.of(Map.of("token", 7L, "n", 3L));
	}

}
