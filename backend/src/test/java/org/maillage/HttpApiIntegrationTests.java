package org.maillage;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The service as an HTTP client sees it on its real port: GraphQL over HTTP, GraphiQL, health. */
@MaillageIntegrationTest
class HttpApiIntegrationTests {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = TestHttp.JSON;

	@LocalServerPort
	int port;

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
	void graphiqlAndHealthAreServed() {
		var graphiql = this.http.get().uri(builder -> builder.path("/graphiql").queryParam("path", "/graphql").build()).retrieve().toEntity(String.class);
		assertThat(graphiql.getStatusCode().value()).as(String.valueOf(graphiql.getBody())).isEqualTo(200);
		assertThat(graphiql.getBody()).containsIgnoringCase("graphiql");

		Map<String, Object> health = this.http.get().uri("/actuator/health").retrieve().body(JSON);
		assertThat(health).containsEntry("status", "UP");
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
