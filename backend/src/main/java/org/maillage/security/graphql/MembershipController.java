package org.maillage.security.graphql;

import java.util.List;

import org.maillage.security.Callers;
import org.maillage.security.Invitation;
import org.maillage.security.Invitations;
import org.maillage.security.Membership;
import org.maillage.security.MembershipRole;
import org.maillage.security.Memberships;
import org.maillage.security.Role;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The caller, the members of actors, invitations and ownership. */
@Controller
class MembershipController {

	private final Callers callers;

	private final Memberships memberships;

	private final Invitations invitations;

	MembershipController(Callers callers, Memberships memberships, Invitations invitations) {
		this.callers = callers;
		this.memberships = memberships;
		this.invitations = invitations;
	}

	@QueryMapping
	Me me() {
		return this.callers.current()
			.filter(caller -> !caller.isSystem())
			.map(caller -> new Me(caller.subject(), caller.username(), caller.email(),
					caller.roles().stream().sorted().toList(), this.memberships.mine(), this.invitations.mine()))
			.orElse(null);
	}

	@QueryMapping
	List<Membership> members(@Argument String actorId) {
		return this.memberships.membersOf(actorId);
	}

	@MutationMapping
	InvitationPayload inviteMember(@Argument InviteMemberInput input) {
		return new InvitationPayload(this.invitations.invite(input.actorId(), input.email(), input.role()));
	}

	@MutationMapping
	InvitationPayload acceptInvitation(@Argument InvitationInput input) {
		return new InvitationPayload(this.invitations.accept(input.id()));
	}

	@MutationMapping
	InvitationPayload declineInvitation(@Argument InvitationInput input) {
		return new InvitationPayload(this.invitations.decline(input.id()));
	}

	@MutationMapping
	InvitationPayload revokeInvitation(@Argument InvitationInput input) {
		return new InvitationPayload(this.invitations.revoke(input.id()));
	}

	@MutationMapping
	MembersPayload removeMember(@Argument RemoveMemberInput input) {
		return new MembersPayload(this.memberships.remove(input.actorId(), input.personId()));
	}

	@MutationMapping
	MembersPayload transferOwnership(@Argument TransferOwnershipInput input) {
		return new MembersPayload(this.memberships.transferOwnership(input.actorId(), input.toPersonId()));
	}

	@MutationMapping
	LeaveActorPayload leaveActor(@Argument LeaveActorInput input) {
		this.memberships.leave(input.actorId());
		return new LeaveActorPayload(input.actorId());
	}

	record Me(String id, String username, String email, List<Role> roles, List<Membership> memberships,
			List<Invitation> invitations) {
	}

	record InviteMemberInput(String actorId, String email, MembershipRole role) {
	}

	record InvitationInput(String id) {
	}

	record TransferOwnershipInput(String actorId, String toPersonId) {
	}

	record LeaveActorInput(String actorId) {
	}

	record RemoveMemberInput(String actorId, String personId) {
	}

	record InvitationPayload(Invitation invitation) {
	}

	record MembersPayload(List<Membership> members) {
	}

	record LeaveActorPayload(String actorId) {
	}

}
