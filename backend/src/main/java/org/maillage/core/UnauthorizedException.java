package org.maillage.core;

import graphql.ErrorClassification;

import org.springframework.graphql.execution.ErrorType;

/** The operation needs a signed-in caller, and there is none. */
public class UnauthorizedException extends ExplainedException {

	/** @param action what needs a signed-in caller, an action of the catalogue under {@code action.} */
	public UnauthorizedException(String action) {
		super(Message.of("unauthorized.signIn", Message.of("action." + action)));
	}

	@Override
	public ErrorClassification classification() {
		return ErrorType.UNAUTHORIZED;
	}

}
