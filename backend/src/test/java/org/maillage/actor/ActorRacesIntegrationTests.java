package org.maillage.actor;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.maillage.MaillageIntegrationTest;
import org.maillage.Races;
import org.maillage.TestCallers;
import org.maillage.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules on an actor's items hold when many requests change the same actor at once: the item limit, versions,
 * and no item outliving its actor. Every acknowledged change is in the audit trail.
 */
@MaillageIntegrationTest
class ActorRacesIntegrationTests {

	private static final String ADD_KNOW_HOW = """
			mutation($actorId: ID!, $name: String!) {
			  addKnowHow(input: {actorId: $actorId, name: $name, visibility: PUBLIC}) { knowHow { id } } }""";

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	Neo4jClient neo4j;

	DirectoryFixture fixture;

	@BeforeEach
	void owner() {
		this.fixture = new DirectoryFixture(this.graphQl).signIn();
	}

	@AfterEach
	void signOut() {
		TestCallers.signOut();
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

	private GraphQlTester.Response add(String actorId, String name) {
		return this.graphQl.document(ADD_KNOW_HOW).variable("actorId", actorId).variable("name", name).execute();
	}

	private long count(String query, String id) {
		return this.neo4j.query(query).bindAll(Map.of("id", id)).fetchAs(Long.class).one().orElse(0L);
	}

}
