package org.maillage.core;

import graphql.ErrorClassification;

import org.springframework.graphql.execution.ErrorType;

/** What the caller named does not exist (or is not theirs to see). */
public class NotFoundException extends ExplainedException {

	/**
	 * @param thing what was looked for, a noun of the catalogue under {@code notFound.}: {@code actor},
	 * {@code valueChain}…
	 * @param id the id the caller gave
	 */
	public NotFoundException(String thing, String id) {
		super(Message.of("notFound." + thing, id));
	}

	public NotFoundException(Message explanation) {
		super(explanation);
	}

	@Override
	public ErrorClassification classification() {
		return ErrorType.NOT_FOUND;
	}

}
