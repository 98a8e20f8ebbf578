package org.maillage.core;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents parsed once and kept ({@link ParsedDocuments}), with a schema of one field: every request still gets the
 * answer its own variables and language call for.
 */
class ParsedDocumentsTests {

	private static final String GREETING = "query($name: String!) { greeting(name: $name) }";

	private final ParsedDocuments documents = new ParsedDocuments();

	private final GraphQL graphQl = GraphQL.newGraphQL(schema()).preparsedDocumentProvider(this.documents).build();

	@Test
	void aDocumentSentAgainIsParsedOnceForEachLanguage() {
		AtomicInteger parsed = new AtomicInteger();
		Function<ExecutionInput, PreparsedDocumentEntry> parse = input -> {
			parsed.incrementAndGet();
			return new PreparsedDocumentEntry(graphql.parser.Parser.parse(input.getQuery()));
		};
		for (int sent = 0; sent < 3; sent++) {
			this.documents.getDocumentAsync(input(GREETING, "Lucie", Locale.FRENCH), parse).join();
		}
		assertThat(parsed).as("once in French").hasValue(1);
		this.documents.getDocumentAsync(input(GREETING, "Lucie", Locale.ENGLISH), parse).join();
		this.documents.getDocumentAsync(input("{ greeting(name: \"Paul\") }", null, Locale.FRENCH), parse).join();
		assertThat(parsed).as("another language, another document").hasValue(3);
	}

	@Test
	void eachRequestIsAnsweredWithItsOwnVariables() {
		assertThat(data(this.graphQl.execute(input(GREETING, "Lucie", Locale.FRENCH))))
			.isEqualTo(Map.of("greeting", "Bonjour Lucie"));
		assertThat(data(this.graphQl.execute(input(GREETING, "Paul", Locale.FRENCH))))
			.isEqualTo(Map.of("greeting", "Bonjour Paul"));
	}

	@Test
	void anInvalidDocumentSentAgainGetsTheSameErrors() {
		ExecutionResult first = this.graphQl.execute(input("{ greeting(name: \"Lucie\") nope }", null, Locale.FRENCH));
		ExecutionResult again = this.graphQl.execute(input("{ greeting(name: \"Lucie\") nope }", null, Locale.FRENCH));
		assertThat(first.getErrors()).isNotEmpty();
		assertThat(again.getErrors()).extracting(error -> error.getMessage())
			.isEqualTo(first.getErrors().stream().map(error -> error.getMessage()).toList());
		assertThat((Object) again.getData()).isNull();
	}

	private static Object data(ExecutionResult result) {
		assertThat(result.getErrors()).isEmpty();
		return result.getData();
	}

	private static ExecutionInput input(String document, String name, Locale language) {
		return ExecutionInput.newExecutionInput(document)
			.variables(name == null ? Map.of() : Map.of("name", name))
			.locale(language)
			.build();
	}

	private static GraphQLSchema schema() {
		return new SchemaGenerator().makeExecutableSchema(
				new SchemaParser().parse("type Query { greeting(name: String!): String }"),
				RuntimeWiring.newRuntimeWiring()
					.type("Query", type -> type.dataFetcher("greeting",
							environment -> "Bonjour " + environment.getArgument("name")))
					.build());
	}

}
