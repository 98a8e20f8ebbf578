package org.maillage.funding;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.maillage.ApiAndGraphTests;
import org.maillage.MaillageIntegrationTest;
import org.maillage.Races;
import org.maillage.TestActors;
import org.maillage.TestCallers;
import org.maillage.TestHttp;
import org.maillage.security.KeycloakServer;
import org.maillage.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.GraphQlErrors.expectError;

/**
 * Funding calls as their users meet them: a facilitator or decision-maker publishes, changes and withdraws calls and
 * imports aides-territoires' JSON (the fictional calls of {@code funding/aides-territoires-example.json}, their ids
 * made the test's own); a company member ranks them for its rare-earth problem in Metz and reads why. In-process
 * requests read English; French is checked over HTTP with a real token of the run's Keycloak.
 */
@MaillageIntegrationTest
class FundingIntegrationTests extends ApiAndGraphTests {

	static final String CALL_FIELDS = """
			id version sourceId name financers audiences actorKinds perimeter { id name } perimeterName themes aidTypes
			subsidyRateMin subsidyRateMax opensOn deadline recurrence applicationUrl status open daysLeft closingSoon""";

	static final String PUBLISH = """
			mutation($details: FundingCallDetails!) { publishFundingCall(input: {details: $details}) {
			  fundingCall { %s } } }""".formatted(CALL_FIELDS);

	static final String UPDATE = """
			mutation($id: ID!, $version: Int!, $details: FundingCallDetails!) {
			  updateFundingCall(input: {id: $id, version: $version, details: $details}) { fundingCall { %s } } }"""
		.formatted(CALL_FIELDS);

	static final String WITHDRAW = """
			mutation($id: ID!, $version: Int!) { withdrawFundingCall(input: {id: $id, version: $version}) {
			  fundingCall { id version status open } } }""";

	static final String IMPORT = """
			mutation($json: String!, $dryRun: Boolean) { importFundingCalls(input: {json: $json, dryRun: $dryRun}) {
			  dryRun created updated unchanged skipped rejections { index sourceId reason } } }""";

	static final String FUNDING_FOR = """
			query($problem: ID, $group: ID) { fundingFor(problem: $problem, workingGroup: $group, first: 100) {
			  totalCount edges { node { score call { id sourceId name closingSoon }
			    explanations { kind text matched daysLeft } } } } }""";

	@Autowired
	ConfigurableApplicationContext context;

	@LocalServerPort
	int port;

	String run;

	@BeforeEach
	void token() {
		this.run = TestActors.newToken();
	}

	// ---------------------------------------------------------------- publishing

	@Test
	void facilitatorsPublishDecisionMakersChangeAndAdministratorsWithdraw() {
		TestCallers.signIn("funding-facilitator", Role.FACILITATOR);
		Map<String, Object> details = details("Appel " + this.run, LocalDate.now(paris()).plusDays(60));
		GraphQlTester.Response published = this.graphQl.document(PUBLISH).variable("details", details).execute();
		String id = published.path("publishFundingCall.fundingCall.id").entity(String.class).get();
		published.path("publishFundingCall.fundingCall.perimeter.name").entity(String.class).isEqualTo("Grand Est")
			.path("publishFundingCall.fundingCall.perimeterName").entity(String.class).isEqualTo("Grand Est")
			.path("publishFundingCall.fundingCall.actorKinds").entityList(String.class).containsExactly("COMPANY")
			.path("publishFundingCall.fundingCall.recurrence").entity(String.class).isEqualTo("ONE_OFF")
			.path("publishFundingCall.fundingCall.open").entity(Boolean.class).isEqualTo(true)
			.path("publishFundingCall.fundingCall.daysLeft").entity(Integer.class).isEqualTo(60)
			.path("publishFundingCall.fundingCall.closingSoon").entity(Boolean.class).isEqualTo(false);

		TestCallers.signIn("funding-decision-maker", Role.DECISION_MAKER);
		details.put("subsidyRateMax", 70.0);
		this.graphQl.document(UPDATE).variable("id", id).variable("version", 0).variable("details", details).execute()
			.path("updateFundingCall.fundingCall.version").entity(Integer.class).isEqualTo(1)
			.path("updateFundingCall.fundingCall.subsidyRateMax").entity(Double.class).isEqualTo(70.0);
		expectError(this.graphQl.document(UPDATE).variable("id", id).variable("version", 0)
			.variable("details", details).execute(), "CONFLICT", "has changed since version 0");

		TestCallers.signIn("funding-admin", Role.ADMIN);
		this.graphQl.document(WITHDRAW).variable("id", id).variable("version", 1).execute()
			.path("withdrawFundingCall.fundingCall.status").entity(String.class).isEqualTo("WITHDRAWN")
			.path("withdrawFundingCall.fundingCall.open").entity(Boolean.class).isEqualTo(false);
		TestCallers.signOut();
		this.graphQl.document("query($text: String) { fundingCalls(filter: {text: $text}) { totalCount } }")
			.variable("text", this.run).execute()
			.path("fundingCalls.totalCount").entity(Integer.class).isEqualTo(0);
		this.graphQl.document("""
				query($text: String) { fundingCalls(filter: {text: $text, openOnly: false}) {
				  totalCount edges { node { status } } } }""")
			.variable("text", this.run).execute()
			.path("fundingCalls.edges[0].node.status").entity(String.class).isEqualTo("WITHDRAWN");
		assertThat(auditEntries(id)).contains("publishFundingCall", "updateFundingCall", "withdrawFundingCall");
	}

