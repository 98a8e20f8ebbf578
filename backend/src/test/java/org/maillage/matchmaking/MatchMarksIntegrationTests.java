package org.maillage.matchmaking;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import org.maillage.MaillageIntegrationTest;
import org.maillage.Races;
import org.maillage.TestCallers;
import org.maillage.security.Role;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Facilitators mark proposed matches: a rejected actor leaves the problem's ranking, marks are shown to the other
 * facilitators and to nobody else, marks on other problems of the same category nudge a ranking within a bound and say
 * so, marks sent together stay one per facilitator, and the replay measures precision with and without them. Every
 * actor here sits in Chardogne (55101) and rankings are filtered to it, so that other tests' actors never interfere.
 */
@MaillageIntegrationTest
class MatchMarksIntegrationTests extends MemberRankingTests {

	private static final String PLACE = "commune:55101";

	String owner;

	String problem;

	String otherProblem;

	String recycler;

	String wrongRecycler;

	String thirdRecycler;

	@BeforeEach
	void threeRecyclersForTwoProblems() {
		signInAsMember();
		this.owner = register("Porteur " + this.run, null);
		String otherOwner = register("Autre porteur " + this.run, null);
		this.recycler = register("Recycleur A " + this.run, "38.32Z");
		this.wrongRecycler = register("Recycleur B " + this.run, "38.32Z");
		this.thirdRecycler = register("Recycleur C " + this.run, "38.32Z");
		Map<String, Object> fields = Map.of("title", "Dossier " + this.run, "category", "INDUSTRY", "needs",
				List.of(Map.of("kind", "TRADE", "value", "38.32Z")));
		this.problem = addProblem(this.owner, fields);
		this.otherProblem = addProblem(otherOwner, fields);
	}

	@Test
	void aRejectedActorLeavesTheProblemsRankingUntilAnotherFacilitatorDisagrees() {
		asFacilitator("one");
		assertThat(ranked(this.problem)).containsExactlyInAnyOrder(this.recycler, this.wrongRecycler, this.thirdRecycler);

		mark("one", this.problem, this.wrongRecycler, false, "Ne traite que le papier");
		assertThat(ranked(this.problem)).containsExactlyInAnyOrder(this.recycler, this.thirdRecycler);
		assertThat(ranked(this.otherProblem)).as("only that problem's ranking").contains(this.wrongRecycler);

		asFacilitator("two");
		this.graphQl.document("""
				query($p: ID!) { matchMarks(problem: $p) { totalCount
				  edges { node { actor { id } relevant reason markedBy problem } } } }""")
			.variable("p", this.problem)
			.execute()
			.path("matchMarks.totalCount").entity(Integer.class).isEqualTo(1)
			.path("matchMarks.edges[0].node.actor.id").entity(String.class).isEqualTo(this.wrongRecycler)
			.path("matchMarks.edges[0].node.relevant").entity(Boolean.class).isEqualTo(false)
			.path("matchMarks.edges[0].node.reason").entity(String.class).isEqualTo("Ne traite que le papier")
			.path("matchMarks.edges[0].node.markedBy").entity(String.class).isEqualTo("facilitator-one-" + this.run);

		mark("two", this.problem, this.wrongRecycler, true, "Vient d’ouvrir une ligne aimants");
		assertThat(ranked(this.problem)).as("one mark for, one against: it stays").contains(this.wrongRecycler);
	}

	@Test
	void marksAreShownToFacilitatorsOnly() {
		mark("one", this.problem, this.recycler, true, "Déjà client de l’animateur");
		asFacilitator("two");
		this.graphQl.document("""
				query($p: ID!, $t: [ID!]) { matchActors(problem: $p, filter: {territories: $t}) {
				  edges { node { actor { id } marks { markedBy relevant } } } } }""")
			.variable("p", this.problem)
			.variable("t", List.of(PLACE))
			.execute()
			.path("matchActors.edges[?(@.node.actor.id == '%s')].node.marks[*].markedBy".formatted(this.recycler))
			.entityList(String.class)
			.containsExactly("facilitator-one-" + this.run);

		signInAsMember();
		this.graphQl.document("""
				query($p: ID!, $t: [ID!]) { matchActors(problem: $p, filter: {territories: $t}) {
				  edges { node { actor { id } marks { markedBy } } } } }""")
			.variable("p", this.problem)
			.variable("t", List.of(PLACE))
			.execute()
			.path("matchActors.edges[*].node.marks[*]").entityList(Object.class).hasSize(0);
		this.graphQl.document("query($p: ID!) { matchMarks(problem: $p) { totalCount } }")
			.variable("p", this.problem)
			.execute()
			.errors()
			.expect(error -> "FORBIDDEN".equals(error.getErrorType().toString()))
			.verify();
		markRequest(this.problem, this.recycler, false, null).execute()
			.errors()
			.expect(error -> "FORBIDDEN".equals(error.getErrorType().toString()))
			.verify();
	}

