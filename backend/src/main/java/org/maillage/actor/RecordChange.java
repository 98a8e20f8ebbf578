package org.maillage.actor;

/** What saving a {@link PublicRecord} does to the directory. */
public enum RecordChange {

	/** No actor has its SIRET yet: one is created, with no owner. */
	CREATE,

	/** Its actor differs from it: the actor is brought in line. */
	UPDATE,

	/** Its actor already says the same. */
	UNCHANGED

}
