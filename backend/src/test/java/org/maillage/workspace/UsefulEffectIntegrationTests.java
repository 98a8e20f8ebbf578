package org.maillage.workspace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import org.maillage.ApiAndGraphTests;
import org.maillage.MaillageIntegrationTest;
import org.maillage.Races;
import org.maillage.TestActors;
import org.maillage.TestCallers;
import org.maillage.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.maillage.GraphQlErrors.expectError;

/**
 * A group's useful effects as the people around it live them, each a demo user signed in with a token of the run's
 * real Keycloak: alice owns actor A (in Metz), which accepted to take part; bruno owns actor B, invited but not
 * answering; maya owns actor C, which takes no part; fatima is a facilitator, ada an administrator. The group is seen
 * by facilitators and its participants only (FACILITATORS). Totals are compared before and after, since other tests'
 * effects may lie in the same territory.
 */
@MaillageIntegrationTest
class UsefulEffectIntegrationTests extends ApiAndGraphTests {

	static final String METZ = "commune:57463";

	static final String RECORD = """
			mutation($input: RecordUsefulEffectInput!) { recordUsefulEffect(input: $input) { usefulEffect {
			  id version indicator value unit periodFrom periodTo beneficiaries { id } evidenceUrl status verifiedBy
			  createdBy } } }""";

	static final String UPDATE = """
			mutation($input: UpdateUsefulEffectInput!) { updateUsefulEffect(input: $input) {
			  usefulEffect { id version value status verifiedBy } } }""";

	static final String VERIFY = """
			mutation($input: VerifyUsefulEffectInput!) { verifyUsefulEffect(input: $input) {
			  usefulEffect { id version status verifiedBy verifiedAt } } }""";

	static final String TOTALS = """
			query($territory: ID!, $valueChain: ID, $verifiedOnly: Boolean) {
			  usefulEffectTotals(territory: $territory, valueChain: $valueChain, verifiedOnly: $verifiedOnly) {
			    indicator unit total effects groups } }""";

	static final String OVERVIEW = """
			query($territory: ID!, $valueChain: ID, $verifiedOnly: Boolean) {
			  territoryOverview(territory: $territory) {
			    usefulEffects(valueChain: $valueChain, verifiedOnly: $verifiedOnly) {
			      indicator unit total effects groups } } }""";

	@Autowired
	JwtDecoder jwtDecoder;

	@Autowired
	JwtAuthenticationConverter jwtAuthenticationConverter;

	@LocalServerPort
	int port;

	DemoUsers users;

	String run;

	String actorA;

	String actorB;

	String actorC;

	String problem;

	String group;

	@BeforeEach
	void aGroupWhereActorATakesPartAndActorBIsOnlyInvited() {
		this.users = new DemoUsers(this.graphQl, this.jwtDecoder, this.jwtAuthenticationConverter);
		this.run = TestActors.newToken();
		this.users.signIn("alice");
		this.actorA = TestActors.register(this.graphQl, "Fonderie A " + this.run);
		this.problem = TestActors.addProblem(this.graphQl, this.actorA,
				Map.of("title", "Gisement " + this.run, "category", "SUPPLY"));
		this.users.signIn("bruno");
		this.actorB = TestActors.register(this.graphQl, "Revêtements B " + this.run);
		this.users.signIn("maya");
		this.actorC = TestActors.register(this.graphQl, "Atelier C " + this.run);
		this.group = createGroup(Map.of());
		this.users.signIn("alice");
		this.users.accept(this.group, this.actorA);
	}

