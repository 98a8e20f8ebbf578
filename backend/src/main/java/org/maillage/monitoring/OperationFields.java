package org.maillage.monitoring;

import java.util.List;
import java.util.TreeSet;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.Selection;

import org.springframework.stereotype.Component;

/**
 * Names a GraphQL request by the root fields it asks for ({@code actors}, {@code matchActors},
 * {@code actor+trades}), so that metrics tell operations apart. Client-chosen operation names would let any caller
 * create new time series; root fields are bounded by the schema, and a request asking for more than
 * {@value #MOST} of them is named {@value #SEVERAL}.
 */
@Component
class OperationFields extends SimplePerformantInstrumentation {

	/** A request that never reached execution: unreadable, invalid, or refused by a limit. */
	static final String NONE = "none";

	static final String SEVERAL = "several";

	static final int MOST = 3;

	private static final String KEY = OperationFields.class.getName();

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		OperationDefinition operation = parameters.getExecutionContext().getOperationDefinition();
		parameters.getExecutionContext().getGraphQLContext().put(KEY, name(operation.getSelectionSet().getSelections()));
		return SimpleInstrumentationContext.noOp();
	}

	/** The operation's name as {@link #beginExecuteOperation} recorded it, or {@value #NONE}. */
	static String of(GraphQLContext context) {
		return context.getOrDefault(KEY, NONE);
	}

	private static String name(List<Selection> selections) {
		TreeSet<String> fields = new TreeSet<>();
		for (Selection<?> selection : selections) {
			// a fragment at the root is rare; its fields are not looked into, to keep this cheap
			fields.add(selection instanceof Field field ? field.getName() : "fragment");
		}
		fields.remove("__typename");
		if (fields.isEmpty()) {
			return "__typename";
		}
		return fields.size() > MOST ? SEVERAL : String.join("+", fields);
	}

}
