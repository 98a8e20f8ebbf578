package org.maillage.actor;

/** The sphere an actor belongs to; working groups mix them. */
public enum Sector {

	PUBLIC, PRIVATE, ACADEMIC, NON_PROFIT

}