	@Test
	void aMemberRecordsAFacilitatorVerifiesAndOnlyThoseWhoMaySeeTheGroupCountIt() {
		Map<String, double[]> before = new HashMap<>();
		for (String user : new String[] { "alice", "fatima", "maya", null }) {
			this.users.signIn(user);
			before.put(String.valueOf(user), total(METZ, null, false, "MATERIAL_KEPT_IN_USE"));
		}
		this.users.signIn("alice");
		double[] verifiedBefore = total(METZ, null, true, "MATERIAL_KEPT_IN_USE");
		GraphQlTester.Response recorded = execute(RECORD, effect(this.group, "MATERIAL_KEPT_IN_USE", 12.5));
		recorded.path("recordUsefulEffect.usefulEffect.unit").entity(String.class).isEqualTo("t");
		recorded.path("recordUsefulEffect.usefulEffect.status").entity(String.class).isEqualTo("DECLARED");
		recorded.path("recordUsefulEffect.usefulEffect.beneficiaries[*].id").entityList(String.class)
			.containsExactly(this.actorA);
		recorded.path("recordUsefulEffect.usefulEffect.createdBy").entity(String.class).isEqualTo("alice");
		String id = recorded.path("recordUsefulEffect.usefulEffect.id").entity(String.class).get();

		// a member records but does not vouch for the group's own effect
		expectError(execute(VERIFY, Map.of("id", id, "version", 0)), "FORBIDDEN",
				"Only facilitators (and administrators) may verify a useful effect");
		this.users.signIn("fatima");
		execute(VERIFY, Map.of("id", id, "version", 0)).path("verifyUsefulEffect.usefulEffect.status")
			.entity(String.class)
			.isEqualTo("VERIFIED")
			.path("verifyUsefulEffect.usefulEffect.verifiedBy")
			.entity(String.class)
			.isEqualTo("fatima")
			.path("verifyUsefulEffect.usefulEffect.version")
			.entity(Integer.class)
			.isEqualTo(1);

		// those who may see the group count it; maya and the public visitor do not even learn it exists
		for (String user : new String[] { "alice", "fatima", "maya", null }) {
			this.users.signIn(user);
			double[] after = total(METZ, null, false, "MATERIAL_KEPT_IN_USE");
			boolean sees = "alice".equals(user) || "fatima".equals(user);
			assertThat(after[0] - before.get(String.valueOf(user))[0]).as("total for " + user)
				.isEqualTo(sees ? 12.5 : 0.0);
			assertThat(after[1] - before.get(String.valueOf(user))[1]).as("effects for " + user)
				.isEqualTo(sees ? 1.0 : 0.0);
		}
		// and so does the CSV export, for the caller of the request
		assertThat(csv("alice", METZ)).contains(id + ";" + this.group + ";Cellule " + this.run + " 0;MATERIAL_KEPT_IN_USE;12.5;t;"
				+ "2026-01-01;2026-06-30;VERIFIED;fatima;" + this.actorA);
		assertThat(csv("fatima", "departement:57")).contains(id);
		assertThat(csv("maya", METZ)).startsWith("\uFEFFeffect_id;group_id;group_name;indicator;value;unit;")
			.doesNotContain(id)
			.doesNotContain(this.group);
		assertThat(csv(null, METZ)).doesNotContain(id);
		this.users.signIn("alice");
		assertThat(total(METZ, null, true, "MATERIAL_KEPT_IN_USE")[0] - verifiedBefore[0]).isEqualTo(12.5);
		// the département adds it up too
		assertThat(total("departement:57", null, false, "MATERIAL_KEPT_IN_USE")[1]).isGreaterThanOrEqualTo(1.0);

		// a changed effect is no longer verified
		Map<String, Object> changed = new HashMap<>(effect(null, "MATERIAL_KEPT_IN_USE", 14.0));
		changed.remove("groupId");
		changed.putAll(Map.of("id", id, "version", 1));
		execute(UPDATE, changed).path("updateUsefulEffect.usefulEffect.status").entity(String.class)
			.isEqualTo("DECLARED")
			.path("updateUsefulEffect.usefulEffect.verifiedBy").valueIsNull();
		assertThat(total(METZ, null, true, "MATERIAL_KEPT_IN_USE")[0] - verifiedBefore[0]).isEqualTo(0.0);
		assertThat(total(METZ, null, false, "MATERIAL_KEPT_IN_USE")[0] - before.get("alice")[0]).isEqualTo(14.0);

		// the list is the workspace's: for the workspace's people only
		effects(this.group).path("workspace.usefulEffects.edges[0].node.value").entity(Double.class).isEqualTo(14.0);
		for (String outsider : new String[] { "maya", "bruno" }) {
			this.users.signIn(outsider);
			effects(this.group).path("workspace").valueIsNull();
			expectError(execute(RECORD, effect(this.group, "JOBS_CREATED", 1)), "NOT_FOUND",
					"No working group with id " + this.group);
			expectError(execute(VERIFY, Map.of("id", id, "version", 2)), "NOT_FOUND", "No useful effect with id " + id);
			expectError(execute("mutation($input: RemoveUsefulEffectInput!) { removeUsefulEffect(input: $input) { id } }",
					Map.of("id", id)), "NOT_FOUND", "No useful effect with id " + id);
		}

		// every write is in the audit trail, under the group
		assertThat(this.neo4j.query("""
				MATCH (e:AuditEntry {target: $group}) RETURN e.operation + ' ' + e.username + ' ' + e.outcome""")
			.bind(this.group)
			.to("group")
			.fetchAs(String.class)
			.all()).contains("recordUsefulEffect alice DONE", "verifyUsefulEffect fatima DONE",
					"updateUsefulEffect alice DONE");

		// taken out, it counts no more
		this.users.signIn("alice");
		execute("mutation($input: RemoveUsefulEffectInput!) { removeUsefulEffect(input: $input) { id } }",
				Map.of("id", id)).path("removeUsefulEffect.id").entity(String.class).isEqualTo(id);
		assertThat(total(METZ, null, false, "MATERIAL_KEPT_IN_USE")[0] - before.get("alice")[0]).isEqualTo(0.0);
	}

