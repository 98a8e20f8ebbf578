package org.maillage;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The service as an HTTP client sees it on its real port: GraphQL over HTTP, GraphiQL, health probes, the management port. */
@MaillageIntegrationTest
class HttpApiIntegrationTests {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = TestHttp.JSON;

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	RestClient http;

	@BeforeEach
	void client() {
		this.http = TestHttp.client(this.port);
	}

	@Test
	void aQueryIsAnsweredOverHttp() {
		Map<String, Object> body = post(Map.of("query", "{ trade(code: \"24.45Z\") { label } }"));
		assertThat(body).extractingByKey("data").isEqualTo(Map.of("trade",
				Map.of("label", "Métallurgie des autres métaux non ferreux")));
	}

	@Test
	void anErrorIsClassifiedAndCarriesNoStackTrace() {
		String raw = this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("query", "mutation { deleteActor(input: {id: \"nobody\", version: 0}) { id } }"))
			.retrieve()
			.body(String.class);
		assertThat(raw).contains("\"classification\":\"UNAUTHORIZED\"", "Connectez-vous pour supprimer un acteur")
			.doesNotContain("Exception", "at org.", "stackTrace");

		String malformed = this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"query\": ")
			.retrieve()
			.body(String.class);
		assertThat(malformed == null ? "" : malformed).doesNotContain("at org.", "Exception:");
	}

	@Test
	void errorsAreInFrenchUnlessTheClientAsksForEnglish() {
		Map<String, Object> delete = Map.of("query", "mutation { deleteActor(input: {id: \"nobody\", version: 0}) { id } }");
		assertThat(errorMessage(delete, null)).startsWith("Connectez-vous pour supprimer un acteur");
		assertThat(errorMessage(delete, "de-DE, de;q=0.9")).startsWith("Connectez-vous pour supprimer un acteur");
		assertThat(errorMessage(delete, "en-GB, en;q=0.9, fr;q=0.5")).startsWith("Sign in to delete an actor");
		assertThat(errorMessage(Map.of("query", "{ actors(first: 500) { totalCount } }"), "en"))
			.isEqualTo("first must be between 0 and 100 (was 500)");
		assertThat(errorMessage(Map.of("query", "{ actors(first: 500) { totalCount } }"), null))
			.isEqualTo("first doit être compris entre 0 et 100 (reçu : 500)");
	}

	@Test
	void graphiqlIsNotServedOutsideDevelopmentAndUnknownPathsAreGraphQlShaped404s() {
		for (String path : new String[] { "/graphiql", "/error", "/no/such/page" }) {
			ResponseEntity<Map<String, Object>> answer = this.http.get().uri(path).retrieve().toEntity(JSON);
			assertThat(answer.getStatusCode().value()).as(path).isEqualTo(404);
			assertThat(answer.getBody()).as(path).isEqualTo(Map.of("errors", List.of(Map.of("message",
					"Rien à cette adresse : l’API est servie en POST sur /graphql.", "extensions",
					Map.of("classification", "NOT_FOUND")))));
		}
		ResponseEntity<String> get = this.http.get().uri("/graphql").retrieve().toEntity(String.class);
		assertThat(get.getStatusCode().is4xxClientError()).as(get.toString()).isTrue();
		assertThat(String.valueOf(get.getBody())).doesNotContain("Exception", "at org.");
	}

	@Test
	void probesAreServedOnBothPortsAndOperatorsEndpointsOnlyOnTheManagementPort() {
		Map<String, Object> liveness = this.http.get().uri("/livez").retrieve().body(JSON);
		assertThat(liveness).containsEntry("status", "UP");
		assertThat(liveness.get("components")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsKeys("livenessState", "answering");
		Map<String, Object> readiness = this.http.get().uri("/readyz").retrieve().body(JSON);
		assertThat(readiness.get("components")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsKeys("readinessState", "signIn");

		RestClient management = TestHttp.client(this.managementPort);
		assertThat(this.managementPort).isNotEqualTo(this.port);
		assertThat(management.get().uri("/actuator/health").retrieve().body(JSON)).containsEntry("status", "UP");
		assertThat(management.get().uri("/actuator/health/readiness").retrieve().body(JSON)).containsKey("components");
		for (String path : List.of("/actuator/health", "/actuator/prometheus", "/actuator/metrics")) {
			assertThat(this.http.get().uri(path).retrieve().toEntity(String.class).getStatusCode().value())
				.as("%s on the public port", path)
				.isEqualTo(404);
		}
	}

	@Test
	void answersKeepTheirNulls() {
		assertThat(this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("query", "{ me { id } actor(id: \"nobody\") { siret } }"))
			.retrieve()
			.body(String.class)).isEqualTo("{\"data\":{\"me\":null,\"actor\":null}}");
	}

	@Test
	void theHostHeaderIsNeverReflected() throws java.io.IOException {
		String challenge = raw("POST /graphql HTTP/1.1\r\nHost: evil.example\r\nAuthorization: Bearer not-a-token\r\n"
				+ "Content-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
		assertThat(challenge).startsWith("HTTP/1.1 401")
			.contains("resource_metadata=\"http://localhost:0/.well-known/oauth-protected-resource\"")
			.doesNotContain("evil.example");
		String metadata = raw("GET /.well-known/oauth-protected-resource HTTP/1.1\r\nHost: evil.example\r\n"
				+ "Connection: close\r\n\r\n");
		assertThat(metadata).startsWith("HTTP/1.1 200").contains("\"resource\":\"http://localhost:0\"")
			.doesNotContain("evil.example");
	}

	/** One request written by hand on a socket: HTTP clients do not let a test choose the Host header. */
	private String raw(String request) throws java.io.IOException {
		try (java.net.Socket socket = new java.net.Socket("127.0.0.1", this.port)) {
			socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
	}

	@SuppressWarnings("unchecked")
	private String errorMessage(Map<String, Object> request, String acceptLanguage) {
		Map<String, Object> body = this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.headers(headers -> {
				if (acceptLanguage != null) {
					headers.set("Accept-Language", acceptLanguage);
				}
			})
			.body(request)
			.retrieve()
			.body(JSON);
		return (String) ((List<Map<String, Object>>) body.get("errors")).get(0).get("message");
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> post(Map<String, Object> request) {
		Map<String, Object> body = this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_GRAPHQL_RESPONSE, MediaType.APPLICATION_JSON)
			.body(request)
			.retrieve()
			.body(JSON);
		assertThat(body).doesNotContainKey("errors");
		return body;
	}

}