	@Test
	void marksOnAnotherProblemOfTheSameCategoryNudgeTheRankingWithinItsBoundAndSaySo() {
		mark("one", this.otherProblem, this.thirdRecycler, true, "A traité des aimants pour nous");
		mark("two", this.otherProblem, this.recycler, false, "Ne reprend plus de métaux");
		asFacilitator("three");
		GraphQlTester.Response ranking = this.graphQl.document("""
				query($p: ID!, $t: [ID!]) { matchActors(problem: $p, filter: {territories: $t}) {
				  edges { node { actor { id } score markAdjustment explanation } } } }""")
			.variable("p", this.problem)
			.variable("t", List.of(PLACE))
			.execute();
		List<String> order = ranking.path("matchActors.edges[*].node.actor.id").entityList(String.class).get();
		assertThat(order.subList(0, 3)).containsExactly(this.thirdRecycler, this.wrongRecycler, this.recycler);
		double raised = adjustment(ranking, this.thirdRecycler);
		double lowered = adjustment(ranking, this.recycler);
		assertThat(raised).isPositive().isLessThanOrEqualTo(0.05);
		assertThat(lowered).isNegative().isGreaterThanOrEqualTo(-0.05);
		assertThat(adjustment(ranking, this.wrongRecycler)).isZero();
		assertThat(ranking.path("matchActors.edges[0].node.explanation").entityList(String.class).get())
			.anySatisfy(line -> assertThat(line).startsWith("Facilitators judged it relevant for one other problem"));
	}

	@Test
	void marksOnAProblemTheCallerMayNotSeeMoveNothingForThem() {
		signInAsMember();
		String hidden = addProblem(this.owner, Map.of("title", "Dossier réservé " + this.run, "category", "INDUSTRY",
				"visibility", "FACILITATORS", "needs", List.of(Map.of("kind", "TRADE", "value", "38.32Z"))));
		mark("one", hidden, this.thirdRecycler, true, "Partenaire discret");
		String adjustments = """
				query($p: ID!, $t: [ID!]) { matchActors(problem: $p, filter: {territories: $t}) {
				  edges { node { actor { id } markAdjustment explanation } } } }""";
		assertThat(adjustment(this.graphQl.document(adjustments).variable("p", this.otherProblem)
			.variable("t", List.of(PLACE)).execute(), this.thirdRecycler)).as("a facilitator sees that problem").isPositive();
		TestCallers.signOut();
		GraphQlTester.Response visitor = this.graphQl.document(adjustments).variable("p", this.otherProblem)
			.variable("t", List.of(PLACE)).execute();
		assertThat(adjustment(visitor, this.thirdRecycler)).as("a public visitor does not").isZero();
		assertThat(visitor.path("matchActors.edges[*].node.explanation[*]").entityList(String.class).get())
			.noneSatisfy(line -> assertThat(line).contains("Facilitators judged"));
	}

	@Test
	void marksSentTogetherByOneFacilitatorStayOneMark() {
		List<String> outcomes = Races.run(6, i -> () -> {
			TestCallers.signIn("facilitator-racing-" + this.run, Role.FACILITATOR);
			return markRequest(this.problem, this.recycler, i % 2 == 0, "Essai " + i).execute();
		});
		assertThat(outcomes).containsOnly("OK");
		asFacilitator("two");
		this.graphQl.document("query($p: ID!) { matchMarks(problem: $p) { totalCount } }")
			.variable("p", this.problem)
			.execute()
			.path("matchMarks.totalCount").entity(Integer.class).isEqualTo(1);
	}

	/** Five rounds: the outcome depends on which request the database serves first. */
	@RepeatedTest(5)
	void aMarkRacingTheProblemsRemovalEndsCleanlyAndLeavesNothingBehind() {
		List<String> outcomes = Races.run(6, i -> () -> {
			if (i == 0) {
				signInAsMember();
				return this.graphQl.document("""
						mutation($id: ID!) { removeProblem(input: {id: $id, version: 0}) { id } }""")
					.variable("id", this.problem)
					.execute();
			}
			TestCallers.signIn("facilitator-racing-" + i + "-" + this.run, Role.FACILITATOR);
			return markRequest(this.problem, this.recycler, false, "Course " + i).execute();
		});
		assertThat(outcomes.get(0)).as("the removal").isEqualTo("OK");
		assertThat(outcomes.subList(1, 6)).as("each mark is written before the removal or refused after it")
			.allMatch(outcome -> outcome.equals("OK") || outcome.equals("NOT_FOUND"));
		asFacilitator("one");
		expectError(this.graphQl.document("query($p: ID!) { matchMarks(problem: $p) { totalCount } }")
			.variable("p", this.problem), "NOT_FOUND");
		assertThat(adjustment(this.graphQl.document("""
				query($p: ID!, $t: [ID!]) { matchActors(problem: $p, filter: {territories: $t}) {
				  edges { node { actor { id } markAdjustment } } } }""")
			.variable("p", this.otherProblem)
			.variable("t", List.of(PLACE))
			.execute(), this.recycler)).as("marks on a removed problem nudge no other ranking").isZero();
	}

