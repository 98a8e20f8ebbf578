package org.maillage.workinggroup;

/** Where a group stands, in the only order it may move: forward, one or more steps at a time, never back. */
public enum WorkingGroupStatus {

	PROPOSED, FORMING, ACTIVE, CLOSED;

	/** Forward only, skipping steps allowed; nothing leaves CLOSED. */
	public boolean canMoveTo(WorkingGroupStatus next) {
		return this != CLOSED && next.ordinal() > ordinal();
	}

}
