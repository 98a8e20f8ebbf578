package org.maillage.limits;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.maillage.MaillageIntegrationTest;
import org.maillage.TestHttp;
import org.maillage.security.KeycloakServer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every HTTP request runs under its deadline: with a deadline no request can meet, each is stopped with a TIMEOUT
 * and a mutation writes nothing, not even half of itself.
 */
@MaillageIntegrationTest
@TestPropertySource(properties = "maillage.limits.deadline=1ns")
class RequestDeadlineHttpIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Test
	@SuppressWarnings("unchecked")
	void aRequestPastItsDeadlineIsStoppedAndWritesNothing() {
		String name = "Trop tard " + System.nanoTime();
		Map<String, Object> answer = TestHttp.client(this.port)
			.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.header("Authorization", "Bearer " + KeycloakServer.shared().accessToken("alice", "dev-only-alice"))
			.body(Map.of("query", "mutation($name: String!) { registerActor(input: {kind: COMPANY, sector: PRIVATE, "
					+ "name: $name, commune: \"57463\"}) { actor { id } } }", "variables", Map.of("name", name)))
			.retrieve()
			.body(TestHttp.JSON);
		Map<String, Object> error = ((List<Map<String, Object>>) answer.get("errors")).get(0);
		assertThat(error).containsEntry("extensions", Map.of("classification", "TIMEOUT"));
		assertThat((String) error.get("message")).startsWith("La demande a dépassé le temps qui lui est accordé");
		assertThat(this.neo4j.query("MATCH (a:Actor {name: $name}) RETURN count(a)")
			.bind(name)
			.to("name")
			.fetchAs(Long.class)
			.one()).contains(0L);
	}

}
