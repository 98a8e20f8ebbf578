package org.maillage.core;

/** What the caller named does not exist (or is not theirs to see). */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, String id) {
		super("No " + what + " with id " + id);
	}

}