	@Test
	void aCompanyMemberMayNotPublishAndThePublicMustSignIn() {
		Map<String, Object> details = details("Appel " + this.run, LocalDate.now(paris()).plusDays(30));
		TestCallers.signIn("funding-company-member", Role.MEMBER);
		expectError(this.graphQl.document(PUBLISH).variable("details", details).execute(), "FORBIDDEN",
				"Only facilitators, public decision-makers and administrators may publish a funding call");
		TestCallers.signOut();
		expectError(this.graphQl.document(PUBLISH).variable("details", details).execute(), "UNAUTHORIZED",
				"publish a funding call");
	}

	@Test
	void aCallIsCheckedBeforeAnythingIsWrittenInFrenchAndInEnglish() {
		TestCallers.signIn("funding-facilitator", Role.FACILITATOR);
		Map<String, Object> details = details("Appel " + this.run, LocalDate.now(paris()).minusDays(1));
		expectError(this.graphQl.document(PUBLISH).variable("details", details).execute(), "BAD_REQUEST",
				"has already passed");
		details = details("Appel " + this.run, LocalDate.now(paris()).plusDays(10));
		details.put("perimeter", "region:nowhere");
		expectError(this.graphQl.document(PUBLISH).variable("details", details).execute(), "BAD_REQUEST",
				"no territory with id region:nowhere");

		details.put("perimeter", "region:44");
		details.put("subsidyRateMin", 80.0);
		details.put("subsidyRateMax", 40.0);
		Map<String, Object> answer = TestHttp.client(this.port)
			.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.header("Authorization", "Bearer " + KeycloakServer.shared().accessToken("fatima", "dev-only-fatima"))
			.body(Map.of("query", PUBLISH, "variables", Map.of("details", details)))
			.retrieve()
			.body(TestHttp.JSON);
		assertThat(String.valueOf(answer.get("errors")))
			.contains("subsidyRateMin : le taux minimal 80 dépasse le taux maximal 40");
		this.graphQl.document("query($text: String) { fundingCalls(filter: {text: $text}) { totalCount } }")
			.variable("text", this.run).execute()
			.path("fundingCalls.totalCount").entity(Integer.class).isEqualTo(0);
	}

	// ---------------------------------------------------------------- imports

