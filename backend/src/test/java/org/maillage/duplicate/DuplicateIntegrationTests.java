package org.maillage.duplicate;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import org.maillage.ApiAndGraphTests;
import org.maillage.GraphQlErrors;
import org.maillage.MaillageIntegrationTest;
import org.maillage.Races;
import org.maillage.TestActors;
import org.maillage.TestCallers;
import org.maillage.security.Role;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A facilitator finds two profiles of one actor in a département (Haute-Saône, 70, which no other test uses) and
 * merges them: what the survivor then holds, who belongs to it, what the audit trail says, and what racing merges
 * and writes leave behind.
 */
@MaillageIntegrationTest
class DuplicateIntegrationTests extends ApiAndGraphTests {

	private static final String LIST = """
			query($first: Int) { likelyDuplicates(territory: "departement:70", first: $first) {
			  totalCount edges { node { score reasons actors { id name } } } } }""";

	private static final String MERGE = """
			mutation($survivorId: ID!, $duplicateId: ID!) {
			  mergeActors(input: {survivorId: $survivorId, duplicateId: $duplicateId}) {
			    mergedId actor { id siret website knowHow { name } equipment { name } problems { title }
			                     topics { topic { key } } } } }""";

	String token;

	String alice;

	String bob;

	@BeforeEach
	void names() {
		this.token = TestActors.newToken();
		this.alice = "alice-" + this.token;
		this.bob = "bob-" + this.token;
	}

	@Test
	void aFacilitatorSeesAlikeNamesOfOneCommuneWithTheirReasonAndNothingElse() {
		TestCallers.signIn(this.alice, Role.MEMBER);
		String dupont = register("SARL Fonderie " + this.token, "70550", null);
		String dupond = register("Fonderie " + this.token + "s", "70550", null);
		String elsewhere = register("Fonderie " + this.token, "70279", null);
		String other = register("Fonderie Durand " + this.token, "70550", null);

		GraphQlErrors.expectError(list(), "FORBIDDEN", "facilitators");
		TestCallers.signIn("facilitator-" + this.token, Role.FACILITATOR);
		List<Map<String, Object>> pairs = pairsOf(List.of(dupont, dupond, elsewhere, other));
		assertThat(pairs).singleElement().satisfies(pair -> {
			assertThat(pair.get("ids")).isEqualTo(List.of(dupond, dupont));
			assertThat(pair.get("reasons")).isEqualTo(List.of("Alike names in the same commune: “Fonderie "
					+ this.token + "s” and “SARL Fonderie " + this.token + "”"));
		});
		GraphQlErrors.expectError(this.graphQl.document("{ likelyDuplicates(territory: \"nowhere\") { totalCount } }")
			.execute(), "NOT_FOUND", "nowhere");
	}

