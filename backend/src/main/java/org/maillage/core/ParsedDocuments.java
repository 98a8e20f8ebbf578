package org.maillage.core;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * GraphQL documents parsed and validated once, then kept: a client sends the same few operations again and again with
 * other variables, and graphql-java parses and validates each request's document anew unless given its documents. A
 * profile of the directory's first page with its facets spent a tenth of the request threads' time there
 * (docs/performance.md, "Documents parsed once").
 * <p>
 * Kept by their text and the caller's language: validation depends only on the document and the schema, which does not
 * change while the service runs, but its errors are worded in the caller's language. A document with errors is kept
 * with them. At most {@value #CHARACTERS} characters of documents are kept, the least used dropped first, so that
 * a client sending ever new documents cannot fill the memory (a parsed document takes some tens of times its text).
 * The instrumentations' hooks of parsing and validation are not called for a kept document: none of the service's
 * has them.
 */
@Component
class ParsedDocuments implements PreparsedDocumentProvider, GraphQlSourceBuilderCustomizer {

	/** Characters of documents kept at most: a few hundred operations of a few kilobytes, tens of megabytes parsed. */
	static final long CHARACTERS = 1_000_000;

	private final Cache<Key, PreparsedDocumentEntry> documents = Caffeine.newBuilder()
		.maximumWeight(CHARACTERS)
		.weigher((Key key, PreparsedDocumentEntry entry) -> key.document().length())
		.build();

	@Override
	public void customize(GraphQlSource.SchemaResourceBuilder builder) {
		builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		Key key = new Key(input.getQuery(), input.getLocale());
		return CompletableFuture.completedFuture(this.documents.get(key, unparsed -> parseAndValidate.apply(input)));
	}

	/** A document's text and the language its errors are worded in. */
	private record Key(String document, Locale language) {
	}

}
