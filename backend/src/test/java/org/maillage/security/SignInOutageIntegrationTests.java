package org.maillage.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.MaillageIntegrationTest;
import org.maillage.TestHttp;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real Keycloak stopped under the service and started again: a token that cannot be checked meanwhile gets 503
 * with a clear, classified answer, public reads keep working, readiness reports the sign-in service, and everything
 * comes back when Keycloak does.
 */
@MaillageIntegrationTest
class SignInOutageIntegrationTests {

	@LocalServerPort
	int port;

	RestClient http;

	KeycloakServer keycloak = KeycloakServer.shared();

	@BeforeEach
	void client() {
		this.http = TestHttp.client(this.port);
	}

	@Test
	@SuppressWarnings("unchecked")
	void signedInRequestsGet503WhileKeycloakIsDownAndRecoverWithIt() {
		String alice = this.keycloak.accessToken("alice", "dev-only-alice");
		assertThat(graphQl(alice, "{ me { username } }").getBody()).isEqualTo(Map.of("data",
				Map.of("me", Map.of("username", "alice"))));
		// Signed by a key the service has not seen (a rotation, or the cached keys expired): it must ask Keycloak.
		String unseenKey = withKeyId(alice, "key-rotated-while-down");

		this.keycloak.stop();
		try {
			ResponseEntity<Map<String, Object>> refused = graphQl(unseenKey, "{ me { username } }");
			assertThat(refused.getStatusCode().value()).isEqualTo(503);
			assertThat(refused.getHeaders().getFirst("Retry-After")).isEqualTo("30");
			Map<String, Object> error = ((List<Map<String, Object>>) refused.getBody().get("errors")).get(0);
			assertThat(error).containsEntry("extensions", Map.of("classification", "UNAVAILABLE"));
			assertThat((String) error.get("message")).startsWith("Le service de connexion ne répond pas");

			assertThat(graphQl(null, "{ trade(code: \"C\") { code } }").getBody())
				.as("a public read, without a token")
				.isEqualTo(Map.of("data", Map.of("trade", Map.of("code", "C"))));
			assertThat(readinessUntil("DEGRADED")).satisfies(readiness -> {
				Map<String, Object> signIn = (Map<String, Object>) ((Map<String, Object>) readiness.get("components"))
					.get("signIn");
				assertThat(signIn).containsEntry("status", "DEGRADED");
				assertThat((Map<String, Object>) signIn.get("details")).containsEntry("issuer", this.keycloak.issuer())
					.containsKey("problem");
			});
		}
		finally {
			this.keycloak.restart();
		}
		String again = this.keycloak.accessToken("alice", "dev-only-alice");
		assertThat(graphQl(again, "{ me { username } }").getStatusCode().value()).isEqualTo(200);
		assertThat(graphQl(unseenKey, "{ me { username } }").getStatusCode().value())
			.as("a key Keycloak does not have, once it can be asked")
			.isEqualTo(401);
		assertThat(readinessUntil("UP")).containsEntry("status", "UP");
	}

	/** Readiness, asked until it says {@code status} (its check of the sign-in service is kept for 10 s). */
	private Map<String, Object> readinessUntil(String status) {
		long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (true) {
			ResponseEntity<Map<String, Object>> readiness = this.http.get()
				.uri("/readyz")
				.retrieve()
				.toEntity(TestHttp.JSON);
			assertThat(readiness.getStatusCode().value()).as("readiness answers 200 either way").isEqualTo(200);
			if (status.equals(readiness.getBody().get("status")) || System.nanoTime() > until) {
				return readiness.getBody();
			}
			try {
				Thread.sleep(500);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return readiness.getBody();
			}
		}
	}

	private ResponseEntity<Map<String, Object>> graphQl(String token, String query) {
		var request = this.http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON);
		if (token != null) {
			request = request.header("Authorization", "Bearer " + token);
		}
		return request.body(Map.of("query", query)).retrieve().toEntity(TestHttp.JSON);
	}

	private static String withKeyId(String token, String keyId) {
		String[] parts = token.split("\\.");
		String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8)
			.replaceFirst("\"kid\"\\s*:\\s*\"[^\"]*\"", "\"kid\":\"" + keyId + "\"");
		return Base64.getUrlEncoder().withoutPadding().encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
				+ parts[1] + "." + parts[2];
	}

}
