package org.maillage.core;

import java.util.List;

import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * The service's GraphQL instrumentations (the audit's transactions, the limits, the monitoring, Spring's
 * observation), chained in the order Spring GraphQL chains them, except that the hooks graphql-java calls for each
 * field of an answer are skipped when none of them has any. Chained as Spring does it, five instrumentations that do
 * nothing per field still cost a list and a context per field and per hook: a list's facets are about a thousand
 * fields (territories, trades and topics with their counts), and those calls were a twelfth of the request's time
 * (docs/observatory.md, "Facets counted beside the page").
 */
@Component
class InstrumentationChain implements GraphQlSourceBuilderCustomizer {

	private final ObjectProvider<Instrumentation> instrumentations;

	InstrumentationChain(ObjectProvider<Instrumentation> instrumentations) {
		this.instrumentations = instrumentations;
	}

	@Override
	public void customize(GraphQlSource.SchemaResourceBuilder builder) {
		// the same instrumentations in the same order as Spring Boot gives the builder, which chains them before
		// applying this configuration
		List<Instrumentation> chained = this.instrumentations.orderedStream().toList();
		if (chained.size() > 1) {
			builder.configureGraphQl(graphQl -> graphQl.instrumentation(new FieldHooksSkipped(chained)));
		}
	}

	/**
	 * A chain whose per-field hooks nobody implements are not called at all. Each hook is spelled out as its own
	 * override, alike in shape: a helper taking the call as a lambda would allocate that lambda at every field and hook,
	 * the cost this class is here to remove.
	 */
	static final class FieldHooksSkipped extends ChainedInstrumentation {

		private final boolean fieldExecution;

		private final boolean fieldFetching;

		private final boolean fieldCompletion;

		private final boolean fieldListCompletion;

		private final boolean executeObject;

		FieldHooksSkipped(List<Instrumentation> instrumentations) {
			super(instrumentations);
			this.fieldExecution = anyHas(instrumentations, "beginFieldExecution", InstrumentationFieldParameters.class);
			// graphql-java's default beginFieldFetching calls beginFieldFetch
			this.fieldFetching = anyHas(instrumentations, "beginFieldFetching", InstrumentationFieldFetchParameters.class)
					|| anyHas(instrumentations, "beginFieldFetch", InstrumentationFieldFetchParameters.class);
			this.fieldCompletion = anyHas(instrumentations, "beginFieldCompletion",
					InstrumentationFieldCompleteParameters.class);
			this.fieldListCompletion = anyHas(instrumentations, "beginFieldListCompletion",
					InstrumentationFieldCompleteParameters.class);
			this.executeObject = anyHas(instrumentations, "beginExecuteObject",
					InstrumentationExecutionStrategyParameters.class);
		}

		/**
		 * Whether one of them declares this hook itself: one whose hook is graphql-java's default, or that of {@link
		 * SimplePerformantInstrumentation}, does nothing in it. A class that cannot be told (a proxy) counts as one
		 * that has it.
		 */
		static boolean anyHas(List<Instrumentation> instrumentations, String hook, Class<?> parameters) {
			for (Instrumentation instrumentation : instrumentations) {
				try {
					Class<?> declaring = instrumentation.getClass()
						.getMethod(hook, parameters, InstrumentationState.class)
						.getDeclaringClass();
					if (declaring != Instrumentation.class && declaring != SimplePerformantInstrumentation.class) {
						return true;
					}
				}
				catch (NoSuchMethodException unknown) {
					return true;
				}
			}
			return false;
		}

		@Override
		public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters,
				InstrumentationState state) {
			return this.fieldExecution ? super.beginFieldExecution(parameters, state)
					: SimpleInstrumentationContext.noOp();
		}

		@Override
		public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
				InstrumentationState state) {
			return this.fieldFetching ? super.beginFieldFetching(parameters, state)
					: FieldFetchingInstrumentationContext.NOOP;
		}

		@Override
		public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
				InstrumentationState state) {
			return this.fieldCompletion ? super.beginFieldCompletion(parameters, state)
					: SimpleInstrumentationContext.noOp();
		}

		@Override
		public InstrumentationContext<Object> beginFieldListCompletion(
				InstrumentationFieldCompleteParameters parameters, InstrumentationState state) {
			return this.fieldListCompletion ? super.beginFieldListCompletion(parameters, state)
					: SimpleInstrumentationContext.noOp();
		}

		@Override
		public ExecuteObjectInstrumentationContext beginExecuteObject(InstrumentationExecutionStrategyParameters parameters,
				InstrumentationState state) {
			return this.executeObject ? super.beginExecuteObject(parameters, state)
					: ExecuteObjectInstrumentationContext.NOOP;
		}

	}

}
