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
		assertThat(raw).contains("\"classification\":\"UNAUTHORIZED\"", "Sign in to delete an actor")
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
	void graphiqlAndHealthAreServed() {
		var graphiql = this.http.get().uri(builder -> builder.path("/graphiql").queryParam("path", "/graphql").build()).retrieve().toEntity(String.class);
		assertThat(graphiql.getStatusCode().value()).as(String.valueOf(graphiql.getBody())).isEqualTo(200);
		assertThat(graphiql.getBody()).containsIgnoringCase("graphiql");

		Map<String, Object> health = this.http.get().uri("/actuator/health").retrieve().body(JSON);
		assertThat(health).containsEntry("status", "UP");
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