	@Test
	void aMarkNeedsAVisibleProblemAnotherActorAndAShortReason() {
		asFacilitator("one");
		expectError(markRequest("no-such-problem", this.recycler, true, null), "NOT_FOUND");
		expectError(markRequest(this.problem, this.owner, false, null), "BAD_REQUEST");
		expectError(markRequest(this.problem, this.recycler, false, "x".repeat(501)), "BAD_REQUEST");
		expectError(markRequest(this.problem, "no-such-actor", false, null), "NOT_FOUND");
	}

	@Test
	void theReplayMeasuresPrecisionWithAndWithoutTheMarks() {
		mark("one", this.problem, this.recycler, true, null);
		mark("one", this.problem, this.thirdRecycler, true, null);
		mark("one", this.problem, this.wrongRecycler, false, "Hors sujet");
		GraphQlTester.Response replay = this.graphQl.document("""
				{ matchMarkReplay(problems: 20) { problems { problem marked precisionWithoutMarks precisionWithMarks } } }""")
			.execute();
		String mine = "matchMarkReplay.problems[?(@.problem == '%s')]".formatted(this.problem);
		replay.path(mine + ".marked").entityList(Integer.class).containsExactly(3);
		replay.path(mine + ".precisionWithoutMarks").entityList(Double.class).containsExactly(0.667);
		replay.path(mine + ".precisionWithMarks").entityList(Double.class).containsExactly(1.0);
	}

	/** The ranking of this problem, this test's actors only (others in Chardogne come after them). */
	private List<String> ranked(String problemId) {
		return this.graphQl.document("""
				query($p: ID!, $t: [ID!]) { matchActors(problem: $p, filter: {territories: $t}) { edges { node { actor { id } } } } }""")
			.variable("p", problemId)
			.variable("t", List.of(PLACE))
			.execute()
			.path("matchActors.edges[*].node.actor.id")
			.entityList(String.class)
			.get()
			.stream()
			.filter(List.of(this.recycler, this.wrongRecycler, this.thirdRecycler)::contains)
			.toList();
	}

	private static double adjustment(GraphQlTester.Response ranking, String actorId) {
		return ranking.path("matchActors.edges[?(@.node.actor.id == '%s')].node.markAdjustment".formatted(actorId))
			.entityList(Double.class)
			.get()
			.get(0);
	}

	private void mark(String facilitator, String problemId, String actorId, boolean relevant, String reason) {
		asFacilitator(facilitator);
		markRequest(problemId, actorId, relevant, reason).execute()
			.path("markMatch.mark.relevant").entity(Boolean.class).isEqualTo(relevant);
	}

	private GraphQlTester.Request<?> markRequest(String problemId, String actorId, boolean relevant, String reason) {
		return this.graphQl.document("""
				mutation($p: ID!, $a: ID!, $r: Boolean!, $why: String) {
				  markMatch(input: {problemId: $p, actorId: $a, relevant: $r, reason: $why}) { mark { id relevant } } }""")
			.variable("p", problemId)
			.variable("a", actorId)
			.variable("r", relevant)
			.variable("why", reason);
	}

	private static void expectError(GraphQlTester.Request<?> request, String classification) {
		request.execute()
			.errors()
			.expect(error -> classification.equals(error.getErrorType().toString()))
			.verify();
	}

	private void asFacilitator(String name) {
		TestCallers.signIn("facilitator-" + name + "-" + this.run, Role.FACILITATOR);
	}

	/**
	 * An actor of this test in Chardogne; its description names the test's token, as the problems' titles do, so that
	 * this test's actors rank before those of the other tests there.
	 */
	private String register(String name, String trade) {
		return this.graphQl.document("""
				mutation($name: String!, $about: String!, $trades: [String!]) { registerActor(input: {kind: COMPANY,
				  sector: PRIVATE, name: $name, commune: "55101", coreTrades: $trades, description: $about}) { actor { id } } }""")
			.variable("name", name)
			.variable("about", "Référence " + this.run)
			.variable("trades", trade == null ? List.of() : List.of(trade))
			.execute()
			.path("registerActor.actor.id")
			.entity(String.class)
			.get();
	}

}
