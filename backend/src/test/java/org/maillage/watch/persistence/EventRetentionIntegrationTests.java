package org.maillage.watch.persistence;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.ApiAndGraphTests;
import org.maillage.MaillageIntegrationTest;
import org.maillage.TestActors;
import org.maillage.TestCallers;
import org.maillage.security.Role;
import org.maillage.watch.WatchProperties;
import org.neo4j.driver.summary.Plan;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Old watch events are deleted with their links, recent ones stay and still reach their subscriber's feed, and two
 * runs at once delete each event once. The old events are written here with a past {@code at}, as the service would
 * have recorded them then; the database is shared, so only this test's events (ids and key of its token) are looked at.
 */
@MaillageIntegrationTest
class EventRetentionIntegrationTests extends ApiAndGraphTests {

	@Autowired
	EventRetention retention;

	@Autowired
	WatchProperties properties;

	String token = TestActors.newToken();

	String subscriber = "watcher-" + this.token;

	String ownerActor;

	String problemId;

	@BeforeEach
	void aWatcherOfTheCommuneOfAPublicProblem() {
		TestCallers.signIn(this.subscriber, Role.MEMBER);
		this.graphQl.document("mutation { watch(input: {kind: TERRITORY, value: \"commune:05061\"}) { watch { id } } }")
			.execute()
			.errors()
			.verify();
		TestCallers.signIn("owner-" + this.token, Role.MEMBER);
		this.ownerActor = TestActors.register(this.graphQl, "Fonderie " + this.token, "05061");
		this.problemId = this.graphQl.document("""
				mutation($actorId: ID!, $title: String!) { addProblem(input: {actorId: $actorId, title: $title,
				  visibility: PUBLIC}) { problem { id } } }""")
			.variable("actorId", this.ownerActor)
			.variable("title", "Chutes d’aimants " + this.token)
			.execute()
			.path("addProblem.problem.id")
			.entity(String.class)
			.get();
	}

	@Test
	void eventsOlderThanTheRetentionGoWithTheirLinksAndRecentOnesStayInTheFeed() {
		Instant now = Instant.now();
		Instant before = now.minus(this.properties.retention());
		List<String> old = eventsAt("old", 12, before.minus(Duration.ofDays(30)));
		old.addAll(eventsAt("barely-old", 3, before.minus(Duration.ofMinutes(5))));
		List<String> outOfFeed = eventsAt("out-of-feed", 3, now.minus(this.properties.feedWindow()).minusSeconds(3600));
		List<String> recent = eventsAt("recent", 3, now.minus(Duration.ofDays(2)));

		// batches of 5: the run goes on until none is left
		assertThat(this.retention.deleteBefore(before, 5)).isGreaterThanOrEqualTo(old.size());

		assertThat(existing(old)).isEmpty();
		assertThat(existing(outOfFeed)).containsExactlyInAnyOrderElementsOf(outOfFeed);
		assertThat(existing(recent)).containsExactlyInAnyOrderElementsOf(recent);
		assertThat(linksToThisTestsKey()).isEqualTo(outOfFeed.size() + recent.size());
		TestCallers.signIn(this.subscriber, Role.MEMBER);
		assertThat(wholeFeed()).containsAll(recent).doesNotContainAnyElementsOf(old)
			.doesNotContainAnyElementsOf(outOfFeed);
	}

	@Test
	void twoRunsAtOnceDeleteEachOldEventOnce() throws Exception {
		Instant before = Instant.now().minus(this.properties.retention());
		List<String> old = eventsAt("raced", 60, before.minus(Duration.ofDays(1)));
		long oldInTheDatabase = this.neo4j.query("MATCH (e:WatchEvent) WHERE e.at < $before RETURN count(e)")
			.bind(before.atOffset(ZoneOffset.UTC))
			.to("before")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();

		ExecutorService threads = Executors.newFixedThreadPool(2);
		CountDownLatch go = new CountDownLatch(1);
		long deleted = 0;
		try {
			List<Future<Long>> runs = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				runs.add(threads.submit(() -> {
					go.await();
					return this.retention.deleteBefore(before, 7);
				}));
			}
			go.countDown();
			for (Future<Long> run : runs) {
				deleted += run.get();
			}
		}
		finally {
			threads.shutdownNow();
		}