	@Test
	void aPublicGroupsEffectsCountForEveryoneAndAValueChainCountsItsConglomeratesOnly() {
		String chain = "rare-earth-magnet-recycling";
		this.users.signIn(null);
		double[] visitorBefore = total(METZ, null, false, "CO2E_AVOIDED");
		double[] chainBefore = total(METZ, chain, false, "CO2E_AVOIDED");
		this.users.signIn("maya");
		String conglomerate = createGroup(Map.of("kind", "CONGLOMERATE", "valueChain", chain, "visibility", "PUBLIC",
				"name", "=SOMME(A1) boucle " + this.run));
		this.users.signIn("alice");
		this.users.accept(conglomerate, this.actorA);
		execute(RECORD, effect(conglomerate, "CO2E_AVOIDED", 3.25)).errors().verify();
		// an effect of the other group, not a conglomerate of that chain (and hidden from the visitor)
		execute(RECORD, effect(this.group, "CO2E_AVOIDED", 100)).errors().verify();

		this.users.signIn(null);
		double[] visitor = total(METZ, null, false, "CO2E_AVOIDED");
		assertThat(visitor[0] - visitorBefore[0]).isEqualTo(3.25);
		double[] onChain = total(METZ, chain, false, "CO2E_AVOIDED");
		assertThat(onChain[0] - chainBefore[0]).isEqualTo(3.25);
		assertThat(onChain[2]).isGreaterThanOrEqualTo(1.0);
		this.graphQl.document(TOTALS)
			.variable("territory", METZ)
			.variable("valueChain", chain)
			.execute()
			.path("usefulEffectTotals[?(@.indicator == 'CO2E_AVOIDED')].unit")
			.entityList(String.class)
			.containsExactly("tCO2e");
		// the visitor's CSV holds the public conglomerate's effect, its name never read as a formula, and not the other
		String visitorCsv = csv(null, METZ);
		assertThat(visitorCsv).contains(conglomerate + ";'=SOMME(A1) boucle " + this.run + ";CO2E_AVOIDED;3.25;tCO2e;")
			.doesNotContain(this.group);
		assertThat(TestHttp.client(this.port).get().uri("/territories/no-such-territory/useful-effects.csv")
			.retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(404);
		// the territory's printable report has the line, in the reader's language
		String report = TestHttp.client(this.port).get().uri("/territories/" + METZ + "/report")
			.header("Accept-Language", "en").retrieve().body(String.class);
		assertThat(report).contains("<h2>Useful effects</h2>").contains("Emissions avoided (CO2e)").contains(" tCO2e<");
		assertThat(TestHttp.client(this.port).get().uri("/territories/" + METZ + "/report").retrieve()
			.body(String.class)).contains("<h2>Effets utiles</h2>").contains("Émissions évitées (CO2e)");
		this.users.signIn("alice");
		assertThat(total(METZ, null, false, "CO2E_AVOIDED")[0] - visitorBefore[0]).isEqualTo(103.25);
		assertThat(total(METZ, chain, false, "CO2E_AVOIDED")[0] - chainBefore[0]).isEqualTo(3.25);
		// a territory the beneficiary is not in
		this.graphQl.document(TOTALS)
			.variable("territory", "no-such-territory-" + this.run)
			.execute()
			.path("usefulEffectTotals")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void theTerritoryOverviewCarriesTheTotalsItsCallerWouldBeGiven() {
		String chain = "rare-earth-magnet-recycling";
		String[] callers = { "alice", "fatima", "maya", null };
		Map<String, double[][]> before = new HashMap<>();
		for (String user : callers) {
			this.users.signIn(user);
			before.put(String.valueOf(user), eurosEarned(chain));
		}
		String conglomerate = createGroup(Map.of("kind", "CONGLOMERATE", "valueChain", chain, "visibility", "PUBLIC"));
		this.users.signIn("alice");
		this.users.accept(conglomerate, this.actorA);
		String onChain = execute(RECORD, effect(conglomerate, "EUROS_EARNED", 5))
			.path("recordUsefulEffect.usefulEffect.id")
			.entity(String.class)
			.get();
		// declared, in the FACILITATORS group that maya and the public visitor may not see, and on no value chain
		execute(RECORD, effect(this.group, "EUROS_EARNED", 20)).errors().verify();
		this.users.signIn("fatima");
		execute(VERIFY, Map.of("id", onChain, "version", 0)).errors().verify();

		for (String user : callers) {
			this.users.signIn(user);
			for (String territory : new String[] { METZ, "departement:57" }) {
				for (String valueChain : new String[] { null, chain }) {
					for (boolean verifiedOnly : new boolean[] { false, true }) {
						assertThat(overview(territory, valueChain, verifiedOnly))
							.as("%s in %s, chain %s, verified only %s", user, territory, valueChain, verifiedOnly)
							.isEqualTo(totals(TOTALS, "usefulEffectTotals", territory, valueChain, verifiedOnly));
					}
				}
			}
			boolean sees = "alice".equals(user) || "fatima".equals(user);
			double[][] after = eurosEarned(chain);
			double[] added = { sees ? 25 : 5, 5, 5 };
			double[] effectsAdded = { sees ? 2 : 1, 1, 1 };
			for (int asked = 0; asked < 3; asked++) {
				assertThat(after[asked][0] - before.get(String.valueOf(user))[asked][0])
					.as("total for %s, question %d", user, asked)
					.isCloseTo(added[asked], within(1e-9));
				assertThat(after[asked][1] - before.get(String.valueOf(user))[asked][1])
					.as("effects for %s, question %d", user, asked)
					.isEqualTo(effectsAdded[asked]);
			}
		}
		// an unknown territory has no overview, so no totals to ask for
		this.graphQl.document(OVERVIEW).variable("territory", "no-such-territory-" + this.run).execute()
			.path("territoryOverview").valueIsNull();
	}

	/** The overview's filter narrows its effects to those benefiting actors of its kinds and sectors. */
	@Test
	void theOverviewsFilterNarrowsItsEffectsToItsKindsAndSectors() {
		this.users.signIn("alice");
		String filtered = """
				query($territory: ID!, $filter: OverviewFilter) { territoryOverview(territory: $territory, filter: $filter) {
				  usefulEffects { indicator unit total effects groups } } }""";
		Map<String, Map<String, Object>> filters = Map.of("companies", Map.of("kinds", List.of("COMPANY")), "labs",
				Map.of("kinds", List.of("RESEARCH_LAB")), "public sector", Map.of("sectors", List.of("PUBLIC")));
		Map<String, Double> before = new HashMap<>();
		filters.forEach((name, filter) -> before.put(name, waterSaved(filtered, filter)));
		// actor A is a private company
		execute(RECORD, effect(this.group, "WATER_SAVED", 13)).errors().verify();

		assertThat(waterSaved(filtered, filters.get("companies")) - before.get("companies")).isCloseTo(13, within(1e-9));
		assertThat(waterSaved(filtered, filters.get("labs")) - before.get("labs")).isCloseTo(0, within(1e-9));
		assertThat(waterSaved(filtered, filters.get("public sector")) - before.get("public sector"))
			.isCloseTo(0, within(1e-9));
	}

	private double waterSaved(String document, Map<String, Object> filter) {
		List<Map> totals = this.graphQl.document(document)
			.variable("territory", METZ)
			.variable("filter", filter)
			.execute()
			.path("territoryOverview.usefulEffects")
			.entityList(Map.class)
			.get();
		return pick(totals, "WATER_SAVED")[0];
	}

	@Test
	void wrongInputIsRefusedNamingTheField() {
		this.users.signIn("alice");
		Map<String, Object> negative = effect(this.group, "EUROS_SAVED", -5);
		expectError(execute(RECORD, negative), "BAD_REQUEST", "value must be a number greater than zero");
		Map<String, Object> reversed = effect(this.group, "EUROS_SAVED", 5);
		reversed.put("periodFrom", "2026-06-30");
		reversed.put("periodTo", "2026-01-01");
		expectError(execute(RECORD, reversed), "BAD_REQUEST",
				"periodTo: the period ends on 2026-01-01, before it starts on 2026-06-30");
		Map<String, Object> ftp = effect(this.group, "EUROS_SAVED", 5);
		ftp.put("evidenceUrl", "ftp://example.org/bilan.pdf");
		expectError(execute(RECORD, ftp), "BAD_REQUEST",
				"evidenceUrl must be a web address starting with http:// or https://");
		// bruno's actor was invited but has not accepted; maya's takes no part
		Map<String, Object> outsiders = effect(this.group, "EUROS_SAVED", 5);
		outsiders.put("beneficiaries", List.of(this.actorA, this.actorB, this.actorC));
		expectError(execute(RECORD, outsiders), "BAD_REQUEST",
				"beneficiaries: these actors do not take part in the group");
		Map<String, Object> none = effect(this.group, "EUROS_SAVED", 5);
		none.put("beneficiaries", List.of());
		expectError(execute(RECORD, none), "BAD_REQUEST", "beneficiaries must hold at least one value");
		Map<String, Object> badDate = effect(this.group, "EUROS_SAVED", 5);
		badDate.put("periodFrom", "01/01/2026");
		expectError(execute(RECORD, badDate), "BAD_REQUEST", "periodFrom must be a date, such as 2026-01-31");
		effects(this.group).path("workspace.usefulEffects.totalCount").entity(Integer.class).isEqualTo(0);

		// in French, the platform's language, for a client that asks for none
		assertThat(inFrench(negative)).contains("value doit être un nombre strictement positif");
		assertThat(inFrench(reversed)).contains("periodTo : la période finit le 2026-01-01, avant de commencer le 2026-06-30");
		assertThat(inFrench(outsiders)).contains("ces acteurs ne participent pas au groupe").contains(this.actorB)
			.contains(this.actorC);
		assertThat(inFrench(ftp)).contains("evidenceUrl doit être une adresse web commençant par http:// ou https://");
	}

	@Test
	void effectsComePageByPageTheLatestPeriodFirst() {
		this.users.signIn("alice");
		for (String month : new String[] { "03", "01", "05", "02", "04" }) {
			Map<String, Object> input = effect(this.group, "JOBS_KEPT", 1);
			input.put("periodFrom", "2026-" + month + "-01");
			input.put("periodTo", "2026-" + month + "-28");
			execute(RECORD, input).errors().verify();
		}
		List<String> ends = new ArrayList<>();
		String after = null;
		for (int page = 0; page < 3; page++) {
			GraphQlTester.Response response = this.graphQl.document("""
					query($group: ID!, $after: String) { workspace(group: $group) {
					  usefulEffects(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor }
					    edges { node { periodTo } } } } }""")
				.variable("group", this.group)
				.variable("after", after)
				.execute();
			response.path("workspace.usefulEffects.totalCount").entity(Integer.class).isEqualTo(5);
			response.path("workspace.usefulEffects.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(page < 2);
			ends.addAll(response.path("workspace.usefulEffects.edges[*].node.periodTo").entityList(String.class).get());
			after = response.path("workspace.usefulEffects.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(ends).containsExactly("2026-05-28", "2026-04-28", "2026-03-28", "2026-02-28", "2026-01-28");
	}

	@Test
	void anEffectFollowsItsBeneficiaryMergedIntoAnother() {
		this.users.signIn("alice");
		String id = execute(RECORD, effect(this.group, "ENERGY_SAVED", 7)).path("recordUsefulEffect.usefulEffect.id")
			.entity(String.class)
			.get();
		String survivor = TestActors.register(this.graphQl, "Fonderie A (fiche gardée) " + this.run);
		this.users.signIn("fatima");
		TestActors.merge(this.graphQl, survivor, this.actorA);
		effects(this.group).path("workspace.usefulEffects.edges[0].node.id").entity(String.class).isEqualTo(id)
			.path("workspace.usefulEffects.edges[0].node.beneficiaries[*].id").entityList(String.class)
			.containsExactly(survivor);
		assertThat(csv("fatima", METZ)).contains(id);
	}

	@RepeatedTest(2)
	void twoVerificationsFromTheSameVersionLeaveOneWinner() {
		this.users.signIn("alice");
		String id = execute(RECORD, effect(this.group, "WATER_SAVED", 40)).path("recordUsefulEffect.usefulEffect.id")
			.entity(String.class)
			.get();
		String fatimaToken = this.users.token("fatima");
		String adaToken = this.users.token("ada");
		List<String> outcomes = Races.run(2, i -> () -> {
			TestCallers.signInWithToken(i == 0 ? fatimaToken : adaToken, this.jwtDecoder,
					this.jwtAuthenticationConverter);
			return execute(VERIFY, Map.of("id", id, "version", 0));
		});
		assertThat(outcomes).containsExactlyInAnyOrder("OK", "CONFLICT");
		String winner = outcomes.get(0).equals("OK") ? "fatima" : "ada";
		assertThat(this.neo4j.query("MATCH (e:UsefulEffect {id: $id}) RETURN e.verifiedBy + ' ' + e.version")
			.bind(id)
			.to("id")
			.fetchAs(String.class)
			.one()).contains(winner + " 1");
	}

	private double[] total(String territory, String valueChain, boolean verifiedOnly, String indicator) {
		return pick(totals(TOTALS, "usefulEffectTotals", territory, valueChain, verifiedOnly), indicator);
	}

	/** The totals as {@code document} gives them at {@code path}, each row as the client reads it. */
	private List<Map> totals(String document, String path, String territory, String valueChain,
			boolean verifiedOnly) {
		return this.graphQl.document(document)
			.variable("territory", territory)
			.variable("valueChain", valueChain)
			.variable("verifiedOnly", verifiedOnly)
			.execute()
			.path(path)
			.entityList(Map.class)
			.get();
	}

	/** The indicator's total, number of effects and of groups; zeros when no effect of it counts. */
	private static double[] pick(List<Map> totals, String indicator) {
		return totals.stream()
			.filter(row -> indicator.equals(row.get("indicator")))
			.map(row -> new double[] { ((Number) row.get("total")).doubleValue(),
					((Number) row.get("effects")).doubleValue(), ((Number) row.get("groups")).doubleValue() })
			.findFirst()
			.orElse(new double[] { 0, 0, 0 });
	}

	/** Metz's EUROS_EARNED in the caller's overview: every effect, the chain's only, the verified ones only. */
	private double[][] eurosEarned(String chain) {
		return new double[][] { pick(overview(METZ, null, false), "EUROS_EARNED"),
				pick(overview(METZ, chain, false), "EUROS_EARNED"), pick(overview(METZ, null, true), "EUROS_EARNED") };
	}

	private List<Map> overview(String territory, String valueChain, boolean verifiedOnly) {
		return totals(OVERVIEW, "territoryOverview.usefulEffects", territory, valueChain, verifiedOnly);
	}

	/** The territory's CSV export as this user (null: the public visitor) downloads it. */
	private String csv(String user, String territory) {
		String bearer = user == null ? null : this.users.token(user);
		return TestHttp.client(this.port)
			.get()
			.uri("/territories/" + territory + "/useful-effects.csv")
			.headers(headers -> {
				if (bearer != null) {
					headers.setBearerAuth(bearer);
				}
			})
			.retrieve()
			.body(String.class);
	}

	private Map<String, Object> effect(String group, String indicator, double value) {
		Map<String, Object> input = new HashMap<>(Map.of("indicator", indicator, "value", value, "periodFrom",
				"2026-01-01", "periodTo", "2026-06-30", "beneficiaries", List.of(this.actorA), "evidenceUrl",
				"https://docs.example.org/bilan-" + this.run + ".pdf"));
		if (group != null) {
			input.put("groupId", group);
		}
		return input;
	}

	private String inFrench(Map<String, Object> input) {
		Map<String, Object> answer = TestHttp.client(this.port)
			.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.header("Authorization", "Bearer " + this.users.token("alice"))
			.body(Map.of("query", RECORD, "variables", Map.of("input", input)))
			.retrieve()
			.body(TestHttp.JSON);
		return String.valueOf(answer.get("errors"));
	}

	private GraphQlTester.Response effects(String group) {
		return this.graphQl.document("""
				query($group: ID!) { workspace(group: $group) { usefulEffects(first: 10) { totalCount
				  edges { node { id value status beneficiaries { id } } } } } }""")
			.variable("group", group)
			.execute();
	}

	private GraphQlTester.Response execute(String document, Map<String, Object> input) {
		return this.graphQl.document(document).variable("input", input).execute();
	}

	/** As fatima, a group with A and B invited, on alice's problem; {@code fields} add to its input. */
	private String createGroup(Map<String, Object> fields) {
		this.users.signIn("fatima");
		Map<String, Object> input = new HashMap<>(Map.of("name", "Cellule " + this.run + " " + fields.size(),
				"problems", List.of(this.problem), "participants",
				List.of(Map.of("actorId", this.actorA), Map.of("actorId", this.actorB))));
		input.putAll(fields);
		return execute("""
				mutation($input: CreateWorkingGroupInput!) { createWorkingGroup(input: $input) { workingGroup { id } } }""",
				input).path("createWorkingGroup.workingGroup.id").entity(String.class).get();
	}

}
