package org.maillage.core;

import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns domain exceptions into classified GraphQL errors whose message a user can act on. Anything unexpected
 * becomes an INTERNAL_ERROR that says only that: the details go to the log, never to the client.
 */
@Component
class GraphQlErrorResolver extends DataFetcherExceptionResolverAdapter {

	private static final Logger log = LoggerFactory.getLogger(GraphQlErrorResolver.class);

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof InvalidInputException invalid) {
			return error(env, ErrorType.BAD_REQUEST, invalid.getMessage(), Map.of("field", invalid.field()));
		}
		if (ex instanceof UnauthorizedException) {
			return error(env, ErrorType.UNAUTHORIZED, ex.getMessage(), Map.of());
		}
		if (ex instanceof ForbiddenException) {
			return error(env, ErrorType.FORBIDDEN, ex.getMessage(), Map.of());
		}
		if (ex instanceof NotFoundException) {
			return error(env, ErrorType.NOT_FOUND, ex.getMessage(), Map.of());
		}
		if (ex instanceof ConflictException) {
			return error(env, ErrorClassifications.CONFLICT, ex.getMessage(), Map.of());
		}
		if (ex instanceof OptimisticLockingFailureException) {
			return error(env, ErrorClassifications.CONFLICT,
					"Someone else changed this item since you read it: reload it and apply your change again", Map.of());
		}
		if (ex instanceof DataIntegrityViolationException) {
			log.info("Refused a write that breaks a database constraint: {}", ex.getMessage());
			return error(env, ErrorClassifications.CONFLICT,
					"This would duplicate a value that must be unique (for instance a SIRET already registered)",
					Map.of());
		}
		log.error("Unexpected error in {}", env.getExecutionStepInfo().getPath(), ex);
		return error(env, ErrorType.INTERNAL_ERROR, "Internal error: the request was not carried out", Map.of());
	}

	private static GraphQLError error(DataFetchingEnvironment env, graphql.ErrorClassification type, String message,
			Map<String, Object> extensions) {
		return GraphqlErrorBuilder.newError(env)
			.errorType(type)
			.message(message)
			.extensions(extensions.isEmpty() ? null : extensions)
			.build();
	}

}
