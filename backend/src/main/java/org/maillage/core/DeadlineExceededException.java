package org.maillage.core;

import java.time.Duration;

import graphql.ErrorClassification;

/** The request ran past its deadline; what it was doing was stopped and nothing of it was written. */
public class DeadlineExceededException extends ExplainedException {

	public DeadlineExceededException(Duration allowed) {
		super(Message.of("limits.deadline", String.valueOf(allowed.toMillis())));
	}

	@Override
	public ErrorClassification classification() {
		return ErrorClassifications.TIMEOUT;
	}

}
