package org.maillage;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** What tests check of a refused GraphQL request: its classification and the words that say why. */
public final class GraphQlErrors {

	private GraphQlErrors() {
	}

	/** Asserts the response carries an error of this classification whose message contains the given words. */
	public static void expectError(GraphQlTester.Response response, String classification, String words) {
		response.errors().satisfy(errors -> assertThat(errors).as("errors of the response").anySatisfy(error -> {
			assertThat(error.getErrorType()).hasToString(classification);
			assertThat(error.getMessage()).contains(words);
		}));
	}

}
