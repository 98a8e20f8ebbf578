package org.maillage.core;

import graphql.ErrorClassification;

/** Error classifications that Spring GraphQL's {@code ErrorType} lacks. */
public enum ErrorClassifications implements ErrorClassification {

	/** A stale version, a uniqueness clash or a rule another request changed meanwhile: reload and try again. */
	CONFLICT,

	/** The request ran out of its time (the deadline of every request) and was stopped: ask for less. */
	TIMEOUT,

	/** A service Maillage depends on (the database, the sign-in service) cannot be reached: try again later. */
	UNAVAILABLE

}
