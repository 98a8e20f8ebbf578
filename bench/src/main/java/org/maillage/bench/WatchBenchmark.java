package org.maillage.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.maillage.watch.Digests;
import org.maillage.watch.WatchEventKind;
import org.maillage.watch.persistence.WatchGraph;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * The watch at scale (issue 13). On the synthetic territory, whose actors are written outside the service and so
 * have no events, it first records one NEW_ACTOR event per actor and one NEW_PROBLEM event per problem through the
 * service's own {@link WatchGraph#record} (once: a second run finds them), then writes {@code --subscribers} people
 * (10,000) each watching one département of the territory and holding a confirmed weekly digest. It measures a feed
 * page, {@code myFeed(first: 20)}, over HTTP as signed-in subscribers (a first page, then the page after it), and
 * times one digest run for all subscribers through {@link Digests#run}; the e-mails it queues are deleted afterwards
 * (the bench has no SMTP server). Run it with {@code bench/watch.sh}.
 */
public final class WatchBenchmark {

	private static final double FEED_P95_TARGET = 50;

	private static final String FEED = """
			query($after: String) { myFeed(first: 20, after: $after) {
			  edges { cursor node { id kind at subjectId title actorId actorName description } }
			  pageInfo { hasNextPage endCursor } } }""";

	private static final String SUBSCRIBER = "bench-watcher-";

	private final BenchService.Options options;

	private final int subscribers;

	private WatchBenchmark(BenchService.Options options, int subscribers) {
		this.options = options;
		this.subscribers = subscribers;
	}

	public static void main(String[] args) {
		BenchService.Options.runAndExit(args, 200, "subscribers", 10_000,
				(options, count) -> new WatchBenchmark(options, count).run());
	}

	private int run() {
		// the observatory's first figures (25 s at 100k actors) would be computed during the first measured rounds
		// and lift every figure by a quarter (docs/performance.md); --maillage.observatory.first-refresh-delay=5s
		// (the service's default) measures with them
		try (BenchService service = BenchService.start(
				this.options.withDefault("maillage.observatory.first-refresh-delay", "1h"))) {
			service.printDataSet(this.options);
			if (this.options.generateOnly()) {
				return 0;
			}
			recordEvents(service);
			List<String> departements = writeSubscribers(service.driver());
			System.out.printf("%,d subscribers, each watching one of %d départements%n", this.subscribers,
					departements.size());

			// as an orchestrator would: pages asked while the rankings are being planned measure that planning
			service.awaitRankingsPlanned();
			Latencies first = new Latencies("myFeed first page");
			Latencies next = new Latencies("myFeed next page");
			int people = Math.min(this.subscribers, 50);
			List<GraphQlClient> clients = new ArrayList<>();
			for (int i = 0; i < people; i++) {
				clients.add(service.signedIn(SUBSCRIBER + i, "MEMBER"));
			}
			long events = 0;
			for (int round = -this.options.warmup(); round < this.options.rounds(); round++) {
				GraphQlClient client = clients.get(Math.floorMod(round, people));
				GraphQlClient.Answer page = client.post(FEED, java.util.Collections.singletonMap("after", null));
				var feed = page.data("myFeed");
				String cursor = feed.path("pageInfo").path("endCursor").asText(null);
				GraphQlClient.Answer after = cursor == null ? null : client.post(FEED, Map.of("after", cursor));
				if (round >= 0) {
					first.add(page.nanos());
					events += feed.path("edges").size();
					if (after != null) {
						after.data("myFeed");
						next.add(after.nanos());
					}
				}
			}
			System.out.println();
			System.out.printf("%-22s %8s %8s %8s %8s%n", "operation", "count", "p50 ms", "p95 ms", "p99 ms");
			for (Latencies latencies : List.of(first, next)) {
				System.out.printf("%-22s %8d %8.1f %8.1f %8.1f%n", latencies.operation(), latencies.count(),
						latencies.percentile(50), latencies.percentile(95), latencies.percentile(99));
			}
			System.out.printf("Events per first page: %.1f on average%n", (double) events / Math.max(1, first.count()));
			System.out.printf("Target feed page p95 <= %.0f ms: %s%n", FEED_P95_TARGET,
					first.percentile(95) <= FEED_P95_TARGET && next.percentile(95) <= FEED_P95_TARGET ? "met"
							: "NOT met");

			Digests digests = service.context().getBean(Digests.class);
			makeDigestsDue(service.driver());
			long started = System.nanoTime();
			Digests.Summary summary = digests.run(Instant.now().plus(Duration.ofDays(8)));
			double seconds = (System.nanoTime() - started) / 1e9;
			System.out.printf("Digest run: %,d digests due, %,d e-mails queued, in %.1f s (%.1f ms per digest)%n",
					summary.digests(), summary.mails(), seconds, seconds * 1000 / Math.max(1, summary.digests()));
			deleteQueuedDigests(service.driver());
			return 0;
		}
	}

	/** One event per actor and per problem, through the service's own statement, unless a run recorded them. */
	private void recordEvents(BenchService service) {
		Driver driver = service.driver();
		long recorded = driver.executableQuery("MATCH (e:WatchEvent) RETURN count(e) AS n").execute().records().get(0)
			.get("n").asLong();
		if (recorded > 0) {
			System.out.printf("%,d watch events already recorded%n", recorded);
			return;
		}
		List<String[]> subjects = new ArrayList<>();
		driver.executableQuery("MATCH (a:Actor) RETURN a.id AS actor, a.id AS subject, 'NEW_ACTOR' AS kind "
				+ "UNION ALL MATCH (a:Actor)-[:FACES]->(p:Problem) RETURN a.id AS actor, p.id AS subject, 'NEW_PROBLEM' AS kind")
			.execute()
			.records()
			.forEach((Record row) -> subjects.add(new String[] { row.get("kind").asString(),
					row.get("subject").asString(), row.get("actor").asString() }));
		WatchGraph graph = service.context().getBean(WatchGraph.class);
		TransactionTemplate transactions = service.context().getBean(TransactionTemplate.class);
		long started = System.nanoTime();
		int batch = 500;
		for (int from = 0; from < subjects.size(); from += batch) {
			List<String[]> slice = subjects.subList(from, Math.min(subjects.size(), from + batch));
			transactions.executeWithoutResult(status -> slice
				.forEach(subject -> graph.record(WatchEventKind.valueOf(subject[0]), subject[1], subject[2])));
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.printf("Recorded %,d watch events in %.1f s (%,.0f events/s)%n", subjects.size(), seconds,
				subjects.size() / seconds);
	}

	/** The subscribers: watcher i watches the i-th département (round robin) and has a confirmed weekly digest. */
	private List<String> writeSubscribers(Driver driver) {
		List<String> departements = driver
			.executableQuery("""
					MATCH (:Actor)-[:LOCATED_IN]->(:Commune)-[:PART_OF]->(d:Departement)
					RETURN DISTINCT d.id AS id ORDER BY id""")
			.execute()
			.records()
			.stream()
			.map(row -> row.get("id").asString())
			.toList();
		if (departements.isEmpty()) {
			throw new IllegalStateException("The territory has no actor in any département");
		}
		int batch = 2_000;
		for (int from = 0; from < this.subscribers; from += batch) {
			driver.executableQuery("""
					UNWIND range($from, $to - 1) AS i
					WITH i, $prefix + i AS person, $departements[i % size($departements)] AS departement
					MERGE (w:Watch {personKey: person + '|TERRITORY|' + departement})
					  ON CREATE SET w.id = randomUUID(), w.personId = person, w.kind = 'TERRITORY',
					                w.value = departement, w.label = departement, w.anchors = ['TERRITORY:' + departement],
					                w.requireTerritories = [], w.requireTrades = [], w.requireTopics = [],
					                w.requireKinds = [], w.requireSectors = [], w.createdAt = datetime()
					MERGE (d:WatchDigest {personId: person})
					  ON CREATE SET d.token = randomUUID(), d.confirmToken = randomUUID(), d.createdAt = datetime()
					SET d.status = 'CONFIRMED', d.frequency = 'WEEKLY', d.email = person + '@bench.example.org',
					    d.visible = ['PUBLIC', 'MEMBERS']""")
				.withParameters(Map.of("from", from, "to", Math.min(this.subscribers, from + batch), "prefix",
						SUBSCRIBER, "departements", departements))
				.execute();
		}
		return departements;
	}

	/** Every bench digest due, covering the last week. */
	private static void makeDigestsDue(Driver driver) {
		driver.executableQuery("""
				MATCH (d:WatchDigest) WHERE d.personId STARTS WITH $prefix
				SET d.dueAt = $now, d.lastSentAt = $weekAgo""")
			.withParameters(Map.of("prefix", SUBSCRIBER, "now", Instant.now().atOffset(ZoneOffset.UTC), "weekAgo",
					Instant.now().minus(Duration.ofDays(7)).atOffset(ZoneOffset.UTC)))
			.execute();
	}

	/** The bench's digests would wait for an SMTP server for ever: they go. */
	private static void deleteQueuedDigests(Driver driver) {
		long deleted;
		do {
			deleted = driver.executableQuery("""
					MATCH (m:OutgoingMail {status: 'PENDING'}) WHERE m.to ENDS WITH '@bench.example.org'
					WITH m LIMIT 5000 DELETE m RETURN count(*) AS n""")
				.execute()
				.records()
				.get(0)
				.get("n")
				.asLong();
		}
		while (deleted > 0);
	}

}
