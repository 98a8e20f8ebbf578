package org.maillage.core;

import java.util.Map;

import graphql.ErrorClassification;

import org.springframework.graphql.execution.ErrorType;

/**
 * The caller's input breaks a rule. The message names the field and the rule ("siret doit compter 14 chiffres"), in
 * words a user can act on; {@link #field()} names the first field in error for clients that highlight it.
 */
public class InvalidInputException extends ExplainedException {

	private final String field;

	public InvalidInputException(String field, Message explanation) {
		super(explanation);
		this.field = field;
	}

	/** @param key a catalogue text whose {@code {0}} is the field's name, followed by {@code args} */
	public static InvalidInputException of(String field, String key, Object... args) {
		Object[] values = new Object[args.length + 1];
		values[0] = field;
		System.arraycopy(args, 0, values, 1, args.length);
		return new InvalidInputException(field, Message.of(key, values));
	}

	public String field() {
		return this.field;
	}

	@Override
	public ErrorClassification classification() {
		return ErrorType.BAD_REQUEST;
	}

	@Override
	public Map<String, Object> extensions() {
		return Map.of("field", this.field);
	}

}
