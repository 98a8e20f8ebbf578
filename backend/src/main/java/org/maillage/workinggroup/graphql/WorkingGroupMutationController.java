package org.maillage.workinggroup.graphql;

import org.maillage.workinggroup.WorkingGroupDetails;
import org.maillage.workinggroup.WorkingGroupLifecycle;
import org.maillage.workinggroup.graphql.WorkingGroupInputs.AnswerWorkingGroupInvitationInput;
import org.maillage.workinggroup.graphql.WorkingGroupInputs.ChangeWorkingGroupStatusInput;
import org.maillage.workinggroup.graphql.WorkingGroupInputs.InviteToWorkingGroupInput;
import org.maillage.workinggroup.graphql.WorkingGroupInputs.LeaveWorkingGroupInput;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** The groups' mutations; who may do what is checked by {@link WorkingGroupLifecycle}. */
@Controller
class WorkingGroupMutationController {

	private final WorkingGroupLifecycle lifecycle;

	WorkingGroupMutationController(WorkingGroupLifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@MutationMapping
	WorkingGroupPayload createWorkingGroup(@Argument WorkingGroupDetails input) {
		return new WorkingGroupPayload(this.lifecycle.create(input));
	}

	@MutationMapping
	WorkingGroupPayload changeWorkingGroupStatus(@Argument ChangeWorkingGroupStatusInput input) {
		return new WorkingGroupPayload(this.lifecycle.changeStatus(input.id(), input.version(), input.status()));
	}

	@MutationMapping
	WorkingGroupPayload inviteToWorkingGroup(@Argument InviteToWorkingGroupInput input) {
		return new WorkingGroupPayload(this.lifecycle.invite(input.id(), input.participant()));
	}

	@MutationMapping
	WorkingGroupPayload answerWorkingGroupInvitation(@Argument AnswerWorkingGroupInvitationInput input) {
		return new WorkingGroupPayload(this.lifecycle.answer(input.id(), input.actorId(), input.accept()));
	}

	@MutationMapping
	WorkingGroupPayload leaveWorkingGroup(@Argument LeaveWorkingGroupInput input) {
		return new WorkingGroupPayload(this.lifecycle.leave(input.id(), input.actorId()));
	}

}
