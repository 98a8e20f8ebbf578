package org.maillage.matchmaking;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.extension.ExtendWith;

import org.maillage.SignedOutAfterEach;
import org.maillage.TestActors;
import org.maillage.TestCallers;
import org.maillage.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Ranking tests that build a small territory of their own as a signed-in member, through {@link #graphQl}. Every actor
 * they register is named with {@link #run}, a token of the test's own, so that the actors of other tests sharing the
 * database can be told apart from theirs.
 */
@ExtendWith(SignedOutAfterEach.class)
abstract class MemberRankingTests {

	@Autowired
	GraphQlTester graphQl;

	final String run = Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);

	/** Signs in as this test's member, who owns what it registers; the same member each time. */
	void signInAsMember() {
		TestCallers.signIn("ranking-" + this.run, Role.MEMBER);
	}

	/** Adds a problem to this actor, with these fields of {@code AddProblemInput} besides the actor; its id. */
	String addProblem(String actorId, java.util.Map<String, Object> fields) {
		return TestActors.addProblem(this.graphQl, actorId, fields);
	}

	/**
	 * A word of this test's own: the stem and this run's letters (letters only, as the full-text index reads them), so
	 * that other tests' actors sharing the database neither use it nor change how many texts do.
	 */
	String ownWord(String stem) {
		return stem + this.run.replaceAll("\\d", "");
	}

	/**
	 * A word of this test's own ({@link #ownWord}) that 40 actors of this run use, each in three public texts (its
	 * description and two know-how): a common word, whatever else the database holds of other tests'.
	 */
	String wordFortyActorsUse(String stem) {
		String word = ownWord(stem);
		for (int i = 0; i < 40; i++) {
			registerActor(java.util.Map.of("kind", "COMPANY", "sector", "PRIVATE", "name", "Atelier " + i + " " + this.run,
					"commune", "55101", "description", "Atelier de " + word, "knowHow",
					java.util.List.of(java.util.Map.of("name", "Savoir-faire " + word + " " + i, "visibility", "PUBLIC"),
							java.util.Map.of("name", "Pratique " + word + " " + i, "visibility", "PUBLIC"))));
		}
		return word;
	}

	/** Registers an actor with these fields of {@code RegisterActorInput}; its id. */
	String registerActor(java.util.Map<String, Object> input) {
		return this.graphQl.document("mutation($input: RegisterActorInput!) { registerActor(input: $input) { actor { id } } }")
			.variable("input", input)
			.execute()
			.path("registerActor.actor.id")
			.entity(String.class)
			.get();
	}

	/** Adds a printer of this equipment category and an interest in this topic to the actor, both at this visibility. */
	void addEquipmentAndInterest(String actor, String category, String topic, String visibility) {
		this.graphQl.document("""
				mutation($equipment: AddEquipmentInput!, $interest: SetTopicInterestInput!) {
				  addEquipment(input: $equipment) { equipment { id } }
				  setTopicInterest(input: $interest) { interest { version } }
				}""")
			.variable("equipment", java.util.Map.of("actorId", actor, "name", "Imprimante", "category", category,
					"visibility", visibility))
			.variable("interest", java.util.Map.of("actorId", actor, "topic", topic, "visibility", visibility))
			.execute()
			.errors()
			.verify();
	}

	/** This test's actors listed for a problem by {@code matchActors}, in ranking order, without this run's suffix. */
	java.util.List<String> listed(String problem) {
		return ownNames(this.graphQl.document("""
				query($problem: ID) { matchActors(problem: $problem, first: 100) { edges { node { actor { name } } } } }""")
			.variable("problem", problem));
	}

	/**
	 * This test's actors listed by {@code matchActors} for these needs alone, with no problem and so no words to share,
	 * in ranking order, without this run's suffix.
	 */
	java.util.List<String> listedFor(java.util.List<java.util.Map<String, Object>> needs) {
		return ownNames(this.graphQl.document("""
				query($needs: [NeedInput!]) { matchActors(needs: $needs, first: 100) { edges { node { actor { name } } } } }""")
			.variable("needs", needs));
	}

	/**
	 * How {@code matchActors} matches one of this test's actors to a problem: the detail of each piece of its evidence,
	 * and its need coverage's score and reason.
	 */
	MatchOf matchOf(String problem, String actor) {
		var response = this.graphQl.document("""
				query($problem: ID) { matchActors(problem: $problem, first: 100) {
				  edges { node { actor { name } signals { signal score reason } coverage { evidence { detail } } } } } }""")
			.variable("problem", problem)
			.execute();
		String node = "matchActors.edges[?(@.node.actor.name == '" + actor + " " + this.run + "')].node";
		String coverage = node + ".signals[?(@.signal == 'NEED_COVERAGE')]";
		return new MatchOf(response.path(node + ".coverage[*].evidence[*].detail").entityList(String.class).get(),
				response.path(coverage + ".score").entityList(Double.class).get(),
				response.path(coverage + ".reason").entityList(String.class).get());
	}

	/**
	 * One actor's match: its evidence's details, and its need coverage's score and reason (lists, empty when the actor
	 * is not listed, so that an assertion says so rather than failing on a missing path).
	 */
	record MatchOf(java.util.List<String> evidence, java.util.List<Double> needCoverage,
			java.util.List<String> needCoverageReason) {
	}

	private java.util.List<String> ownNames(GraphQlTester.Request<?> ranking) {
		return ranking.execute()
			.path("matchActors.edges[*].node.actor.name")
			.entityList(String.class)
			.get()
			.stream()
			.filter(name -> name.endsWith(" " + this.run))
			.map(name -> name.substring(0, name.length() - this.run.length() - 1))
			.toList();
	}

	/** The ids of the problems this actor could help with, as {@code problemsICouldHelpWith} lists them. */
	java.util.List<String> problemsFor(String actor) {
		return problemsFor(actor, "id");
	}

	/** The titles of the problems this actor could help with, in their order, without this run's suffix. */
	java.util.List<String> problemTitlesFor(String actor) {
		return problemsFor(actor, "title").stream().map(title -> title.replace(" " + this.run, "")).toList();
	}

	private java.util.List<String> problemsFor(String actor, String field) {
		return this.graphQl.document("""
				query($actor: ID!) { problemsICouldHelpWith(actor: $actor, first: 100) {
				  edges { node { problem { %s } } } } }""".formatted(field))
			.variable("actor", actor)
			.execute()
			.path("problemsICouldHelpWith.edges[*].node.problem." + field)
			.entityList(String.class)
			.get();
	}

}
