package org.maillage.audit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ThreadLocalRandom;

import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLObjectType;
import org.neo4j.driver.exceptions.RetryableException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.maillage.core.Audited;
import org.maillage.core.ConflictException;
import org.maillage.core.Deadline;
import org.maillage.security.Caller;
import org.maillage.security.Callers;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs every top-level mutation in one database transaction together with its audit entry, whatever the transport
 * (HTTP or in-process), so that a mutation is never committed without its trace, even if its answer is lost in a
 * crash. One place, so that no mutation can forget it.
 * <p>
 * A transaction the database gave up because of a conflict with another one (a deadlock, a lock it could not take)
 * is tried again, up to {@value #ATTEMPTS} times with a short random pause, and only within the request's deadline;
 * after that the caller gets a CONFLICT to try again. A lost version race is not retried: it is a CONFLICT at once,
 * since the caller must look at what changed. A refused or failed mutation is recorded in a transaction of its own,
 * after its own was rolled back.
 */
@Component
class MutationTransactions extends SimplePerformantInstrumentation {

	private static final Logger log = LoggerFactory.getLogger(MutationTransactions.class);

	static final int ATTEMPTS = 4;

	private final TransactionTemplate transactions;

	private final AuditTrail trail;

	private final Callers callers;

	MutationTransactions(TransactionTemplate transactions, AuditTrail trail, Callers callers) {
		this.transactions = transactions;
		this.trail = trail;
		this.callers = callers;
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		// a query's fields are left as they are before their environment is asked for: graphql-java builds it only
		// when asked, and a list's facets are a thousand fields whose values are read from maps without one
		// (docs/observatory.md, "Facets counted beside the page")
		if (parameters.isTrivialDataFetcher() || parameters.getExecutionContext()
			.getOperationDefinition()
			.getOperation() != OperationDefinition.Operation.MUTATION) {
			return fetcher;
		}
		DataFetchingEnvironment environment = parameters.getEnvironment();
		if (!(environment.getParentType() instanceof GraphQLObjectType parent)
				|| !parent.getName().equals(environment.getGraphQLSchema().getMutationType().getName())) {
			return fetcher;
		}
		return env -> run(fetcher, env);
	}

	Object run(DataFetcher<?> fetcher, DataFetchingEnvironment env) {
		Optional<Caller> caller = this.callers.current();
		String operation = env.getField().getName();
		String inputTarget = target(env.getArguments());
		for (int attempt = 1;; attempt++) {
			try {
				return this.transactions.execute(status -> {
					Object result = completed(fetcher, env);
					this.trail.recordDone(caller, operation, targetOf(result, inputTarget));
					otherTargetsOf(result).forEach(other -> this.trail.recordDone(caller, operation, other));
					return result;
				});
			}
			catch (RuntimeException failure) {
				if (transient_(failure) && attempt < ATTEMPTS && timeLeft()) {
					log.debug("{} met a transient database conflict, attempt {} of {}: {}", operation, attempt,
							ATTEMPTS, failure.getMessage());
					pause(attempt);
					continue;
				}
				RuntimeException answered = contended(failure) ? ConflictException.of("conflict.busy") : failure;
				this.trail.recordRefusal(caller, operation, inputTarget, answered);
				throw answered;
			}
		}
	}

	/**
	 * The fetcher's value once it is complete: a mutation runs on the request's thread, so what it returns is done
	 * by now, and must be, to be inside the transaction.
	 */
	private static Object completed(DataFetcher<?> fetcher, DataFetchingEnvironment env) {
		Object value;
		try {
			value = fetcher.get(env);
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		if (value instanceof CompletionStage<?> stage) {
			try {
				value = stage.toCompletableFuture().join();
			}
			catch (CompletionException ex) {
				throw ex.getCause() instanceof RuntimeException cause ? cause : ex;
			}
		}
		if (value instanceof Mono<?> mono) {
			value = mono.block();
		}
		if (value instanceof DataFetcherResult<?> result && result.hasErrors()) {
			throw new IllegalStateException("Mutation " + env.getField().getName() + " answered errors: "
					+ result.getErrors());
		}
		return value;
	}

	/** What the result names (a created item) comes first; a refused mutation has only its input to go by. */
	private static String targetOf(Object result, String inputTarget) {
		Object value = result instanceof DataFetcherResult<?> wrapped ? wrapped.getData() : result;
		return value instanceof Audited audited && audited.auditTarget() != null ? audited.auditTarget() : inputTarget;
	}

	private static List<String> otherTargetsOf(Object result) {
		Object value = result instanceof DataFetcherResult<?> wrapped ? wrapped.getData() : result;
		return value instanceof Audited audited ? audited.otherAuditTargets() : List.of();
	}

	/** The id the input names: the thing itself, else its actor, else its group (a workspace item about to be made). */
	private static String target(Map<String, Object> arguments) {
		if (arguments.get("input") instanceof Map<?, ?> input) {
			for (String key : new String[] { "id", "actorId", "groupId" }) {
				if (input.get(key) != null) {
					return String.valueOf(input.get(key));
				}
			}
		}
		return null;
	}

	/**
	 * Worth another try: a conflict between transactions that the database resolved by giving up one of them, or a
	 * database member that went away (a cluster changing its leader).
	 */
	static boolean transient_(Throwable failure) {
		return contended(failure) || has(failure, RetryableException.class);
	}

	/** A conflict between transactions: a deadlock, a lock that could not be taken in time. */
	static boolean contended(Throwable failure) {
		return has(failure, TransientException.class) || has(failure, PessimisticLockingFailureException.class);
	}

	private static boolean has(Throwable failure, Class<?> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

	private static boolean timeLeft() {
		return Deadline.current().map(deadline -> !deadline.passed()).orElse(true);
	}

	private static void pause(int attempt) {
		long bound = 10L << attempt;
		try {
			Thread.sleep(ThreadLocalRandom.current().nextLong(bound / 2, bound));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