	@Test
	void aDryRunReportsExactlyWhatTheImportThenDoesAndWritesNothing() throws IOException {
		String file = exampleFile();
		TestCallers.signIn("funding-decision-maker", Role.DECISION_MAKER);
		GraphQlTester.Response dry = importFile(file, true);
		assertReport(dry, 5, 0, 0, 4);
		dry.path("importFundingCalls.rejections[*].index").entityList(Integer.class).containsExactly(5, 6, 7, 8)
			.path("importFundingCalls.rejections[0].reason").entity(String.class)
			.satisfies(reason -> assertThat(reason).contains("id is missing"))
			.path("importFundingCalls.rejections[1].reason").entity(String.class)
			.satisfies(reason -> assertThat(reason).contains("“Hebdomadaire” is not a known recurrence"))
			.path("importFundingCalls.rejections[2].reason").entity(String.class)
			.satisfies(reason -> assertThat(reason).contains("subsidyRateMax must be a rate in percent"))
			.path("importFundingCalls.rejections[3].sourceId").entity(String.class)
			.isEqualTo(this.run + "-90001")
			.path("importFundingCalls.rejections[3].reason").entity(String.class)
			.satisfies(reason -> assertThat(reason).contains("already at position 0"));
		assertThat(storedCalls()).isZero();

		assertReport(importFile(file, false), 5, 0, 0, 4);
		assertThat(storedCalls()).isEqualTo(5);
		assertReport(importFile(file, false), 0, 0, 5, 4);
		assertReport(importFile(file.replace("réservé aux communes", "réservé aux communes rurales"), true), 0, 1, 4, 4);
		assertReport(importFile(file.replace("réservé aux communes", "réservé aux communes rurales"), false), 0, 1, 4,
				4);
		assertThat(storedCalls()).isEqualTo(5);

		this.graphQl.document("""
				query($text: String) { fundingCalls(filter: {text: $text, openOnly: false}, first: 10) {
				  totalCount edges { node { sourceId perimeter { id } perimeterName financers open recurrence } } } }""")
			.variable("text", "recyclage des terres rares et des aimants permanents (exemple fictif)")
			.execute()
			.path("fundingCalls.edges[?(@.node.sourceId == '%s-90001')].node.perimeter.id".formatted(this.run))
			.entityList(String.class).containsExactly("region:44")
			.path("fundingCalls.edges[?(@.node.sourceId == '%s-90001')].node.financers[1]".formatted(this.run))
			.entityList(String.class).containsExactly("ADEME Grand Est (fictif)");
	}

	@Test
	void aFileThatIsNotAnArrayOfAidsIsRefusedWhole() {
		TestCallers.signIn("funding-facilitator", Role.FACILITATOR);
		expectError(importFile("{\"name\": \"" + this.run + "\"}", false), "BAD_REQUEST",
				"json must be a JSON array of aids");
		expectError(importFile("[{\"id\": \"" + this.run + "\"", false), "BAD_REQUEST", "json is not valid JSON");
		TestCallers.signIn("funding-company-member", Role.MEMBER);
		expectError(importFile("[]", false), "FORBIDDEN", "import funding calls");
	}

	@Test
	void onlyAnAdministratorImportsAFileOfTheImportFolder() throws IOException {
		// MaillageIntegrationTest's import folder, which funding calls share (application.yml)
		Path folder = Path.of("target/test-imports");
		Files.createDirectories(folder);
		String name = "aides-" + this.run + ".json";
		Files.writeString(folder.resolve(name), exampleFile());
		String byPath = "mutation($path: String!) { importFundingCalls(input: {path: $path}) { created skipped } }";
		TestCallers.signIn("funding-facilitator", Role.FACILITATOR);
		expectError(this.graphQl.document(byPath).variable("path", name).execute(), "FORBIDDEN",
				"Only administrators import a file of the import folder");
		TestCallers.signIn("funding-admin", Role.ADMIN);
		expectError(this.graphQl.document(byPath).variable("path", "../pom.xml").execute(), "BAD_REQUEST",
				"does not exist in the import folder");
		this.graphQl.document(byPath).variable("path", name).execute()
			.path("importFundingCalls.created").entity(Integer.class).isEqualTo(5)
			.path("importFundingCalls.skipped").entity(Integer.class).isEqualTo(4);
		assertThat(storedCalls()).isEqualTo(5);
	}

	@Test
	void twoImportsOfTheSameFileAtOnceCreateEachCallOnce() throws IOException {
		String file = exampleFile();
		List<String> outcomes = Races.run(2, i -> () -> {
			TestCallers.signIn("funding-facilitator-" + i, Role.FACILITATOR);
			return importFile(file, false);
		});
		assertThat(outcomes).containsOnly("OK");
		assertThat(storedCalls()).isEqualTo(5);
		TestCallers.signIn("funding-facilitator", Role.FACILITATOR);
		assertReport(importFile(file, true), 0, 0, 5, 4);
	}

