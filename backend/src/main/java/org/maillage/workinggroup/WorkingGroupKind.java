package org.maillage.workinggroup;

/** A working group gathers actors around problems; a conglomerate (consortium) lines them up along a value chain. */
public enum WorkingGroupKind {

	WORKING_GROUP, CONGLOMERATE

}
