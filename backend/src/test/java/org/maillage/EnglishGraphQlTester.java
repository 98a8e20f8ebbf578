package org.maillage;

import java.util.Locale;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.test.tester.ExecutionGraphQlServiceTester;
import org.springframework.http.MediaType;
import org.springframework.http.codec.json.JacksonJsonDecoder;
import org.springframework.http.codec.json.JacksonJsonEncoder;

/**
 * The in-process GraphQL tester of the integration tests, asking for English as a client sending
 * {@code Accept-Language: en} would: their assertions read the English catalogue. French, the default, is checked
 * over HTTP (no {@code Accept-Language}), as real clients meet it.
 */
@TestConfiguration(proxyBeanMethods = false)
class EnglishGraphQlTester {

	private static final MediaType GRAPHQL_RESPONSE = new MediaType("application", "graphql-response+json");

	@Bean
	ExecutionGraphQlServiceTester graphQlTester(ExecutionGraphQlService service, JsonMapper json) {
		return ExecutionGraphQlServiceTester.builder(service)
			.encoder(new JacksonJsonEncoder(json, MediaType.APPLICATION_JSON, GRAPHQL_RESPONSE))
			.decoder(new JacksonJsonDecoder(json, MediaType.APPLICATION_JSON, GRAPHQL_RESPONSE))
			.configureExecutionInput((input, builder) -> builder.locale(Locale.ENGLISH).build())
			.build();
	}

}
