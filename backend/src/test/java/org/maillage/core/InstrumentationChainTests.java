package org.maillage.core;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chain that skips per-field hooks nobody implements still calls those somebody does, and answers as graphql-java's
 * own chain does.
 */
class InstrumentationChainTests {

	private static final String SCHEMA = """
			type Query { facets: [Count!]! }
			type Count { value: String!, count: Int! }
			""";

	private static final String QUERY = "{ facets { value count } }";

	@Test
	void aFieldHookSomebodyImplementsIsCalledForEveryField() {
		CountingCompletions counting = new CountingCompletions();
		ExecutionResult result = execute(List.of(new SimplePerformantInstrumentation(), counting));

		assertThat(result.getErrors()).isEmpty();
		// facets, then value and count of each of the three values
		assertThat(counting.completions.get()).isEqualTo(1 + 3 * 2);
	}

	@Test
	void hooksNobodyImplementsAreSkippedAndTheAnswerIsTheSame() {
		List<Instrumentation> idle = List.of(new SimplePerformantInstrumentation(), new SimplePerformantInstrumentation());

		assertThat(InstrumentationChain.FieldHooksSkipped.anyHas(idle, "beginFieldCompletion",
				InstrumentationFieldCompleteParameters.class))
			.isFalse();
		assertThat(InstrumentationChain.FieldHooksSkipped.anyHas(List.of(new CountingCompletions()),
				"beginFieldCompletion", InstrumentationFieldCompleteParameters.class))
			.isTrue();
		assertThat(InstrumentationChain.FieldHooksSkipped.anyHas(idle, "beginFieldExecution",
				InstrumentationFieldParameters.class))
			.isFalse();
		Map<String, Object> answer = execute(idle).getData();
		assertThat(answer).isEqualTo(Map.of("facets", List.of(Map.of("value", "a", "count", 3),
				Map.of("value", "b", "count", 2), Map.of("value", "c", "count", 1))));
	}

	private static ExecutionResult execute(List<Instrumentation> instrumentations) {
		DataFetcher<?> facets = environment -> List.of(Map.of("value", "a", "count", 3),
				Map.of("value", "b", "count", 2), Map.of("value", "c", "count", 1));
		RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
			.type("Query", type -> type.dataFetcher("facets", facets))
			.build();
		GraphQL graphQl = GraphQL
			.newGraphQL(new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SCHEMA), wiring))
			.instrumentation(new InstrumentationChain.FieldHooksSkipped(instrumentations))
			.build();
		return graphQl.execute(QUERY);
	}

	private static final class CountingCompletions extends SimplePerformantInstrumentation {

		final AtomicInteger completions = new AtomicInteger();

		@Override
		public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
				InstrumentationState state) {
			this.completions.incrementAndGet();
			return super.beginFieldCompletion(parameters, state);
		}

	}

}