	@Test
	void anUpdateRacingAWithdrawalLosesOrWinsWholly() {
		TestCallers.signIn("funding-facilitator", Role.FACILITATOR);
		Map<String, Object> details = details("Appel " + this.run, LocalDate.now(paris()).plusDays(40));
		String id = this.graphQl.document(PUBLISH).variable("details", details).execute()
			.path("publishFundingCall.fundingCall.id").entity(String.class).get();
		List<String> outcomes = Races.run(2, i -> () -> {
			TestCallers.signIn("funding-racer-" + i, Role.FACILITATOR);
			return i == 0 ? this.graphQl.document(UPDATE).variable("id", id).variable("version", 0)
				.variable("details", details).execute()
					: this.graphQl.document(WITHDRAW).variable("id", id).variable("version", 0).execute();
		});
		assertThat(outcomes).containsExactlyInAnyOrder("OK", "CONFLICT");
		TestCallers.signIn("funding-facilitator", Role.FACILITATOR);
		this.graphQl.document("query($id: ID!) { fundingCall(id: $id) { version status } }").variable("id", id)
			.execute()
			.path("fundingCall.version").entity(Integer.class).isEqualTo(1);
	}

	@Test
	void publishingOrImportingACallTellsTheWatchOnceAndAChangeDoesNot() throws IOException {
		List<FundingCallPublished> heard = new CopyOnWriteArrayList<>();
		ApplicationListener<PayloadApplicationEvent<FundingCallPublished>> listener = ApplicationListener
			.forPayload(heard::add);
		ApplicationEventMulticaster multicaster = this.context.getBean(ApplicationEventMulticaster.class);
		multicaster.addApplicationListener(listener);
		try {
			TestCallers.signIn("funding-facilitator", Role.FACILITATOR);
			LocalDate deadline = LocalDate.now(paris()).plusDays(20);
			Map<String, Object> details = details("Appel " + this.run, deadline);
			String id = this.graphQl.document(PUBLISH).variable("details", details).execute()
				.path("publishFundingCall.fundingCall.id").entity(String.class).get();
			this.graphQl.document(UPDATE).variable("id", id).variable("version", 0).variable("details", details)
				.execute().path("updateFundingCall.fundingCall.version").entity(Integer.class).isEqualTo(1);
			assertThat(heard).filteredOn(event -> event.callId().equals(id))
				.containsExactly(new FundingCallPublished(id, "Appel " + this.run, "region:44", deadline, false));

			String file = exampleFile();
			importFile(file, true);
			importFile(file, false);
			importFile(file, false);
			assertThat(heard).filteredOn(FundingCallPublished::imported)
				.filteredOn(event -> event.name().contains("exemple fictif"))
				.extracting(FundingCallPublished::callId)
				.hasSize(5)
				.doesNotHaveDuplicates();
		}
		finally {
			multicaster.removeApplicationListener(listener);
		}
	}

	// ---------------------------------------------------------------- ranking

	@Test
	void theRareEarthProblemGetsTheRecyclingCallFirstWithItsReasons() throws IOException {
		TestCallers.signIn("funding-decision-maker", Role.DECISION_MAKER);
		assertReport(importFile(exampleFile(), false), 5, 0, 0, 4);
		TestCallers.signIn("funding-owner-" + this.run, Role.MEMBER);
		String problem = rareEarthProblem("PUBLIC");

		GraphQlTester.Response ranked = this.graphQl.document(FUNDING_FOR).variable("problem", problem).execute();
		List<String> order = ranked.path("fundingFor.edges[*].node.call.sourceId").entityList(String.class).get();
		assertThat(order).contains(this.run + "-90001", this.run + "-90003")
			.doesNotContain(this.run + "-90002", this.run + "-90004", this.run + "-90005");
		assertThat(order.indexOf(this.run + "-90001")).isLessThan(order.indexOf(this.run + "-90003"));
		String first = "fundingFor.edges[?(@.node.call.sourceId == '%s-90001')].node".formatted(this.run);
		ranked.path(first + ".score").entityList(Double.class)
			.satisfies(scores -> assertThat(scores.get(0)).isGreaterThan(0.8))
			.path(first + ".explanations[?(@.kind == 'THEME')].matched").entityList(List.class)
			.satisfies(matched -> assertThat(matched).anySatisfy(m -> assertThat(m).contains("SUPPLY"))
				.anySatisfy(m -> assertThat(m).contains("Économie circulaire|Recyclage")))
			.path(first + ".explanations[?(@.kind == 'THEME')].text").entityList(String.class)
			.satisfies(texts -> assertThat(texts)
				.anySatisfy(text -> assertThat(text).contains("matches the problem’s category (supply)"))
				.anySatisfy(text -> assertThat(text).contains("covers the needs")))
			.path(first + ".explanations[?(@.kind == 'WORDS')].matched[*]").entityList(String.class)
			.satisfies(words -> assertThat(words).contains("rares", "terre", "recyclage"))
			.path(first + ".explanations[?(@.kind == 'TERRITORY')].text").entityList(String.class)
			.containsExactly("1 of 1 actor(s) are inside the call’s perimeter: Grand Est")
			.path(first + ".explanations[?(@.kind == 'AUDIENCE')].matched").entityList(List.class)
			.containsExactly(List.of("Entreprises privées", "COMPANY"))
			.path(first + ".explanations[?(@.kind == 'DEADLINE')].daysLeft").entityList(Integer.class)
			.satisfies(days -> assertThat(days.get(0)).isGreaterThan(14));
		String permanent = "fundingFor.edges[?(@.node.call.sourceId == '%s-90003')].node".formatted(this.run);
		ranked.path(permanent + ".explanations[?(@.kind == 'DEADLINE')].text").entityList(String.class)
			.containsExactly("No deadline (permanent call)")
			.path(permanent + ".explanations[?(@.kind == 'TERRITORY')].text").entityList(String.class)
			.containsExactly("The call is open everywhere (France)");
	}

