package org.maillage.core;

/**
 * The caller's input breaks a rule. The message names the field and the rule ("siret must be 14 digits"), in
 * words a user can act on; {@link #field()} names the first field in error for clients that highlight it.
 */
public class InvalidInputException extends RuntimeException {

	private final String field;

	/** @param rule what the field must be, completing a sentence that starts with the field's name */
	public InvalidInputException(String field, String rule) {
		this(field, field + " " + rule, null);
	}

	private InvalidInputException(String field, String message, Void unused) {
		super(message);
		this.field = field;
	}

	/** Several broken rules at once: the message lists them all. */
	static InvalidInputException several(String firstField, String message) {
		return new InvalidInputException(firstField, message, null);
	}

	public String field() {
		return this.field;
	}

}
