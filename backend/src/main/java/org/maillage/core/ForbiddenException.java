package org.maillage.core;

import graphql.ErrorClassification;

import org.springframework.graphql.execution.ErrorType;

/**
 * The caller is known but may not do this. Only raised about things the caller may see: for an item hidden from
 * them the answer is the same NOT_FOUND as for an item that does not exist, so that nothing hidden is revealed.
 */
public class ForbiddenException extends ExplainedException {

	public ForbiddenException(Message explanation) {
		super(explanation);
	}

	public static ForbiddenException of(String key, Object... args) {
		return new ForbiddenException(Message.of(key, args));
	}

	@Override
	public ErrorClassification classification() {
		return ErrorType.FORBIDDEN;
	}

}
