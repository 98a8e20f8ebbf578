package org.maillage.core;

import graphql.ErrorClassification;

/** Error classifications that Spring GraphQL's {@code ErrorType} lacks. */
public enum ErrorClassifications implements ErrorClassification {

	/** A stale version or a uniqueness clash: reload and try again. */
	CONFLICT

}
