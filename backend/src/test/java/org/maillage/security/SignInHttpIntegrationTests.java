package org.maillage.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.MaillageIntegrationTest;
import org.maillage.TestHttp;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API over HTTP with tokens from the real Keycloak of the run: demo users sign in, register and edit actors,
 * read what their role allows; missing, expired, forged and foreign tokens are refused with a reason.
 */
@MaillageIntegrationTest
class SignInHttpIntegrationTests {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = TestHttp.JSON;

	private final KeycloakServer keycloak = KeycloakServer.shared();

	@LocalServerPort
	int port;

	RestClient http;

	@BeforeEach
	void client() {
		this.http = TestHttp.client(this.port);
	}

	@Test
	void aSignedInMemberOwnsWhatItRegistersAndOthersReadOnlyWhatTheirRoleAllows() {
		String alice = token("alice");
		String actorId = (String) data(graphQl(alice, """
				mutation { registerActor(input: {kind: COMPANY, sector: PRIVATE, name: "Atelier d'Alice",
				  commune: "57463"}) { actor { id } } }""")).get("registerActor.actor.id");
		for (String visibility : List.of("PUBLIC", "MEMBERS", "FACILITATORS", "PRIVATE")) {
			assertThat(graphQl(alice, """
					mutation { addKnowHow(input: {actorId: "%s", name: "Savoir %s", visibility: %s}) { knowHow { id } } }"""
				.formatted(actorId, visibility, visibility)).getBody()).doesNotContainKey("errors");
		}

		assertThat(knowHow(null, actorId)).containsExactly("Savoir PUBLIC");
		assertThat(knowHow(token("bruno"), actorId)).containsExactlyInAnyOrder("Savoir PUBLIC", "Savoir MEMBERS");
		assertThat(knowHow(token("fatima"), actorId)).containsExactlyInAnyOrder("Savoir PUBLIC", "Savoir MEMBERS",
				"Savoir FACILITATORS");
		assertThat(knowHow(token("denis"), actorId)).containsExactlyInAnyOrder("Savoir PUBLIC", "Savoir MEMBERS",
				"Savoir FACILITATORS");
		assertThat(knowHow(alice, actorId)).hasSize(4);
		assertThat(knowHow(token("ada"), actorId)).hasSize(4);

		ResponseEntity<Map<String, Object>> byBruno = graphQl(token("bruno"), """
				mutation { updateActor(input: {id: "%s", version: 0, kind: COMPANY, sector: PRIVATE,
				  name: "Repris par Bruno", commune: "57463"}) { actor { name } } }""".formatted(actorId));
		assertThat(byBruno.getBody().toString()).contains("FORBIDDEN", "Seuls les membres de l’acteur " + actorId);
	}

	@Test
	void aRequestWithoutTokenIsAPublicVisitorsAndMayNotWrite() {
		ResponseEntity<Map<String, Object>> answer = graphQl(null, """
				mutation { registerActor(input: {kind: COMPANY, sector: PRIVATE, name: "x", commune: "57463"}) {
				  actor { id } } }""");
		assertThat(answer.getStatusCode().value()).isEqualTo(200);
		assertThat(answer.getBody().toString()).contains("UNAUTHORIZED", "Connectez-vous pour enregistrer un acteur");
	}

	@Test
	void forgedTamperedAndMalformedTokensAreRefusedWithAReason() {
		String alice = token("alice");
		String[] parts = alice.split("\\.");
		Map<String, String> refused = Map.of(
				"forged", parts[0] + "." + payloadWith(parts[1], "\"preferred_username\":\"alice\"",
						"\"preferred_username\":\"ada\"") + "." + parts[2],
				"tampered-expiry", parts[0] + "." + payloadWith(parts[1], "\"exp\":", "\"exp\":1000000000,\"old_exp\":") + "."
						+ parts[2],
				"garbage", "not-a-token");
		refused.forEach((kind, token) -> {
			ResponseEntity<Map<String, Object>> answer = graphQl(token, "{ actors(first: 1) { totalCount } }");
			assertThat(answer.getStatusCode().value()).as(kind).isEqualTo(401);
			assertThat(answer.getHeaders().getFirst("WWW-Authenticate")).as(kind).contains("invalid_token");
			assertThat(answer.getBody().toString()).as(kind)
				.contains("UNAUTHORIZED", "Le jeton d’accès a été refusé");
		});
	}

	private List<String> knowHow(String token, String actorId) {
		Map<String, Object> body = graphQl(token, "{ actor(id: \"%s\") { knowHow { name } } }".formatted(actorId))
			.getBody();
		@SuppressWarnings("unchecked")
		var actor = (Map<String, Object>) ((Map<String, Object>) body.get("data")).get("actor");
		@SuppressWarnings("unchecked")
		var items = (List<Map<String, Object>>) actor.get("knowHow");
		return items.stream().map(item -> (String) item.get("name")).toList();
	}

	private String token(String user) {
		return this.keycloak.accessToken(user, "dev-only-" + user);
	}

	private ResponseEntity<Map<String, Object>> graphQl(String token, String query) {
		var request = this.http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON);
		if (token != null) {
			request = request.header("Authorization", "Bearer " + token);
		}
		return request.body(Map.of("query", query)).retrieve().toEntity(JSON);
	}

	/** Flattens "a.b.c" paths of a GraphQL answer's data, enough for the ids these tests need. */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> data(ResponseEntity<Map<String, Object>> answer) {
		assertThat(answer.getBody()).doesNotContainKey("errors");
		Map<String, Object> data = (Map<String, Object>) answer.getBody().get("data");
		Map<String, Object> register = (Map<String, Object>) data.get("registerActor");
		Map<String, Object> actor = (Map<String, Object>) register.get("actor");
		return Map.of("registerActor.actor.id", actor.get("id"));
	}

	private static String payloadWith(String payload, String from, String to) {
		String json = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
		assertThat(json).contains(from);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json.replace(from, to).getBytes(StandardCharsets.UTF_8));
	}

}
