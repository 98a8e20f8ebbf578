package org.maillage.core;

import java.util.Map;

import graphql.ErrorClassification;
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
 * Turns exceptions into classified GraphQL errors whose message, from the catalogue and in the caller's language, a
 * user can act on. Expected refusals log nothing; anything unexpected becomes an INTERNAL_ERROR that says only
 * that, while the details go to the log, never to the client.
 */
@Component
class GraphQlErrorResolver extends DataFetcherExceptionResolverAdapter {

	private static final Logger log = LoggerFactory.getLogger(GraphQlErrorResolver.class);

	private final Messages messages;

	GraphQlErrorResolver(Messages messages) {
		this.messages = messages;
	}

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		ExplainedException explained = DatabaseFailures.explain(ex);
		if (explained != null) {
			if (explained.classification() == ErrorClassifications.TIMEOUT
					|| explained.classification() == ErrorClassifications.UNAVAILABLE) {
				// not the caller's doing: worth a line for operators, not a stack trace
				log.warn("{} in {}: {}", explained.classification(), env.getExecutionStepInfo().getPath(),
						ex.getMessage());
			}
			return error(env, explained.classification(), explained.explanation(), explained.extensions());
		}
		if (ex instanceof OptimisticLockingFailureException) {
			return error(env, ErrorClassifications.CONFLICT, Message.of("conflict.staleVersion"), Map.of());
		}
		if (ex instanceof DataIntegrityViolationException) {
			log.info("Refused a write that breaks a database constraint: {}", ex.getMessage());
			return error(env, ErrorClassifications.CONFLICT, Message.of("conflict.unique"), Map.of());
		}
		log.error("Unexpected error in {}", env.getExecutionStepInfo().getPath(), ex);
		return error(env, ErrorType.INTERNAL_ERROR, Message.of("internal.error"), Map.of());
	}

	private GraphQLError error(DataFetchingEnvironment env, ErrorClassification type, Message message,
			Map<String, Object> extensions) {
		return GraphqlErrorBuilder.newError(env)
			.errorType(type)
			.message(this.messages.render(message, env.getLocale()))
			.extensions(extensions.isEmpty() ? null : extensions)
			.build();
	}

}
