package org.maillage.matchmaking;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.maillage.MaillageIntegrationTest;
import org.maillage.TestActors;
import org.maillage.TestCallers;
import org.maillage.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.test.tester.ExecutionGraphQlServiceTester;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Problems I could help with": an actor's capabilities meet other actors' open problems, ranked and explained as
 * matchActors explains, with the visibility of both sides applied for whoever asks.
 */
@MaillageIntegrationTest
class ProblemsICouldHelpWithIntegrationTests extends MemberRankingTests {

	private static final String QUERY = """
			query($actor: ID!, $first: Int, $after: String, $filter: ProblemHelpFilter) {
			  problemsICouldHelpWith(actor: $actor, first: $first, after: $after, filter: $filter) {
			    totalCount pageInfo { hasNextPage endCursor } weights { signal weight }
			    edges { cursor node { problem { id title status actor { id } } score explanation distanceKm furtherAfield
			      needs { kind value label inferred }
			      signals { signal score reason }
			      coverage { need { kind value } strength evidence { kind itemId label detail matchedWords } } } } } }""";

	@Autowired
	ExecutionGraphQlService service;

	@Autowired
	org.neo4j.driver.Driver driver;

	/** A word no other test uses, in the helping actor's private know-how and in one problem's need. */
	private final String token = TestActors.newToken();

	private String helper;

	private String metals;

	private String separation;

	private String hidden;

	private String forFacilitators;

	private String solved;

	private String own;

	@BeforeEach
	void territory() {
		signInAsMember();
		this.helper = TestActors.registerIn(this.graphQl, "COMPANY", "PRIVATE", "Affineur " + this.run, "57463",
				"24.45Z", "knowHow: [{name: \"Séparation %s des terres\", visibility: PRIVATE}]".formatted(this.token));
		this.own = addProblem(this.helper, Map.of("title", "Notre propre besoin " + this.run, "needs",
				List.of(Map.of("kind", "TRADE", "value", "24.45"))));
		// another member's actor, whose problems the helper's member may see only as anyone signed in does
		TestCallers.signIn("owner-" + this.run, Role.MEMBER);
		String owner = TestActors.registerIn(this.graphQl, "COMPANY", "PRIVATE", "Motoriste " + this.run, "57463",
				"29.10Z", "");
		this.metals = TestActors.addProblem(this.graphQl, owner, Map.of("title", "Métaux non ferreux " + this.run,
				"category", "SUPPLY", "needs", List.of(Map.of("kind", "TRADE", "value", "24.45", "essential", true))));
		this.separation = TestActors.addProblem(this.graphQl, owner, Map.of("title", "Tri des aimants " + this.run,
				"category", "INNOVATION", "needs",
				List.of(Map.of("kind", "KNOW_HOW", "value", "séparation " + this.token))));
		this.hidden = TestActors.addProblem(this.graphQl, owner, Map.of("title", "Secret " + this.run, "visibility",
				"PRIVATE", "needs", List.of(Map.of("kind", "TRADE", "value", "24.45"))));
		this.forFacilitators = TestActors.addProblem(this.graphQl, owner, Map.of("title", "Pour facilitateurs "
				+ this.run, "visibility", "FACILITATORS", "needs", List.of(Map.of("kind", "TRADE", "value", "24.45"))));
		this.solved = TestActors.addProblem(this.graphQl, owner, Map.of("title", "Déjà résolu " + this.run, "status",
				"SOLVED", "needs", List.of(Map.of("kind", "TRADE", "value", "24.45"))));
	}

