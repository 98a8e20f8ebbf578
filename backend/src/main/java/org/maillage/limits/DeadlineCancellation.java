package org.maillage.limits;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.maillage.core.Deadline;
import org.maillage.core.DeadlineExceededException;
import org.maillage.core.ErrorClassifications;
import org.maillage.core.Messages;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Stops a GraphQL execution at its request's {@link Deadline}: graphql-java then fetches no further field, and the
 * answer carries one TIMEOUT error instead of its own "cancelled" one. (The database query running at that moment is
 * ended by its transaction's timeout, which the driver sets to the same deadline.)
 */
@Component
class DeadlineCancellation extends SimplePerformantInstrumentation implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(DeadlineCancellation.class);

	private static final String ALLOWED = DeadlineCancellation.class.getName() + ".allowed";

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
		Thread thread = new Thread(task, "request-deadlines");
		thread.setDaemon(true);
		return thread;
	});

	private final Messages messages;

	DeadlineCancellation(Messages messages) {
		this.messages = messages;
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		Deadline deadline = Deadline.current().orElse(null);
		if (deadline == null) {
			return SimpleInstrumentationContext.noOp();
		}
		ExecutionInput input = parameters.getExecutionInput();
		input.getGraphQLContext().put(ALLOWED, deadline.allowed());
		if (deadline.passed()) {
			input.cancel();
			return SimpleInstrumentationContext.noOp();
		}
		ScheduledFuture<?> cancellation = this.timer.schedule(input::cancel, deadline.remaining().toNanos(),
				TimeUnit.NANOSECONDS);
		return SimpleInstrumentationContext.whenCompleted((result, failure) -> cancellation.cancel(false));
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		if (!parameters.getExecutionInput().isCancelled()) {
			return CompletableFuture.completedFuture(result);
		}
		List<GraphQLError> errors = new ArrayList<>();
		for (GraphQLError error : result.getErrors()) {
			if (!isCancellation(error)) {
				errors.add(error);
			}
		}
		Duration allowed = parameters.getExecutionInput().getGraphQLContext().getOrDefault(ALLOWED, Duration.ZERO);
		log.warn("A request ran past its {} ms deadline and was stopped: {}", allowed.toMillis(),
				parameters.getOperation() == null ? "(anonymous operation)" : parameters.getOperation());
		DeadlineExceededException timeout = new DeadlineExceededException(allowed);
		errors.add(0, GraphqlErrorBuilder.newError()
			.errorType(ErrorClassifications.TIMEOUT)
			.message(this.messages.render(timeout.explanation(), parameters.getExecutionInput().getLocale()))
			.build());
		return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(errors)));
	}

	private static boolean isCancellation(GraphQLError error) {
		return error.getErrorType() != null && "ExecutionAborted".equals(error.getErrorType().toString());
	}

	@Override
	public void destroy() {
		this.timer.shutdownNow();
	}

}
