package org.maillage.core;

/**
 * The caller edited a stale version, or the change would break uniqueness. Nothing was written; the caller
 * should reload and try again.
 */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}

}
