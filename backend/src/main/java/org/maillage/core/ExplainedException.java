package org.maillage.core;

import java.util.Map;

import graphql.ErrorClassification;

/**
 * A failure a person is told about: what went wrong, as a message of the catalogue rendered in their language,
 * with a classification clients can branch on. Nothing of the exception itself (class, stack trace) reaches them.
 */
public abstract class ExplainedException extends RuntimeException {

	private final Message explanation;

	protected ExplainedException(Message explanation) {
		this(explanation, null);
	}

	protected ExplainedException(Message explanation, Throwable cause) {
		super(explanation.toString(), cause);
		this.explanation = explanation;
	}

	/** What to tell the person, to be rendered in their language. */
	public Message explanation() {
		return this.explanation;
	}

	/** The error's {@code extensions.classification}. */
	public abstract ErrorClassification classification();

	/** What else the error's {@code extensions} carry, such as the field in error. */
	public Map<String, Object> extensions() {
		return Map.of();
	}

}
