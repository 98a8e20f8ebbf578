package org.maillage.workinggroup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An actor a facilitator invites, and why.
 *
 * @param role free text: lead, member, observer…
 * @param step for a conglomerate, the value-chain step it would take
 */
public record ParticipantDetails(@NotBlank String actorId, @Size(max = 100) String role,
		@Size(max = 200) String step, @Size(max = 1000) String reason) {

	public ParticipantDetails {
		actorId = actorId == null ? null : actorId.strip();
		role = blankToNull(role);
		step = blankToNull(step);
		reason = blankToNull(reason);
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
