package org.maillage.core;

/**
 * Tells what the current caller may read. One implementation today (everything: there is no sign-in yet); the
 * security feature replaces it with one derived from the caller's token and memberships.
 */
@FunctionalInterface
public interface ReadScopes {

	ReadScope current();

}
