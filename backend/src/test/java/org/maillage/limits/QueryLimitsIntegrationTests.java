package org.maillage.limits;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import graphql.introspection.IntrospectionQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.MaillageIntegrationTest;
import org.maillage.TestHttp;
import org.maillage.core.Deadline;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A query is weighed before it runs: too deep, too many aliases or too costly is refused at once with a reason,
 * whatever the caller; so is a body too large. What the contract's own operations ask stays well within.
 */
@MaillageIntegrationTest
class QueryLimitsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	GraphQlTester graphQl;

	RestClient http;

	@BeforeEach
	void client() {
		this.http = TestHttp.client(this.port);
	}

	/** The auditor's kind of query: actor → know-how → actor → …, anonymous; 19 loops make 23 levels of fields. */
	static String nested(int levels) {
		StringBuilder query = new StringBuilder("{ actors(first: 100) { edges { node { name ");
		for (int level = 0; level < levels; level++) {
			query.append(level % 2 == 0 ? "knowHow { name " : "actor { name ");
		}
		query.append("}".repeat(levels)).append(" } } } }");
		return query.toString();
	}

	@Test
	void theLoopingQueryIsRefusedBeforeItRuns() {
		ResponseEntity<Map<String, Object>> answer = post(Map.of("query", nested(19)), null);
		assertThat(answer.getStatusCode().value()).isEqualTo(200);
		Map<String, Object> error = firstError(answer.getBody());
		assertThat(error.get("message")).isEqualTo("La requête imbrique ses champs sur 23 niveaux ; 10 au plus sont permis.");
		assertThat(extensions(error)).containsEntry("classification", "BAD_REQUEST")
			.containsEntry("limit", "depth")
			.containsEntry("maximum", 10)
			.containsEntry("actual", 23);
		assertThat(answer.getBody().get("data")).isNull();
	}

	@Test
	void aQueryAskingForTooMuchIsRefusedWithItsCost() {
		String wide = """
				{ actors(first: 100) { edges { node { problems { needs { label }
				  actor { problems { needs { label } } } } } } } }""";
		Map<String, Object> error = firstError(post(Map.of("query", wide), "en").getBody());
		assertThat(extensions(error)).containsEntry("classification", "BAD_REQUEST").containsEntry("limit", "cost");
		assertThat((String) error.get("message")).startsWith("The query would ask for too much (estimated cost ")
			.endsWith("at most 100,000): ask for smaller pages or fewer nested lists.");
	}

	@Test
	void territoryAnalysesCostWhatARankingCosts() {
		// eleven networks of a région in one request: each reads the région's actors, so each costs 10,000
		String networks = IntStream.range(0, 11)
			.mapToObj(i -> "n" + i + ": networkInsights(territory: \"region:44\") { links }")
			.collect(Collectors.joining(" ", "{ ", " }"));
		assertThat(extensions(firstError(post(Map.of("query", networks), null).getBody())))
			.containsEntry("classification", "BAD_REQUEST").containsEntry("limit", "cost");
	}

	@Test
	void aliasesAreCounted() {
		String aliased = IntStream.range(0, 31)
			.mapToObj(i -> "t" + i + ": trade(code: \"C\") { label }")
			.collect(Collectors.joining(" ", "{ ", " }"));
		assertThat(extensions(firstError(post(Map.of("query", aliased), null).getBody())))
			.containsEntry("limit", "aliases").containsEntry("actual", 31);
		this.graphQl.document(aliased.replace("t30: trade(code: \"C\") { label }", "")).execute().errors().verify();
	}

	@Test
	void aPageOfFullProfilesAndTheIntrospectionOfGraphiqlAreWithinTheLimits() {
		this.graphQl.document("""
				{ actors(first: 20) { totalCount edges { node { id version kind sector name description website siret
				  commune { id name parents { name } } location { latitude longitude }
				  coreTrades { code label ancestors { code label } }
				  knowHow { id name description visibility } equipment { id name category capacity sharingTerms visibility }
				  topics { topic { key name actorCount } visibility version }
				  problems { id title category status visibility needs { kind value essential label } }
				  contactPoints { id kind label value visibility } createdAt updatedAt } } } }""")
			.execute()
			.errors()
			.verify();
		this.graphQl.document(IntrospectionQuery.INTROSPECTION_QUERY).execute().errors().verify();
	}

	@Test
	void aBodyLargerThanTheLimitIsRefusedBeforeItIsRead() throws Exception {
		String padding = " ".repeat(70_000);
		ResponseEntity<String> declared = this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"query\": \"{ trade(code: \\\"C\\\") { label } }" + padding + "\"}")
			.retrieve()
			.toEntity(String.class);
		assertThat(declared.getStatusCode().value()).isEqualTo(413);
		assertThat(declared.getBody()).contains("Le corps de la requête dépasse 64 Kio", "BAD_REQUEST");

		// The same without a declared length (chunked): read up to the limit, then refused.
		HttpRequest chunked = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Accept-Language", "en")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
					("{\"query\": \"{ trade(code: \\\"C\\\") { label } }" + padding + "\"}")
						.getBytes(StandardCharsets.UTF_8))))
			.timeout(Duration.ofSeconds(30))
			.build();
		HttpResponse<String> answer = HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(answer.body()).contains("The request body is larger than 64 KiB");

		// A body within the limit, chunked, is served as usual.
		HttpRequest small = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
					"{\"query\": \"{ trade(code: \\\"C\\\") { code } }\"}".getBytes(StandardCharsets.UTF_8))))
			.build();
		assertThat(HttpClient.newHttpClient().send(small, HttpResponse.BodyHandlers.ofString()).body())
			.isEqualTo("{\"data\":{\"trade\":{\"code\":\"C\"}}}");
	}

	@Test
	void aQueryPastItsDeadlineStopsWithATimeout() {
		GraphQlTester.Response response = Deadline.within(Duration.ofNanos(1), () -> this.graphQl
			.document("{ actors(first: 5) { edges { node { name knowHow { name } } } } }")
			.execute());
		response.errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getErrorType()).hasToString("TIMEOUT");
			assertThat(errors.get(0).getMessage()).startsWith("The request ran past the time it is given");
		});
	}

	private ResponseEntity<Map<String, Object>> post(Map<String, Object> body, String language) {
		return this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.headers(headers -> {
				if (language != null) {
					headers.set("Accept-Language", language);
				}
			})
			.body(body)
			.retrieve()
			.toEntity(TestHttp.JSON);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> firstError(Map<String, Object> body) {
		assertThat(body).containsKey("errors");
		return ((List<Map<String, Object>>) body.get("errors")).get(0);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> extensions(Map<String, Object> error) {
		return (Map<String, Object>) error.get("extensions");
	}

}