	@Test
	void aTradeMeetsAnotherActorsProblemWithTheNeedAndTheCapabilityNamed() {
		signInAsMember();
		List<Map<String, Object>> found = mine(ask(this.graphQl, Map.of("actor", this.helper, "first", 100)));

		Map<String, Object> metals = byId(found, this.metals);
		assertThat(explanation(metals)).first()
			.asString()
			.startsWith("Essential need « Métallurgie des autres métaux non ferreux »: core trade 24.45Z")
			.contains("is within the needed trade 24.45");
		assertThat(coverage(metals)).singleElement().satisfies(covered -> {
			assertThat(covered.get("strength")).isEqualTo(1.0);
			assertThat(evidence(covered)).singleElement().satisfies(evidence -> {
				assertThat(evidence).containsEntry("kind", "CORE_TRADE");
				assertThat((String) evidence.get("label")).startsWith("24.45Z");
			});
		});
		assertThat((Double) metals.get("score")).isGreaterThan(0.5);
		assertThat(signal(metals, "NEED_COVERAGE")).isEqualTo(1.0);
		assertThat(((Number) metals.get("distanceKm")).doubleValue()).isLessThan(1.0);
	}

	@Test
	void aRareWordOfTheHelpersNameOrDescriptionAloneMeetsNoNeedButTwoWordsOfItsDescriptionDo() {
		String rare = TestActors.newToken();
		TestCallers.signIn("owner-" + this.run, Role.MEMBER);
		String boxes = TestActors.registerIn(this.graphQl, "COMPANY", "PRIVATE", "Boîtes à fromage " + this.run,
				"57463", "16.24Z", "");
		String supply = TestActors.addProblem(this.graphQl, boxes, Map.of("title", "Bois " + this.run, "needs",
				List.of(Map.of("kind", "TRADE", "value", "49.41"),
						Map.of("kind", "KNOW_HOW", "value", "approvisionnement en " + rare))));
		signInAsMember();
		// a haulier called after a place planted with the tree, and a nursery that grows it
		String named = TestActors.registerIn(this.graphQl, "COMPANY", "PRIVATE", "Transports Les " + rare + " "
				+ this.run, "57463", "49.41A", "description: \"Transport routier de marchandises.\"");
		String grows = TestActors.registerIn(this.graphQl, "COMPANY", "PRIVATE", "Pépinière " + this.run, "57463",
				"02.10Z", "description: \"Plants de %s en godets pour l'approvisionnement des scieries.\"".formatted(rare));
		// and a café whose terrace is shaded by those trees: one word of the need, in another sense
		String shaded = TestActors.registerIn(this.graphQl, "COMPANY", "PRIVATE", "Café " + this.run, "57463",
				"56.30Z", "description: \"Terrasse à l'ombre des %s.\"".formatted(rare));

		assertThat(coverage(byId(mine(ask(this.graphQl, Map.of("actor", named, "first", 100))), supply)))
			.as("the haulier meets the trade, not the supply by its name")
			.singleElement()
			.satisfies(covered -> assertThat(covered.get("need")).isEqualTo(Map.of("kind", "TRADE", "value", "49.41")));
		assertThat(coverage(byId(mine(ask(this.graphQl, Map.of("actor", grows, "first", 100))), supply)))
			.singleElement()
			.satisfies(covered -> assertThat(evidence(covered)).singleElement()
				.satisfies(evidence -> assertThat(evidence.get("matchedWords"))
					.isEqualTo(List.of(rare, "approvisionnement"))));
		assertThat(ids(mine(ask(this.graphQl, Map.of("actor", shaded, "first", 100)))))
			.as("one word of the café's description meets no need")
			.doesNotContain(supply);
	}

