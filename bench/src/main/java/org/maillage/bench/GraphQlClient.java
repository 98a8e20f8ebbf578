package org.maillage.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts GraphQL operations to the service as a public visitor (no token) or with a bearer token, over one kept-alive HTTP/1.1
 * connection, as a web client would. Timing covers sending the request and receiving the whole body; the body is
 * parsed afterwards.
 */
final class GraphQlClient {

	/** A response and how long it took, from sending the request to the last byte of the body. */
	record Answer(long nanos, JsonNode body) {

		boolean failed() {
			JsonNode errors = this.body.path("errors");
			return !errors.isMissingNode() && !errors.isNull() && !errors.isEmpty();
		}

		JsonNode data(String field) {
			return this.body.path("data").path(field);
		}

	}

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final JsonMapper json = JsonMapper.builder().build();

	private final URI endpoint;

	private final String token;

	GraphQlClient(URI endpoint) {
		this(endpoint, null);
	}

	/** @param token a bearer token to call with, or null for a public visitor */
	GraphQlClient(URI endpoint, String token) {
		this.endpoint = endpoint;
		this.token = token;
	}

	/** The same endpoint, called with this bearer token. */
	GraphQlClient as(String bearer) {
		return new GraphQlClient(this.endpoint, bearer);
	}

	Answer post(String query, Map<String, Object> variables) {
		String body = this.json.writeValueAsString(Map.of("query", query, "variables", variables));
		HttpRequest.Builder builder = HttpRequest.newBuilder(this.endpoint)
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json, application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (this.token != null) {
			builder.header("Authorization", "Bearer " + this.token);
		}
		HttpRequest request = builder.build();
		try {
			long started = System.nanoTime();
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			long nanos = System.nanoTime() - started;
			JsonNode answer = parse(response.body());
			// a GraphQL response with errors may come with another status (application/graphql-response+json)
			if (response.statusCode() != 200 && (answer == null || answer.path("errors").isMissingNode())) {
				throw new IllegalStateException("HTTP " + response.statusCode() + " from " + this.endpoint + ": "
						+ response.body());
			}
			return new Answer(nanos, answer);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot reach " + this.endpoint, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	private JsonNode parse(String body) {
		try {
			return this.json.readTree(body);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
