package org.maillage.core;

/** A mutation's result that names what it created, for the audit trail when the input could not. */
public interface Audited {

	String auditTarget();

}
