package org.maillage.core;

import java.time.Duration;

import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * Tells what a failure means for the person who asked: an explained refusal, however deeply Spring wrapped it; a
 * request stopped at its deadline; a database that cannot be reached. Anything else is a fault of the service.
 */
public final class DatabaseFailures {

	private DatabaseFailures() {
	}

	/** The failure as a person should hear it, or null when it is a fault of the service. */
	public static ExplainedException explain(Throwable failure) {
		ExplainedException explained = find(failure, ExplainedException.class);
		if (explained != null) {
			return explained;
		}
		Neo4jException database = find(failure, Neo4jException.class);
		if (database == null) {
			return null;
		}
		if (timedOut(database) || Deadline.current().map(Deadline::passed).orElse(false)) {
			return new DeadlineExceededException(Deadline.current().map(Deadline::allowed).orElse(Duration.ZERO));
		}
		if (database instanceof ServiceUnavailableException || database instanceof SessionExpiredException) {
			return new UnavailableException(Message.of("unavailable.database"), database);
		}
		return null;
	}

	/** The database ended the transaction because it ran past its timeout. */
	static boolean timedOut(Neo4jException database) {
		return database.code() != null && database.code().contains("TransactionTimedOut");
	}

	static <T extends Throwable> T find(Throwable failure, Class<T> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

}