		assertThat(deleted).isEqualTo(oldInTheDatabase);
		assertThat(existing(old)).isEmpty();
		assertThat(linksToThisTestsKey()).isZero();
	}

	@Test
	void theDeletionReadsTheEventsThroughTheirTimeIndexInItsOrder() {
		Plan plan = this.neo4j.query("EXPLAIN " + EventRetention.OLDEST)
			.bindAll(Map.of("before", Instant.now().atOffset(ZoneOffset.UTC), "batch", 5_000))
			.run()
			.plan();
		List<String> operators = new ArrayList<>();
		List<String> details = new ArrayList<>();
		collect(plan, operators, details);
		assertThat(operators).as(String.join(" < ", operators))
			.anyMatch(operator -> operator.startsWith("NodeIndexSeekByRange"))
			.noneMatch(operator -> operator.startsWith("Sort") || operator.startsWith("Top"));
		assertThat(details).anyMatch(detail -> detail.contains("WatchEvent(at)"));
	}

	/** Events about this test's problem at {@code at}, about the watched commune and a key of this test's own. */
	private List<String> eventsAt(String name, int count, Instant at) {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			ids.add(this.token + "-" + name + "-" + i);
		}
		this.neo4j.query("""
				UNWIND $ids AS id
				CREATE (e:WatchEvent {id: id, kind: 'NEW_PROBLEM', at: $at, subjectId: $problemId, actorId: $actorId,
				                      keys: $keys})
				WITH e
				UNWIND e.keys AS key
				MERGE (k:WatchKey {key: key})
				CREATE (e)-[:ABOUT {key: key, at: e.at}]->(k)""")
			.bindAll(Map.of("ids", ids, "at", at.atOffset(ZoneOffset.UTC), "problemId", this.problemId, "actorId",
					this.ownerActor, "keys", List.of("TERRITORY:commune:05061", testKey())))
			.run();
		return ids;
	}

	private List<String> existing(List<String> ids) {
		return List.copyOf(this.neo4j.query("MATCH (e:WatchEvent) WHERE e.id IN $ids RETURN e.id")
			.bind(ids)
			.to("ids")
			.fetchAs(String.class)
			.all());
	}

	private long linksToThisTestsKey() {
		return this.neo4j.query("MATCH (:WatchKey {key: $key})<-[r:ABOUT]-() RETURN count(r)")
			.bind(testKey())
			.to("key")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
	}

	private String testKey() {
		return "TEST:" + this.token;
	}

	/** Every page of the caller's feed: the shared database has other tests' newer events in that commune. */
	private List<String> wholeFeed() {
		List<String> ids = new ArrayList<>();
		String after = null;
		for (int page = 0; page < 100; page++) {
			GraphQlTester.Response response = this.graphQl.document("""
					query($after: String) { myFeed(first: 50, after: $after) { edges { node { id } }
					  pageInfo { hasNextPage endCursor } } }""")
				.variable("after", after)
				.execute();
			ids.addAll(response.path("myFeed.edges[*].node.id").entityList(String.class).get());
			if (!response.path("myFeed.pageInfo.hasNextPage").entity(Boolean.class).get()) {
				return ids;
			}
			after = response.path("myFeed.pageInfo.endCursor").entity(String.class).get();
		}
		throw new AssertionError("The feed has more than 100 pages");
	}

	private static void collect(Plan plan, List<String> operators, List<String> details) {
		operators.add(plan.operatorType());
		details.add(String.valueOf(plan.arguments().get("Details")));
		plan.children().forEach(child -> collect(child, operators, details));
	}

}
