package org.maillage.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.maillage.ApiAndGraphTests;
import org.maillage.MaillageIntegrationTest;
import org.maillage.Races;
import org.maillage.TestCallers;
import org.maillage.security.Role;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules on an actor's items hold when many requests change the same actor at once: the item limit, versions,
 * and no item outliving its actor. Every acknowledged change is in the audit trail.
 */
@MaillageIntegrationTest
class ActorRacesIntegrationTests extends ApiAndGraphTests {

	private static final String ADD_KNOW_HOW = """
			mutation($actorId: ID!, $name: String!) {
			  addKnowHow(input: {actorId: $actorId, name: $name, visibility: PUBLIC}) { knowHow { id } } }""";

	DirectoryFixture fixture;

	@BeforeEach
	void owner() {
		this.fixture = new DirectoryFixture(this.graphQl).signIn();
	}

	@Test
	void twentyAdditionsNearTheLimitStopExactlyAtTheLimit() {
		String actorId = this.fixture.register("Limite", "COMPANY", "PRIVATE", "57463", List.of());
		for (int i = 0; i < 95; i++) {
			add(actorId, "Savoir " + i).path("addKnowHow.knowHow.id").hasValue();
		}
		List<String> outcomes = Races.run(20, i -> () -> {
			this.fixture.signIn();
			return add(actorId, "Concurrent " + i);
		});
		assertThat(Races.count(outcomes, "OK")).isEqualTo(5);
		assertThat(Races.count(outcomes, "BAD_REQUEST")).isEqualTo(15);
		assertThat(count("MATCH (:Actor {id: $id})-[:HAS_KNOW_HOW]->(k) RETURN count(k)", actorId)).isEqualTo(100);
		assertThat(count("""
				MATCH (e:AuditEntry {target: $id, operation: 'addKnowHow', outcome: 'REFUSED'}) RETURN count(e)""",
				actorId)).isEqualTo(15);
	}

	@RepeatedTest(3)
	void anActorDeletedWhileItemsAreAddedLeavesNoItemBehind() {
		String actorId = this.fixture.register("Éphémère", "COMPANY", "PRIVATE", "57463", List.of());
		String marker = "Orphelin " + this.fixture.token;
		List<String> outcomes = Races.run(11, i -> () -> {
			this.fixture.signIn();
			return i == 5 ? this.graphQl.document("mutation($id: ID!) { deleteActor(input: {id: $id, version: 0}) { id } }")
				.variable("id", actorId)
				.execute() : add(actorId, marker);
		});
		assertThat(outcomes).as("every request answered OK or NOT_FOUND").allMatch(o -> o.equals("OK") || o.equals("NOT_FOUND"));
		assertThat(count("MATCH (a:Actor {id: $id}) RETURN count(a)", actorId)).isZero();
		assertThat(count("MATCH (k:KnowHow {name: $id}) RETURN count(k)", marker))
			.as("items of the deleted actor, acknowledged or not")
			.isZero();
	}

	@Test
	void ofTwentyUpdatesFromOneVersionExactlyOneWinsAndTheOthersAreConflicts() {
		String actorId = this.fixture.register("Versions", "COMPANY", "PRIVATE", "57463", List.of());
		String knowHowId = add(actorId, "Original").path("addKnowHow.knowHow.id").entity(String.class).get();
		List<String> outcomes = Races.run(20, i -> () -> {
			this.fixture.signIn();
			return this.graphQl.document("""
					mutation($id: ID!, $name: String!) {
					  updateKnowHow(input: {id: $id, version: 0, name: $name, visibility: PUBLIC}) { knowHow { version } } }""")
				.variable("id", knowHowId)
				.variable("name", "Version " + i)
				.execute();
		});
		assertThat(Races.count(outcomes, "OK")).isEqualTo(1);
		assertThat(Races.count(outcomes, "CONFLICT")).isEqualTo(19);
		assertThat(count("MATCH (k:KnowHow {id: $id}) RETURN k.version", knowHowId)).isEqualTo(1);
		assertThat(count("""
				MATCH (e:AuditEntry {target: $id, operation: 'updateKnowHow', outcome: 'DONE'}) RETURN count(e)""",
				knowHowId)).isEqualTo(1);
	}

	@Test
	void strangersAreRefusedWhateverTheirNumber() {
		String actorId = this.fixture.register("Gardée", "COMPANY", "PRIVATE", "57463", List.of());
		List<String> outcomes = Races.run(10, i -> () -> {
			TestCallers.signIn("stranger-" + i + "-" + this.fixture.token, Role.MEMBER);
			return add(actorId, "Intrus");
		});
		assertThat(outcomes).containsOnly("FORBIDDEN");
	}