	@Test
	void aTradeCodeAloneMeetsAClassNeedOnlyWhenTheProblemUsesTheActorsWords() {
		TestCallers.signIn("owner-" + this.run, Role.MEMBER);
		String sanctuary = TestActors.registerIn(this.graphQl, "ASSOCIATION", "PRIVATE", "Sanctuaire " + this.run,
				"57463", "94.91Z", "");
		String described = "Les sanctuaires jettent chaque année des tonnes de cierges usagés : nous cherchons qui "
				+ "refond la cire et la paraffine pour en couler de nouvelles bougies.";
		// the sorted-waste class as a secondary need: every recoverer of sorted waste holds it
		String wax = TestActors.addProblem(this.graphQl, sanctuary, Map.of("title", "Cierges usagés " + this.run,
				"description", described, "needs", List.of(Map.of("kind", "TRADE", "value", "38.32"),
						Map.of("kind", "KNOW_HOW", "value", "moulage de bougies"))));
		// the subclass asked for itself, as the essential need
		String itself = TestActors.addProblem(this.graphQl, sanctuary, Map.of("title", "Tri des cierges " + this.run,
				"description", described, "needs", List.of(Map.of("kind", "TRADE", "value", "38.32Z", "essential", true),
						Map.of("kind", "KNOW_HOW", "value", "moulage de bougies"))));
		signInAsMember();
		String plastics = TestActors.registerIn(this.graphQl, "COMPANY", "PRIVATE", "Régénérateur " + this.run,
				"57463", "38.32Z",
				"description: \"Régénération de polyéthylène et de polypropylène en granulés pour l'injection.\"");
		String waxes = TestActors.registerIn(this.graphQl, "COMPANY", "PRIVATE", "Cirier " + this.run, "57463",
				"38.32Z", "description: \"Refonte et filtration de cire et de paraffine usagées.\"");

		List<Map<String, Object>> forPlastics = mine(ask(this.graphQl, Map.of("actor", plastics, "first", 100)));
		assertThat(ids(forPlastics)).as("a plastics regenerator is not offered the candles by its code alone")
			.doesNotContain(wax);
		assertThat(coverage(byId(forPlastics, itself))).as("but is when the subclass is asked for itself")
			.singleElement()
			.satisfies(covered -> assertThat(evidence(covered)).singleElement()
				.satisfies(evidence -> assertThat(evidence.get("detail")).asString().doesNotContain("a hint")));
		assertThat(coverage(byId(mine(ask(this.graphQl, Map.of("actor", waxes, "first", 100))), wax)))
			.as("a wax recoverer, whose words the problem uses, meets the class by its code")
			.singleElement()
			.satisfies(covered -> assertThat(covered.get("need")).isEqualTo(Map.of("kind", "TRADE", "value", "38.32")));
	}

	@Test
	void itsOwnSolvedPrivateAndFacilitatorsProblemsAreLeftOutForItsMember() {
		signInAsMember();
		List<String> ids = ids(mine(ask(this.graphQl, Map.of("actor", this.helper, "first", 100))));

		assertThat(ids).contains(this.metals, this.separation)
			.doesNotContain(this.own, this.solved, this.hidden, this.forFacilitators);
	}

	@Test
	void aFacilitatorSeesTheFacilitatorsProblemButNeverAPrivateOne() {
		TestCallers.signIn("facilitator-" + this.run, Role.FACILITATOR);
		List<String> ids = ids(mine(ask(this.graphQl, Map.of("actor", this.helper, "first", 100))));

		assertThat(ids).contains(this.metals, this.forFacilitators)
			.doesNotContain(this.hidden, this.solved, this.own, this.separation);
	}

	@Test
	void privateKnowHowCountsForItsMemberAndIsNeverNamedToTheOthers() {
		signInAsMember();
		Map<String, Object> separation = byId(mine(ask(this.graphQl, Map.of("actor", this.helper, "first", 100))),
				this.separation);
		assertThat(evidence(coverage(separation).get(0))).singleElement().satisfies(evidence -> {
			assertThat(evidence).containsEntry("kind", "KNOW_HOW");
			assertThat((String) evidence.get("label")).contains(this.token);
			assertThat((List<?>) evidence.get("matchedWords")).hasSize(2);
		});
		assertThat(explanation(separation)).first().asString().contains("offers know-how « Séparation " + this.token);

		for (Runnable caller : List.<Runnable>of(TestCallers::signOut,
				() -> TestCallers.signIn("stranger-" + this.run, Role.MEMBER),
				() -> TestCallers.signIn("facilitator-" + this.run, Role.FACILITATOR))) {
			caller.run();
			GraphQlTester.Response response = ask(this.graphQl, Map.of("actor", this.helper, "first", 100));
			assertThat(ids(mine(response))).doesNotContain(this.separation);
			assertThat(response.path("problemsICouldHelpWith").entity(Object.class).get().toString())
				.doesNotContain(this.token);
		}
	}

