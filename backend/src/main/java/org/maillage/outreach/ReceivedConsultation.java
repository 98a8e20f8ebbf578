package org.maillage.outreach;

import java.time.Instant;

/** A consultation as one reached actor's owner sees it: for which actor, and whether it answered. */
public record ReceivedConsultation(Consultation consultation, String actorId, Instant answeredAt) {

	public boolean answered() {
		return this.answeredAt != null;
	}

}