	@Test
	void aCallClosingSoonIsFlaggedAndListedWithTheDeadlines() {
		TestCallers.signIn("funding-facilitator", Role.FACILITATOR);
		Map<String, Object> soon = details("Recyclage des terres rares " + this.run, LocalDate.now(paris()).plusDays(5));
		String soonId = this.graphQl.document(PUBLISH).variable("details", soon).execute()
			.path("publishFundingCall.fundingCall.closingSoon").entity(Boolean.class).isEqualTo(true)
			.path("publishFundingCall.fundingCall.daysLeft").entity(Integer.class).isEqualTo(5)
			.path("publishFundingCall.fundingCall.id").entity(String.class).get();
		Map<String, Object> later = details("Recyclage plus tard " + this.run, LocalDate.now(paris()).plusDays(30));
		String laterId = this.graphQl.document(PUBLISH).variable("details", later).execute()
			.path("publishFundingCall.fundingCall.id").entity(String.class).get();
		List<String> deadlines = this.graphQl.document("""
				{ fundingDeadlines(within: 7, first: 100) { edges { node { id closingSoon } } } }""")
			.execute()
			.path("fundingDeadlines.edges[*].node.id").entityList(String.class).get();
		assertThat(deadlines).contains(soonId).doesNotContain(laterId);

		TestCallers.signIn("funding-owner-" + this.run, Role.MEMBER);
		String problem = rareEarthProblem("PUBLIC");
		String node = "fundingFor.edges[?(@.node.call.id == '%s')].node".formatted(soonId);
		this.graphQl.document(FUNDING_FOR).variable("problem", problem).execute()
			.path(node + ".explanations[?(@.kind == 'DEADLINE')].text").entityList(String.class)
			.containsExactly("The call closes soon: 5 day(s) left, until " + LocalDate.now(paris()).plusDays(5));
	}

	@Test
	void aHiddenProblemGetsNoFundingAndGivesNothingAway() {
		TestCallers.signIn("funding-owner-" + this.run, Role.MEMBER);
		String problem = rareEarthProblem("PRIVATE");
		this.graphQl.document(FUNDING_FOR).variable("problem", problem).execute()
			.path("fundingFor.totalCount").hasValue();
		TestCallers.signIn("funding-stranger-" + this.run, Role.MEMBER);
		expectError(this.graphQl.document(FUNDING_FOR).variable("problem", problem).execute(), "NOT_FOUND",
				"No problem with id " + problem);
		TestCallers.signOut();
		expectError(this.graphQl.document(FUNDING_FOR).variable("problem", problem).execute(), "NOT_FOUND",
				"No problem with id " + problem);
		expectError(this.graphQl.document(FUNDING_FOR).execute(), "BAD_REQUEST", "Give either a problem");
	}

