package org.maillage.workinggroup;

/** An actor's answer to an invitation: it takes part only once ACCEPTED, by one of its owners. */
public enum ParticipationStatus {

	INVITED, ACCEPTED, DECLINED

}
