package org.maillage.core;

import graphql.ErrorClassification;

/**
 * The caller edited a stale version, or the change would break uniqueness or a rule that another request changed
 * meanwhile. Nothing was written; the caller should reload and try again.
 */
public class ConflictException extends ExplainedException {

	public ConflictException(Message explanation) {
		super(explanation);
	}

	public static ConflictException of(String key, Object... args) {
		return new ConflictException(Message.of(key, args));
	}

	@Override
	public ErrorClassification classification() {
		return ErrorClassifications.CONFLICT;
	}

}