	@Test
	void aMergeMovesItemsMembersTopicsAndGroupsToTheSurvivorAndIsAuditedUnderBoth() {
		TestCallers.signIn(this.alice, Role.MEMBER);
		String survivor = register("Atelier " + this.token, "70550", null);
		addKnowHow(survivor, "Soudure " + this.token);
		setTopic(survivor, "recyclage " + this.token);
		TestCallers.signIn(this.bob, Role.MEMBER);
		String siret = TestActors.newSiret();
		String duplicate = register("Atelier " + this.token + " SAS", "70550", siret);
		addKnowHow(duplicate, "Usinage " + this.token);
		setTopic(duplicate, "recyclage " + this.token);
		setTopic(duplicate, "aimants " + this.token);
		String problem = TestActors.addProblem(this.graphQl, duplicate, Map.of("title", "Aimants usés " + this.token));
		this.graphQl.document("""
				mutation($a: ID!, $n: String!) { addEquipment(input: {actorId: $a, name: $n, category: MACHINING,
				  visibility: PRIVATE}) { equipment { id } } }""").variable("a", duplicate).variable("n", "Tour " + this.token)
			.execute().errors().verify();

		TestCallers.signIn("facilitator-" + this.token, Role.FACILITATOR);
		String group = this.graphQl.document("""
				mutation($p: ID!, $a: ID!) { createWorkingGroup(input: {name: "Groupe", purpose: "Essai",
				  problems: [$p], visibility: FACILITATORS, participants: [{actorId: $a, role: "porteur"}]}) {
				  workingGroup { id } } }""").variable("p", problem).variable("a", duplicate).execute()
			.path("createWorkingGroup.workingGroup.id").entity(String.class).get();
		GraphQlTester.Response merged = merge(survivor, duplicate);
		merged.errors().verify();
		merged.path("mergeActors.mergedId").entity(String.class).isEqualTo(duplicate);
		merged.path("mergeActors.actor.siret").entity(String.class).isEqualTo(siret);
		merged.path("mergeActors.actor.problems[*].title").entityList(String.class)
			.containsExactly("Aimants usés " + this.token);
		assertThat(merged.path("mergeActors.actor.topics[*].topic.key").entityList(String.class).get())
			.containsExactlyInAnyOrder("recyclage " + this.token, "aimants " + this.token);
		this.graphQl.document("query($id: ID!) { actor(id: $id) { id } }").variable("id", duplicate).execute()
			.path("actor").valueIsNull();
		this.graphQl.document("query($id: ID!) { workingGroup(id: $id) { participants { actor { id } } } }")
			.variable("id", group).execute()
			.path("workingGroup.participants[*].actor.id").entityList(String.class).containsExactly(survivor);
		this.graphQl.document("query($t: String) { topics(text: $t) { edges { node { key actorCount } } } }")
			.variable("t", "recyclage " + this.token).execute()
			.path("topics.edges[0].node.actorCount").entity(Integer.class).isEqualTo(1);
		assertThat(query("""
				MATCH (p:Person)-[m:MEMBER_OF]->(:Actor {id: $id}) RETURN p.subject + ' ' + m.role ORDER BY p.subject""",
				survivor)).containsExactly(this.alice + " OWNER", this.bob + " OWNER");
		assertThat(query("""
				MATCH (e:AuditEntry {operation: 'mergeActors'}) WHERE e.target IN [$id, $other]
				RETURN e.target + ' ' + e.outcome ORDER BY e.target = $id DESC""", survivor, duplicate))
			.containsExactly(survivor + " DONE", duplicate + " DONE");

		// the owners see every item, the private machine included, on the survivor
		TestCallers.signIn(this.bob, Role.MEMBER);
		GraphQlTester.Response seen = this.graphQl
			.document("query($id: ID!) { actor(id: $id) { knowHow { name } equipment { name } } }")
			.variable("id", survivor)
			.execute();
		assertThat(seen.path("actor.knowHow[*].name").entityList(String.class).get())
			.containsExactlyInAnyOrder("Soudure " + this.token, "Usinage " + this.token);
		seen.path("actor.equipment[*].name").entityList(String.class).containsExactly("Tour " + this.token);
		GraphQlErrors.expectError(merge(survivor, survivor), "FORBIDDEN", "facilitators");
	}

	@Test
	void aMergeIsRefusedForTheSameActorOrAMissingOne() {
		TestCallers.signIn(this.alice, Role.MEMBER);
		String actor = register("Seul " + this.token, "70550", null);
		TestCallers.signIn("facilitator-" + this.token, Role.FACILITATOR);
		GraphQlErrors.expectError(merge(actor, actor), "BAD_REQUEST", "itself");
		GraphQlErrors.expectError(merge(actor, "no-such-actor"), "NOT_FOUND", "no-such-actor");
	}

	@RepeatedTest(3)
	void twoFacilitatorsMergingEachIntoTheOtherAtOnceLeaveOneActor() {
		TestCallers.signIn(this.alice, Role.MEMBER);
		String one = register("Course " + this.token, "70550", null);
		String other = register("Course " + this.token + " bis", "70550", null);
		List<String> ids = List.of(one, other);
		List<String> outcomes = Races.run(2, i -> () -> {
			TestCallers.signIn("facilitator-" + i + "-" + this.token, Role.FACILITATOR);
			return merge(ids.get(i), ids.get(1 - i));
		});
		assertThat(outcomes).containsExactlyInAnyOrder("OK", "NOT_FOUND");
		assertThat(query("MATCH (a:Actor) WHERE a.id IN [$id, $other] RETURN a.id", one, other)).hasSize(1);
	}