	@Test
	void aTopicCountsEveryInterestDeclaredChangedAndWithdrawnAtOnce() {
		String topic = "Sujet " + this.fixture.token;
		List<String> actors = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			actors.add(this.fixture.register("Acteur " + i, "COMPANY", "PRIVATE", "57463", List.of()));
		}
		List<String> declared = Races.run(12, i -> () -> {
			this.fixture.signIn();
			return declare(actors.get(i), topic, "PUBLIC", null);
		});
		assertThat(declared).containsOnly("OK");
		assertThat(publicActorCount(topic)).isEqualTo(12);

		// a third hide their interest, a third withdraw it, a third are deleted, all at once
		List<String> changed = Races.run(12, i -> () -> {
			this.fixture.signIn();
			return switch (i % 3) {
				case 0 -> declare(actors.get(i), topic, "PRIVATE", 0L);
				case 1 -> this.graphQl.document("""
						mutation($actorId: ID!, $topic: String!) {
						  removeTopicInterest(input: {actorId: $actorId, topic: $topic, version: 0}) { topicKey } }""")
					.variable("actorId", actors.get(i))
					.variable("topic", topic)
					.execute();
				default -> this.graphQl.document("mutation($id: ID!) { deleteActor(input: {id: $id, version: 0}) { id } }")
					.variable("id", actors.get(i))
					.execute();
			};
		});
		assertThat(changed).containsOnly("OK");
		assertThat(publicActorCount(topic)).isZero();
		Map<String, Object> counts = this.neo4j.query("""
				MATCH (t:Topic {key: $key})
				RETURN t.publicInterests AS public, t.privateInterests AS private,
				       COUNT { (t)<-[i:INTERESTED_IN]-() WHERE i.visibility = 'PRIVATE' } AS privateRecounted,
				       COUNT { (t)<-[i:INTERESTED_IN]-() WHERE i.visibility = 'PUBLIC' } AS publicRecounted""")
			.bindAll(Map.of("key", Topic.keyOf(topic)))
			.fetch()
			.one()
			.orElseThrow();
		assertThat(counts).containsEntry("public", 0L)
			.containsEntry("private", 4L)
			.containsEntry("privateRecounted", 4L)
			.containsEntry("publicRecounted", 0L);
		// the owner, member of the four, counts their hidden interests
		this.fixture.signIn();
		assertThat(actorCount(topic)).isEqualTo(4);
	}

	@Test
	void equipmentAddedAtOnceAllReachesTheDirectoryEntry() {
		String actorId = this.fixture.register("Parc machines", "COMPANY", "PRIVATE", "57463", List.of());
		List<String> categories = List.of("MACHINING", "COLD_STORAGE", "FURNACE_THERMAL", "LOGISTICS_TRANSPORT",
				"WORKSHOP_SPACE", "LABORATORY_ANALYSIS");
		List<String> outcomes = Races.run(categories.size(), i -> () -> {
			this.fixture.signIn();
			return this.graphQl.document("""
					mutation($actorId: ID!, $category: EquipmentCategory!) {
					  addEquipment(input: {actorId: $actorId, name: "Machine", category: $category, visibility: PUBLIC}) {
					    equipment { id } } }""")
				.variable("actorId", actorId)
				.variable("category", categories.get(i))
				.execute();
		});
		assertThat(outcomes).containsOnly("OK");
		for (String category : categories) {
			this.graphQl.document("""
					query($text: String!, $category: EquipmentCategory!) {
					  actors(filter: {text: $text, equipmentCategories: [$category]}) { totalCount } }""")
				.variable("text", this.fixture.token)
				.variable("category", category)
				.execute()
				.path("actors.totalCount")
				.entity(Integer.class)
				.isEqualTo(1);
		}
	}

	private GraphQlTester.Response declare(String actorId, String topic, String visibility, Long version) {
		return this.graphQl.document("""
				mutation($actorId: ID!, $topic: String!, $visibility: Visibility!, $version: Int) {
				  setTopicInterest(input: {actorId: $actorId, topic: $topic, visibility: $visibility, version: $version}) {
				    interest { version } } }""")
			.variable("actorId", actorId)
			.variable("topic", topic)
			.variable("visibility", visibility)
			.variable("version", version)
			.execute();
	}

	private long publicActorCount(String topic) {
		TestCallers.signOut();
		return actorCount(topic);
	}

	private long actorCount(String topic) {
		List<Integer> counts = this.graphQl.document("""
				query($text: String!) { topics(text: $text) { edges { node { actorCount } } } }""")
			.variable("text", topic)
			.execute()
			.path("topics.edges")
			.entityList(Map.class)
			.get()
			.stream()
			.map(edge -> ((Number) ((Map<?, ?>) edge.get("node")).get("actorCount")).intValue())
			.toList();
		return counts.isEmpty() ? 0 : counts.get(0);
	}

	private GraphQlTester.Response add(String actorId, String name) {
		return this.graphQl.document(ADD_KNOW_HOW).variable("actorId", actorId).variable("name", name).execute();
	}

	private long count(String query, String id) {
		return this.neo4j.query(query).bindAll(Map.of("id", id)).fetchAs(Long.class).one().orElse(0L);
	}

}
