package org.maillage.workinggroup.graphql;

import org.maillage.workinggroup.ParticipantDetails;
import org.maillage.workinggroup.WorkingGroupStatus;

/**
 * The mutations' input types, as the schema declares them. {@code CreateWorkingGroupInput} binds straight to
 * {@link org.maillage.workinggroup.WorkingGroupDetails}, whose fields are the input's.
 */
final class WorkingGroupInputs {

	private WorkingGroupInputs() {
	}

	record ChangeWorkingGroupStatusInput(String id, long version, WorkingGroupStatus status) {
	}

	record InviteToWorkingGroupInput(String id, ParticipantDetails participant) {
	}

	record AnswerWorkingGroupInvitationInput(String id, String actorId, boolean accept) {
	}

	record LeaveWorkingGroupInput(String id, String actorId) {
	}

}
