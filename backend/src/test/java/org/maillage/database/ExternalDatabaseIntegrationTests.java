package org.maillage.database;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import org.maillage.SignedOutAfterEach;
import org.maillage.TestActors;
import org.maillage.TestCallers;
import org.maillage.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service on a Neo4j server in another process, reached through {@code spring.neo4j.uri} (what
 * {@code SPRING_NEO4J_URI} sets) with the driver's routing scheme {@code neo4j://}, as on a cluster: nothing embedded
 * starts, the schema and reference data go to the server, a write is read back at once by the next request (the
 * driver's bookmarks), and the server going away gives callers a classified UNAVAILABLE, then service resumes when it
 * is back.
 */
@ExtendWith(SignedOutAfterEach.class)
@SpringBootTest(properties = { "maillage.demo.enabled=false", "maillage.matchmaking.warm-up=false" })
@ContextConfiguration(initializers = ExternalDatabaseIntegrationTests.OnServerProcess.class)
@AutoConfigureGraphQlTester
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExternalDatabaseIntegrationTests {

	static final Neo4jServerProcess server = new Neo4jServerProcess(
			Path.of("target/test-neo4j-server", UUID.randomUUID().toString()), UUID.randomUUID().toString());

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	ApplicationContext context;

	@AfterAll
	static void stopServer() {
		server.kill();
	}

	@Test
	@Order(1)
	void nothingEmbeddedStartsAndTheSchemaAndReferenceDataAreOnTheServer() {
		assertThat(this.context.getBeanNamesForType(EmbeddedNeo4j.class)).isEmpty();
		assertThat(this.graphQl.document("{ trades(first: 1) { totalCount } }")
			.execute()
			.path("trades.totalCount")
			.entity(Integer.class)
			.get()).isGreaterThan(1_000);
		try (Driver direct = directDriver()) {
			long migrations = direct.executableQuery("MATCH (m:SchemaMigration) RETURN count(m) AS n")
				.execute()
				.records()
				.get(0)
				.get("n")
				.asLong();
			assertThat(migrations).as("migrations recorded on the server").isGreaterThanOrEqualTo(10);
		}
	}

	@Test
	@Order(2)
	void aWriteIsReadBackByTheNextRequest() {
		TestCallers.signIn("external-" + UUID.randomUUID(), Role.MEMBER);
		String name = "Atelier sur serveur " + UUID.randomUUID().toString().substring(0, 8);
		String id = TestActors.register(this.graphQl, name);

		this.graphQl.document("query($id: ID!) { actor(id: $id) { name } }")
			.variable("id", id)
			.execute()
			.path("actor.name")
			.entity(String.class)
			.isEqualTo(name);
		this.graphQl.document("query($text: String) { actors(filter: {text: $text}) { edges { node { id } } } }")
			.variable("text", name)
			.execute()
			.path("actors.edges[*].node.id")
			.entityList(String.class)
			.contains(id);
		try (Driver direct = directDriver()) {
			assertThat(direct.executableQuery("MATCH (a:Actor {id: $id}) RETURN a.name AS name")
				.withParameters(Map.of("id", id))
				.execute()
				.records()).extracting(row -> row.get("name").asString()).containsExactly(name);
		}
	}

	@Test
	@Order(3)
	void theServerGoneCallersGetUnavailableAndServiceResumesWhenItIsBack() {
		server.kill();
		this.graphQl.document("{ trades(first: 1) { totalCount } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).isNotEmpty()
				.allSatisfy(error -> assertThat(error.getErrorType().toString()).isEqualTo("UNAVAILABLE")));

		server.start();
		this.graphQl.document("{ trades(first: 1) { totalCount } }")
			.execute()
			.path("trades.totalCount")
			.entity(Integer.class)
			.satisfies(total -> assertThat(total).isGreaterThan(1_000));
	}

	private static Driver directDriver() {
		return GraphDatabase.driver(server.uri("bolt"), AuthTokens.basic("neo4j", server.password()));
	}

	/** Starts the server before the service, and points the service at it. */
	static class OnServerProcess implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			if (!server.running()) {
				server.start();
			}
			TestPropertyValues
				.of("spring.neo4j.uri=" + server.uri("neo4j"), "spring.neo4j.authentication.username=neo4j",
						"spring.neo4j.authentication.password=" + server.password())
				.applyTo(context);
		}

	}

}
