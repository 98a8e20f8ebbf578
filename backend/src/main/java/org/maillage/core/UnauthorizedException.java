package org.maillage.core;

/** The operation needs a signed-in caller, and there is none (or the token was not accepted). */
public class UnauthorizedException extends RuntimeException {

	public UnauthorizedException(String message) {
		super(message);
	}

}
