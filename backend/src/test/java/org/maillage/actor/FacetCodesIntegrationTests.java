package org.maillage.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import org.maillage.TestCallers;
import org.maillage.ApiAndGraphTests;
import org.maillage.MaillageIntegrationTest;
import org.maillage.Races;
import org.maillage.actor.persistence.FacetCodes;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The numbers an entry holds for its facets' tokens ({@link FacetCodes}) always say its tokens, whatever writes the
 * entry while numbers are given: a number given late never overwrites a newer entry's. A list's facets read those
 * numbers; {@link VisibilityIntegrationTests} checks that they count what the tokens count, for every kind of caller.
 */
@MaillageIntegrationTest
class FacetCodesIntegrationTests extends ApiAndGraphTests {

	private static final String SET_TOPIC = """
			mutation($actorId: ID!, $topic: String!, $visibility: Visibility!) {
			  setTopicInterest(input: {actorId: $actorId, topic: $topic, visibility: $visibility}) { interest { version } } }""";

	private static final List<String> LEVELS = List.of("PUBLIC", "MEMBERS", "FACILITATORS");

	@Autowired
	FacetCodes codes;

	DirectoryFixture fixture;

	@BeforeEach
	void owner() {
		this.fixture = new DirectoryFixture(this.graphQl).signIn();
	}

	@RepeatedTest(3)
	void numbersGivenWhileTheEntriesChangeSayTheTokensOfTheEntryInTheEnd() {
		List<String> actors = List.of(
				this.fixture.register("Fonderie", "COMPANY", "PRIVATE", "57463", List.of("24.53Z")),
				this.fixture.register("Laboratoire", "RESEARCH_LAB", "PUBLIC", "54395", List.of("72.19Z")),
				this.fixture.register("Plateforme", "ASSOCIATION", "PRIVATE", "88160", List.of()));
		AtomicBoolean writing = new AtomicBoolean(true);
		AtomicInteger passes = new AtomicInteger();
		List<String> failures = new ArrayList<>();
		CompletableFuture<Void> numbering = CompletableFuture.runAsync(() -> {
			while (writing.get()) {
				try {
					this.codes.numberAwaiting();
					passes.incrementAndGet();
				}
				catch (RuntimeException ex) {
					// a pass the database gave up in a conflict with a write is taken up by the next one
					failures.add(ex.getClass().getSimpleName());
				}
			}
		});
		try {
			for (int round = 0; round < 3; round++) {
				int from = round * 24;
				// each declares a topic nobody declared before: a token with no number yet
				List<String> outcomes = Races.run(24, i -> () -> {
					this.fixture.signIn();
					return this.graphQl.document(SET_TOPIC)
						.variable("actorId", actors.get(i % actors.size()))
						.variable("topic", "Thème " + this.fixture.token + " " + (from + i))
						.variable("visibility", LEVELS.get((i / actors.size()) % LEVELS.size()))
						.execute();
				});
				assertThat(Races.count(outcomes, "OK")).as("every write acknowledged: " + outcomes).isEqualTo(24);
			}
		}
		finally {
			writing.set(false);
			numbering.join();
		}
		this.codes.numberAwaiting();

		assertThat(passes.get()).as("numbering ran while the entries changed (failed passes: " + failures + ")")
			.isPositive();
		for (String actor : actors) {
			Map<String, Object> entry = this.neo4j.query("""
					MATCH (e:DirectoryEntry {actorId: $id})
					RETURN e:AwaitingCodes AS awaiting,
					       [level IN $levels | [code IN CASE level WHEN 'PUBLIC' THEN e.publicCodes
					          WHEN 'MEMBERS' THEN e.membersCodes ELSE e.facilitatorsCodes END
					          | COLLECT { MATCH (c:FacetCode {code: code}) RETURN c.token }[0]]] AS decoded,
					       [level IN $levels | CASE level WHEN 'PUBLIC' THEN e.counted + coalesce(e.publicFacets, [])
					          WHEN 'MEMBERS' THEN e.membersCounted ELSE e.facilitatorsCounted END] AS tokens""")
				.bindAll(Map.of("id", actor, "levels", LEVELS))
				.fetch()
				.one()
				.orElseThrow();
			assertThat(entry.get("awaiting")).as("numbered in the end").isEqualTo(false);
			List<List<String>> decoded = strings(entry.get("decoded"));
			List<List<String>> tokens = strings(entry.get("tokens"));
			for (int level = 0; level < LEVELS.size(); level++) {
				assertThat(decoded.get(level)).as("%s's numbers for the %s audience", actor, LEVELS.get(level))
					.containsExactlyInAnyOrderElementsOf(tokens.get(level));
			}
			assertThat(tokens.get(2)).as("the facilitators count the topics of three levels")
				.filteredOn(token -> token.toString().startsWith("f_topic_"))
				.hasSize(24);
		}
	}

	@Test
	void anEntryWithATokenWithoutANumberIsCountedFromItsTokensUntilItGetsOne() {
		String actor = this.fixture.register("Chaudronnerie", "COMPANY", "PRIVATE", "57463", List.of("25.29Z"));
		this.codes.numberAwaiting();
		String topic = "Thème " + this.fixture.token;
		this.graphQl.document(SET_TOPIC)
			.variable("actorId", actor)
			.variable("topic", topic)
			.variable("visibility", "PUBLIC")
			.execute()
			.errors()
			.verify();
		String key = Topic.keyOf(topic);
		assertThat(this.neo4j.query("""
				MATCH (e:DirectoryEntry {actorId: $id}) RETURN e:AwaitingCodes AND e.publicCodes IS NULL""")
			.bind(actor)
			.to("id")
			.fetchAs(Boolean.class)
			.one()).as("a new topic's token has no number yet: the entry keeps none").contains(true);
		assertThat(topicCount(key)).as("counted from the tokens").isEqualTo(1);

		this.codes.numberAwaiting();
		assertThat(this.neo4j.query("MATCH (e:DirectoryEntry {actorId: $id}) RETURN e.publicCodes IS NOT NULL")
			.bind(actor)
			.to("id")
			.fetchAs(Boolean.class)
			.one()).as("numbered").contains(true);
		assertThat(topicCount(key)).as("counted from the numbers").isEqualTo(1);
	}

	private static List<List<String>> strings(Object lists) {
		return ((List<?>) lists).stream()
			.map(list -> ((List<?>) list).stream().map(String::valueOf).toList())
			.toList();
	}

	/** How many of the fixture's actors the public sees with this topic, in a text search's facets. */
	private int topicCount(String key) {
		TestCallers.signOut();
		try {
			List<Map<String, Object>> topics = this.graphQl.document("""
					query($text: String!) { actors(filter: {text: $text}) { facets { topics { key count } } } }""")
				.variable("text", this.fixture.token)
				.execute()
				.path("actors.facets.topics")
				.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
				})
				.get();
			return topics.stream()
				.filter(topic -> key.equals(topic.get("key")))
				.mapToInt(topic -> ((Number) topic.get("count")).intValue())
				.sum();
		}
		finally {
			this.fixture.signIn();
		}
	}

}
