package org.maillage.core;

/**
 * The caller is known but may not do this. Only raised about things the caller may see: for an item hidden from
 * them the answer is the same NOT_FOUND as for an item that does not exist, so that nothing hidden is revealed.
 */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String message) {
		super(message);
	}

}
