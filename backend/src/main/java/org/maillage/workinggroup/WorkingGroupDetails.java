package org.maillage.workinggroup;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.maillage.core.Visibility;

/**
 * What a facilitator says of a new group. Field names are those of the API's input, so that an error names the
 * field the caller sent.
 *
 * @param kind WORKING_GROUP when not given
 * @param problems ids of the problems it works on, 1 to {@value WorkingGroupLifecycle#MAX_PROBLEMS}
 * @param valueChain for a conglomerate, the id of its value chain
 * @param visibility who may see it besides its participants' members; FACILITATORS when not given
 * @param participants the actors invited from the start, at most {@value WorkingGroupLifecycle#MAX_PARTICIPANTS}
 */
public record WorkingGroupDetails(@NotNull WorkingGroupKind kind, @NotBlank @Size(max = 200) String name,
		@Size(max = 4000) String purpose,
		@Size(min = 1, max = WorkingGroupLifecycle.MAX_PROBLEMS,
				message = "{validation.group.problems}") List<@NotBlank String> problems,
		String valueChain, @NotNull Visibility visibility,
		@Size(max = WorkingGroupLifecycle.MAX_PARTICIPANTS,
				message = "{validation.group.participants}") List<@Valid @NotNull ParticipantDetails> participants) {

	public WorkingGroupDetails {
		kind = kind == null ? WorkingGroupKind.WORKING_GROUP : kind;
		visibility = visibility == null ? Visibility.FACILITATORS : visibility;
		name = name == null ? null : name.strip();
		purpose = ParticipantDetails.blankToNull(purpose);
		valueChain = ParticipantDetails.blankToNull(valueChain);
		problems = problems == null ? List.of() : problems.stream().map(id -> id == null ? null : id.strip()).toList();
		participants = participants == null ? List.of() : participants.stream().toList();
	}

}