	@RepeatedTest(3)
	void knowHowAddedToTheDuplicateWhileItIsMergedEndsOnTheSurvivorOrIsRefused() {
		TestCallers.signIn(this.alice, Role.MEMBER);
		String survivor = register("Course " + this.token, "70550", null);
		String duplicate = register("Course " + this.token + " bis", "70550", null);
		List<String> outcomes = Races.run(2, i -> () -> {
			if (i == 0) {
				TestCallers.signIn("facilitator-" + this.token, Role.FACILITATOR);
				return merge(survivor, duplicate);
			}
			TestCallers.signIn(this.alice, Role.MEMBER);
			return addKnowHow(duplicate, "Tardif " + this.token);
		});
		assertThat(outcomes.get(0)).isEqualTo("OK");
		List<String> onSurvivor = query("""
				MATCH (:Actor {id: $id})-[:HAS_KNOW_HOW]->(k) RETURN k.name""", survivor);
		assertThat(onSurvivor).isEqualTo(outcomes.get(1).equals("OK") ? List.of("Tardif " + this.token) : List.of());
		assertThat(query("MATCH (k:KnowHow {name: $id}) WHERE NOT (k)<-[:HAS_KNOW_HOW]-() RETURN k.name",
				"Tardif " + this.token)).isEmpty();
	}

	private String register(String name, String commune, String siret) {
		return this.graphQl.document("""
				mutation($name: String!, $commune: String!, $siret: String) { registerActor(input: {kind: COMPANY,
				  sector: PRIVATE, name: $name, commune: $commune, siret: $siret}) { actor { id } } }""")
			.variable("name", name)
			.variable("commune", commune)
			.variable("siret", siret)
			.execute()
			.path("registerActor.actor.id")
			.entity(String.class)
			.get();
	}

	private GraphQlTester.Response addKnowHow(String actorId, String name) {
		return this.graphQl.document("""
				mutation($a: ID!, $n: String!) { addKnowHow(input: {actorId: $a, name: $n, visibility: PUBLIC}) {
				  knowHow { id } } }""").variable("a", actorId).variable("n", name).execute();
	}

	private void setTopic(String actorId, String topic) {
		this.graphQl.document("""
				mutation($a: ID!, $t: String!) { setTopicInterest(input: {actorId: $a, topic: $t, visibility: PUBLIC}) {
				  interest { visibility } } }""").variable("a", actorId).variable("t", topic).execute().errors().verify();
	}

	private GraphQlTester.Response list() {
		return this.graphQl.document(LIST).variable("first", 100).execute();
	}

	private GraphQlTester.Response merge(String survivorId, String duplicateId) {
		return this.graphQl.document(MERGE)
			.variable("survivorId", survivorId)
			.variable("duplicateId", duplicateId)
			.execute();
	}

	/** The pairs among these actors, each as its two ids (by name) and its reasons. */
	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> pairsOf(List<String> actors) {
		List<Map<String, Object>> nodes = list().path("likelyDuplicates.edges[*].node").entityList(Map.class).get()
			.stream()
			.map(node -> (Map<String, Object>) node)
			.toList();
		return nodes.stream()
			.map(node -> Map.of("ids", ((List<Map<String, Object>>) node.get("actors")).stream()
				.map(actor -> (String) actor.get("id"))
				.toList(), "reasons", node.get("reasons")))
			.filter(pair -> actors.containsAll((List<String>) pair.get("ids")))
			.toList();
	}

	private List<String> query(String statement, String id) {
		return List.copyOf(this.neo4j.query(statement).bind(id).to("id").fetchAs(String.class).all());
	}

	private List<String> query(String statement, String id, String other) {
		return List.copyOf(this.neo4j.query(statement)
			.bindAll(Map.of("id", id, "other", other))
			.fetchAs(String.class)
			.all());
	}

}
