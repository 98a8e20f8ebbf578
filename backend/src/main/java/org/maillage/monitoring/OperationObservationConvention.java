package org.maillage.monitoring;

import io.micrometer.common.KeyValues;

import org.springframework.graphql.observation.DefaultExecutionRequestObservationConvention;
import org.springframework.graphql.observation.ExecutionRequestObservationContext;
import org.springframework.stereotype.Component;

/**
 * Spring for GraphQL's request observation ({@code graphql.request}: outcome, operation type), with the root fields
 * the request asked for as {@code graphql.fields} ({@link OperationFields}), so that each operation has its own
 * latency histogram.
 */
@Component
class OperationObservationConvention extends DefaultExecutionRequestObservationConvention {

	static final String FIELDS = "graphql.fields";

	@Override
	public KeyValues getLowCardinalityKeyValues(ExecutionRequestObservationContext context) {
		return super.getLowCardinalityKeyValues(context)
			.and(FIELDS, OperationFields.of(context.getExecutionInput().getGraphQLContext()));
	}

}
