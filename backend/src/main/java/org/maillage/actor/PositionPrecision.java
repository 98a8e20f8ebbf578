package org.maillage.actor;

/** How precise an actor's {@link Position} is. */
public enum PositionPrecision {

	/** The point the actor gave: its premises. */
	PRECISE,

	/** Its commune's centre: the actor gave no point of its own. */
	COMMUNE

}
