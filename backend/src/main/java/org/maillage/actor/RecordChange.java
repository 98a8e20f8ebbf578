package org.maillage.actor;

/** What saving a {@link PublicRecord} does to the directory. */
public enum RecordChange {

	/** No actor has its SIRET yet: one is created, with no owner. */
	CREATE,

	/** Its actor differs from it: the actor is brought in line. */
	UPDATE,

	/** Its actor already says the same. */
	UNCHANGED,

	/**
	 * A succession whose successor already has an actor of its own besides the predecessor's: two profiles of one
	 * establishment, which a merge resolves.
	 */
	CONFLICT

}
