package org.maillage.core;

/**
 * Tells what the current caller may read: {@code security.CallerReadScopes}, from the caller's token and
 * memberships. In {@code core} so that every feature's queries can take it without depending on {@code security}.
 */
@FunctionalInterface
public interface ReadScopes {

	ReadScope current();

}