	@Test
	void aWorkingGroupGetsTheCallsOfItsProblemsAndAHiddenGroupIsNotFound() throws IOException {
		TestCallers.signIn("funding-decision-maker", Role.DECISION_MAKER);
		assertReport(importFile(exampleFile(), false), 5, 0, 0, 4);
		TestCallers.signIn("funding-owner-" + this.run, Role.MEMBER);
		String problem = rareEarthProblem("PUBLIC");
		String actor = this.neo4j.query("MATCH (a:Actor)-[:FACES]->(:Problem {id: $id}) RETURN a.id")
			.bind(problem).to("id").fetchAs(String.class).one().orElseThrow();
		TestCallers.signIn("funding-group-facilitator", Role.FACILITATOR);
		String group = this.graphQl.document("""
				mutation($problem: ID!, $a: ID!, $name: String!) { createWorkingGroup(input: {name: $name,
				  problems: [$problem], participants: [{actorId: $a}], visibility: FACILITATORS}) { workingGroup { id } } }""")
			.variable("problem", problem).variable("a", actor).variable("name", "Cellule " + this.run)
			.execute()
			.path("createWorkingGroup.workingGroup.id").entity(String.class).get();
		this.graphQl.document(FUNDING_FOR).variable("group", group).execute()
			.path("fundingFor.edges[*].node.call.sourceId").entityList(String.class)
			.contains(this.run + "-90001").doesNotContain(this.run + "-90002");
		TestCallers.signIn("funding-stranger-" + this.run, Role.MEMBER);
		expectError(this.graphQl.document(FUNDING_FOR).variable("group", group).execute(), "NOT_FOUND",
				"No working group with id " + group);
	}

	// ---------------------------------------------------------------- helpers

	private String rareEarthProblem(String visibility) {
		String actor = TestActors.register(this.graphQl, "Aimants de Metz " + this.run);
		Map<String, Object> fields = new HashMap<>();
		fields.put("title", "Approvisionnement en terres rares " + this.run);
		fields.put("description", "Nos aimants néodyme manquent : nous cherchons à recycler les terres rares.");
		fields.put("category", "SUPPLY");
		fields.put("visibility", visibility);
		fields.put("needs", List.of(Map.of("kind", "TRADE", "value", "24.45Z"),
				Map.of("kind", "EQUIPMENT_CATEGORY", "value", "CHEMICAL_PROCESSING"),
				Map.of("kind", "KNOW_HOW", "value", "recyclage des terres rares", "essential", true)));
		return TestActors.addProblem(this.graphQl, actor, fields);
	}

	private static Map<String, Object> details(String name, LocalDate deadline) {
		Map<String, Object> details = new HashMap<>();
		details.put("name", name);
		details.put("financers", List.of("Région Grand Est (fictif)"));
		details.put("description", "Recyclage des terres rares et des aimants (appel fictif).");
		details.put("audiences", List.of("Entreprises privées"));
		details.put("perimeter", "region:44");
		details.put("themes", List.of("Économie circulaire|Recyclage"));
		details.put("aidTypes", List.of("Subvention"));
		details.put("subsidyRateMin", 20.0);
		details.put("subsidyRateMax", 50.0);
		details.put("deadline", deadline.toString());
		details.put("applicationUrl", "https://example.org/candidater");
		return details;
	}

	private GraphQlTester.Response importFile(String json, boolean dryRun) {
		return this.graphQl.document(IMPORT).variable("json", json).variable("dryRun", dryRun).execute();
	}

	private static void assertReport(GraphQlTester.Response response, int created, int updated, int unchanged,
			int skipped) {
		response.path("importFundingCalls.created").entity(Integer.class).isEqualTo(created)
			.path("importFundingCalls.updated").entity(Integer.class).isEqualTo(updated)
			.path("importFundingCalls.unchanged").entity(Integer.class).isEqualTo(unchanged)
			.path("importFundingCalls.skipped").entity(Integer.class).isEqualTo(skipped);
	}

	/** The example file, its ids made this test's own. */
	private String exampleFile() throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/funding/aides-territoires-example.json")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\"exemple-", "\"" + this.run + "-");
		}
	}

	private long storedCalls() {
		return this.neo4j.query("MATCH (c:FundingCall) WHERE c.sourceId STARTS WITH $run RETURN count(c)")
			.bind(this.run + "-").to("run").fetchAs(Long.class).one().orElseThrow();
	}

	private List<String> auditEntries(String target) {
		return List.copyOf(this.neo4j.query("MATCH (e:AuditEntry) WHERE e.target = $target RETURN e.operation")
			.bind(target).to("target").fetchAs(String.class).all());
	}

	private static ZoneId paris() {
		return ZoneId.of("Europe/Paris");
	}

}
