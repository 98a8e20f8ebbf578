package org.maillage.core;

import java.util.List;

/** A mutation's result that names what it created, for the audit trail when the input could not. */
public interface Audited {

	String auditTarget();

	/**
	 * Other things the mutation acted on, each recorded with an entry of its own, so that the trail of each shows it
	 * (a merge: the duplicate that disappeared, beside the survivor).
	 */
	default List<String> otherAuditTargets() {
		return List.of();
	}

}