	@Test
	void thePublicSeesPublicProblemsMetByPublicCapabilities() {
		TestCallers.signOut();
		List<String> ids = ids(mine(ask(this.graphQl, Map.of("actor", this.helper, "first", 100))));

		assertThat(ids).containsExactly(this.metals);
	}

	@Test
	void pagesFollowOneAnother() {
		signInAsMember();
		GraphQlTester.Response all = ask(this.graphQl, Map.of("actor", this.helper, "first", 2));
		List<String> firstTwo = ids(all.path("problemsICouldHelpWith.edges[*].node")
			.entity(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.get());
		assertThat(firstTwo).hasSize(2);

		GraphQlTester.Response first = ask(this.graphQl, Map.of("actor", this.helper, "first", 1));
		first.path("problemsICouldHelpWith.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String cursor = first.path("problemsICouldHelpWith.pageInfo.endCursor").entity(String.class).get();
		GraphQlTester.Response second = ask(this.graphQl, Map.of("actor", this.helper, "first", 1, "after", cursor));

		assertThat(first.path("problemsICouldHelpWith.edges[0].node.problem.id").entity(String.class).get())
			.isEqualTo(firstTwo.get(0));
		assertThat(second.path("problemsICouldHelpWith.edges[0].node.problem.id").entity(String.class).get())
			.isEqualTo(firstTwo.get(1));
		assertThat(second.path("problemsICouldHelpWith.totalCount").entity(Long.class).get())
			.isEqualTo(first.path("problemsICouldHelpWith.totalCount").entity(Long.class).get());
	}

	@Test
	void aCategoryFilterKeepsThatCategoryOnly() {
		signInAsMember();
		List<String> ids = ids(mine(ask(this.graphQl, Map.of("actor", this.helper, "first", 100, "filter",
				Map.of("categories", List.of("INNOVATION"))))));

		assertThat(ids).containsExactly(this.separation);
	}

	@Test
	void explanationsAreInFrenchByDefault() {
		signInAsMember();
		GraphQlTester french = ExecutionGraphQlServiceTester.builder(this.service)
			.configureExecutionInput((input, builder) -> builder.locale(Locale.FRENCH).build())
			.build();
		Map<String, Object> metals = byId(mine(ask(french, Map.of("actor", this.helper, "first", 100))), this.metals);

		assertThat(explanation(metals)).first()
			.asString()
			.startsWith("Besoin essentiel « Métallurgie des autres métaux non ferreux » : son métier principal 24.45Z")
			.contains("relève du métier recherché 24.45");
	}

	@Test
	void aProblemStatingNoNeedIsMetThroughTheNeedsItsTextSuggests() {
		signInAsMember();
		String word = TestActors.newToken();
		String lab = TestActors.registerIn(this.graphQl, "RESEARCH_LAB", "ACADEMIC", "Laboratoire " + this.run, "54395",
				null, "knowHow: [{name: \"Décapage %s des aimants\", visibility: PUBLIC}]".formatted(word));
		TestCallers.signIn("owner-" + this.run, Role.MEMBER);
		String owner = TestActors.registerIn(this.graphQl, "COMPANY", "PRIVATE", "Recycleur " + this.run, "57463", null,
				"");
		String problem = TestActors.addProblem(this.graphQl, owner,
				Map.of("title", "Décapage %s des aimants usagés %s".formatted(word, this.run)));

		TestCallers.signOut();
		Map<String, Object> found = byId(mine(ask(this.graphQl, Map.of("actor", lab, "first", 100))), problem);

		@SuppressWarnings("unchecked")
		List<Map<String, Object>> needs = (List<Map<String, Object>>) found.get("needs");
		assertThat(needs).isNotEmpty().allSatisfy(need -> assertThat(need).containsEntry("inferred", true));
		assertThat(coverage(found)).anySatisfy(covered -> assertThat(evidence(covered)).anySatisfy(evidence -> {
			assertThat(evidence).containsEntry("kind", "KNOW_HOW");
			assertThat((String) evidence.get("label")).contains(word);
		}));
		assertThat(signal(found, "TEXT_RELEVANCE")).isGreaterThan(0.0);
	}

	/** The capabilities reach the needs through the index on a need's kind and value, never by reading every need. */
	@Test
	void needsAreFoundThroughTheirIndexes() {
		Map<String, Object> help = new java.util.HashMap<>(Map.of("actorId", this.helper, "anchors",
				List.of(Map.of("kind", "TRADE", "value", "24.45")), "topicKeys", List.of(), "textQuery", "aimants",
				"problemIndex", "problem_text_public", "textHits", 300, "needQuery", "aimants", "needHits", 1000,
				"perAnchor", 250));
		help.put("visible", List.of("PUBLIC"));
		help.put("ownActors", List.of());
		help.put("location", null);
		help.put("departement", "57");
		help.put("region", "44");
		help.put("neighbourhood", List.of("44", "27"));
		help.put("categories", null);
		help.put("localKm", 150.0);
		help.put("shortlist", 250);
		org.neo4j.driver.summary.Plan plan = this.driver
			.executableQuery("EXPLAIN " + org.maillage.matchmaking.persistence.HelpQueries.candidatesStatement())
			.withParameters(Map.of("help", help))
			.execute()
			.summary()
			.plan();

		assertThat(details(plan)).anyMatch(detail -> detail.contains("Need(kind, value)"))
			.anyMatch(detail -> detail.contains("Need(kind, value, departement)"))
			.anyMatch(detail -> detail.contains("Need(kind, value, region)"))
			.noneMatch(detail -> detail.contains("Problem(status)"))
			.noneMatch(detail -> detail.startsWith("NodeByLabelScan"))
			.noneMatch(detail -> detail.startsWith("AllNodesScan"));
	}

	private static List<String> details(org.neo4j.driver.summary.Plan plan) {
		List<String> details = new java.util.ArrayList<>();
		details.add(plan.operatorType() + " " + plan.arguments().getOrDefault("Details", org.neo4j.driver.Values.NULL));
		plan.children().forEach(child -> details.addAll(details(child)));
		return details;
	}

	@Test
	void anUnknownActorIsNotFound() {
		TestCallers.signOut();
		this.graphQl.document(QUERY)
			.variable("actor", "no-such-actor-" + this.run)
			.execute()
			.errors()
			.expect(error -> "NOT_FOUND".equals(String.valueOf(error.getErrorType())))
			.verify();
	}

	private GraphQlTester.Response ask(GraphQlTester tester, Map<String, Object> variables) {
		var request = tester.document(QUERY);
		for (var variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		return request.execute();
	}

	/** This test's problems, in their order: other tests' problems share the database. */
	private List<Map<String, Object>> mine(GraphQlTester.Response response) {
		return response.path("problemsICouldHelpWith.edges[*].node")
			.entity(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.get()
			.stream()
			.filter(match -> title(match).endsWith(this.run))
			.toList();
	}

	@SuppressWarnings("unchecked")
	private static String title(Map<String, Object> match) {
		return (String) ((Map<String, Object>) match.get("problem")).get("title");
	}

	@SuppressWarnings("unchecked")
	private static List<String> ids(List<Map<String, Object>> matches) {
		return matches.stream().map(match -> (String) ((Map<String, Object>) match.get("problem")).get("id")).toList();
	}

	private static Map<String, Object> byId(List<Map<String, Object>> matches, String id) {
		return matches.stream().filter(match -> ids(List.of(match)).get(0).equals(id)).findFirst().orElseThrow();
	}

	@SuppressWarnings("unchecked")
	private static List<String> explanation(Map<String, Object> match) {
		return (List<String>) match.get("explanation");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> coverage(Map<String, Object> match) {
		return (List<Map<String, Object>>) match.get("coverage");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> evidence(Map<String, Object> covered) {
		return (List<Map<String, Object>>) covered.get("evidence");
	}

	@SuppressWarnings("unchecked")
	private static double signal(Map<String, Object> match, String name) {
		return ((List<Map<String, Object>>) match.get("signals")).stream()
			.filter(signal -> name.equals(signal.get("signal")))
			.mapToDouble(signal -> ((Number) signal.get("score")).doubleValue())
			.findFirst()
			.orElseThrow();
	}

}
