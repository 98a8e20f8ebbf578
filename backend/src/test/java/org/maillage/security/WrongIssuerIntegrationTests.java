package org.maillage.security;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.maillage.TestHttp;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service pointed at a realm its Keycloak does not have: it starts, says so in readiness, serves public reads,
 * and answers every token with a clear 503 rather than a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "maillage.demo.enabled=false",
				"maillage.database.embedded.data-directory=target/test-neo4j/${random.uuid}",
				"maillage.matchmaking.warm-up=false" })
@ContextConfiguration(initializers = WrongIssuerIntegrationTests.NoSuchRealm.class)
class WrongIssuerIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	@SuppressWarnings("unchecked")
	void tokensGet503ReadinessTellsWhyAndPublicReadsWork() {
		RestClient http = TestHttp.client(this.port);
		String alice = KeycloakServer.shared().accessToken("alice", "dev-only-alice");
		ResponseEntity<Map<String, Object>> refused = http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.header("Authorization", "Bearer " + alice)
			.header("Accept-Language", "en")
			.body(Map.of("query", "{ me { username } }"))
			.retrieve()
			.toEntity(TestHttp.JSON);
		assertThat(refused.getStatusCode().value()).isEqualTo(503);
		assertThat(((List<Map<String, Object>>) refused.getBody().get("errors")).get(0))
			.containsEntry("extensions", Map.of("classification", "UNAVAILABLE"))
			.extractingByKey("message")
			.asString()
			.startsWith("The sign-in service does not answer");

		Map<String, Object> readiness = http.get().uri("/readyz").retrieve().body(TestHttp.JSON);
		assertThat(readiness).containsEntry("status", "DEGRADED");
		Map<String, Object> signIn = (Map<String, Object>) ((Map<String, Object>) readiness.get("components"))
			.get("signIn");
		assertThat((Map<String, Object>) signIn.get("details")).extractingByKey("problem")
			.asString()
			.startsWith("it answers HTTP 404");

		assertThat(http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("query", "{ trade(code: \"C\") { code } }"))
			.retrieve()
			.body(String.class)).isEqualTo("{\"data\":{\"trade\":{\"code\":\"C\"}}}");
	}

	static class NoSuchRealm implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			TestPropertyValues.of("spring.security.oauth2.resourceserver.jwt.issuer-uri="
					+ KeycloakServer.shared().issuer().replace("/realms/" + KeycloakServer.REALM, "/realms/no-such-realm"))
				.applyTo(context);
		}

	}

}
