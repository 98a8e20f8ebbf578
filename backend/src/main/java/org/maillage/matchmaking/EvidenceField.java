package org.maillage.matchmaking;

/** Which field of an item or actor a text match was found in. */
public enum EvidenceField {

	/** Its name. */
	NAME,

	/** Its description. */
	DESCRIPTION

}
