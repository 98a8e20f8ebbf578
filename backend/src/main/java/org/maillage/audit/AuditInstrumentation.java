package org.maillage.audit;

import java.util.Map;
import java.util.Optional;

import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLObjectType;

import org.maillage.core.Audited;
import org.maillage.security.Caller;
import org.maillage.security.Callers;

import org.springframework.stereotype.Component;

/**
 * Records every top-level mutation field when its data fetcher completes, whatever the transport (HTTP or
 * in-process): one place, so that a new mutation cannot forget to be audited. The caller is read when the field
 * starts, on the request's thread.
 */
@Component
class AuditInstrumentation extends SimplePerformantInstrumentation {

	private final AuditTrail trail;

	private final Callers callers;

	AuditInstrumentation(AuditTrail trail, Callers callers) {
		this.trail = trail;
		this.callers = callers;
	}

	@Override
	public InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		DataFetchingEnvironment environment = parameters.getEnvironment();
		if (!(environment.getParentType() instanceof GraphQLObjectType parent)
				|| !parent.getName().equals(environment.getGraphQLSchema().getMutationType().getName())) {
			return SimpleInstrumentationContext.noOp();
		}
		Optional<Caller> caller = this.callers.current();
		String operation = environment.getField().getName();
		String target = target(environment.getArguments());
		// What the result names (a created item) comes first; a refused mutation has only its input to go by.
		return SimpleInstrumentationContext.whenCompleted((result, failure) -> this.trail.record(caller, operation,
				result instanceof Audited audited && audited.auditTarget() != null ? audited.auditTarget() : target,
				failure));
	}

	/** The id the input names: the thing itself, else its actor. */
	private static String target(Map<String, Object> arguments) {
		if (arguments.get("input") instanceof Map<?, ?> input) {
			for (String key : new String[] { "id", "actorId" }) {
				if (input.get(key) != null) {
					return String.valueOf(input.get(key));
				}
			}
		}
		return null;
	}

}
