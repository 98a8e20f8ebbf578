package org.maillage.security;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.MaillageIntegrationTest;
import org.maillage.TestCallers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.maillage.GraphQlErrors.expectError;
import static org.assertj.core.api.Assertions.assertThat;

/** Invitations, consent, ownership transfer and leaving, as owners, invitees and strangers live them. */
@MaillageIntegrationTest
class MembershipIntegrationTests {

	@Autowired
	GraphQlTester graphQl;

	String owner;

	String invitee;

	String stranger;

	String actorId;

	@BeforeEach
	void anOwnerWithAnActor() {
		String run = Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
		this.owner = "owner-" + run;
		this.invitee = "invitee-" + run;
		this.stranger = "stranger-" + run;
		TestCallers.signIn(this.owner, Role.MEMBER);
		this.actorId = this.graphQl.document("""
				mutation { registerActor(input: {kind: COMPANY, sector: PRIVATE, name: "Coopérative", commune: "57463"}) {
				  actor { id } } }""").execute().path("registerActor.actor.id").entity(String.class).get();
	}

	@Test
	void anInviteeJoinsOnlyWhenItAccepts() {
		String invitation = invite(this.invitee, "EDITOR");

		TestCallers.signIn(this.invitee, Role.MEMBER);
		expectError(addKnowHow(), "FORBIDDEN", "Only the members of actor");
		this.graphQl.document("{ me { username invitations { id role status actor { name } } } }").execute()
			.path("me.invitations[0].id").entity(String.class).isEqualTo(invitation)
			.path("me.invitations[0].actor.name").entity(String.class).isEqualTo("Coopérative");

		TestCallers.signIn(this.stranger, Role.MEMBER);
		expectError(answer("acceptInvitation", invitation), "NOT_FOUND", "No invitation for you");

		TestCallers.signIn(this.invitee, Role.MEMBER);
		answer("acceptInvitation", invitation).path("acceptInvitation.invitation.status").entity(String.class)
			.isEqualTo("ACCEPTED");
		addKnowHow().path("addKnowHow.knowHow.id").hasValue();
		expectError(answer("acceptInvitation", invitation), "CONFLICT", "already answered");
		this.graphQl.document("{ me { memberships { role actor { id } } } }").execute()
			.path("me.memberships[0].role").entity(String.class).isEqualTo("EDITOR");
	}

	@Test
	void anUnverifiedAddressNeitherSeesNorAcceptsTheInvitationsSentToIt() {
		String invitation = invite(this.invitee, "OWNER");
		TestCallers.signIn(this.invitee, false, Role.MEMBER);
		this.graphQl.document("{ me { invitations { id } } }").execute()
			.path("me.invitations").entityList(Object.class).hasSize(0);
		expectError(answer("acceptInvitation", invitation), "NOT_FOUND", "No invitation for you");
		expectError(addKnowHow(), "FORBIDDEN", "Only the members of actor");
	}

	@Test
	void anOwnerWithdrawsAnInvitationAndRemovesAMember() {
		String withdrawn = invite(this.stranger, "EDITOR");
		this.graphQl.document("mutation($id: ID!) { revokeInvitation(input: {id: $id}) { invitation { status } } }")
			.variable("id", withdrawn).execute()
			.path("revokeInvitation.invitation.status").entity(String.class).isEqualTo("REVOKED");
		TestCallers.signIn(this.stranger, Role.MEMBER);
		expectError(answer("acceptInvitation", withdrawn), "CONFLICT", "already answered");

		TestCallers.signIn(this.owner, Role.MEMBER);
		String invitation = invite(this.invitee, "EDITOR");
		TestCallers.signIn(this.invitee, Role.MEMBER);
		answer("acceptInvitation", invitation);
		expectError(requests().remove(this.owner), "FORBIDDEN", "Only the owners of actor");

		TestCallers.signIn(this.owner, Role.MEMBER);
		expectError(requests().remove(this.owner), "CONFLICT", "This is the last owner");
		requests().remove(this.invitee)
			.path("removeMember.members[*].username").entityList(String.class).containsExactly(this.owner);
		TestCallers.signIn(this.invitee, Role.MEMBER);
		expectError(addKnowHow(), "FORBIDDEN", "Only the members of actor");
	}

	@Test
	void aDeclinedInvitationChangesNothing() {
		String invitation = invite(this.invitee, "OWNER");
		TestCallers.signIn(this.invitee, Role.MEMBER);
		answer("declineInvitation", invitation).path("declineInvitation.invitation.status").entity(String.class)
			.isEqualTo("DECLINED");
		expectError(addKnowHow(), "FORBIDDEN", "Only the members of actor");
	}

	@Test
	void onlyOwnersInviteAndNobodyIsInvitedTwice() {
		invite(this.invitee, "EDITOR");
		expectError(inviteResponse(this.invitee, "EDITOR"), "CONFLICT", "already has a pending invitation");
		expectError(inviteResponse(this.owner, "EDITOR"), "CONFLICT", "already a member");

		TestCallers.signIn(this.stranger, Role.MEMBER);
		expectError(inviteResponse("someone-else", "EDITOR"), "FORBIDDEN", "Only the owners of actor");
		expectError(this.graphQl.document("query($id: ID!) { members(actorId: $id) { username } }")
			.variable("id", this.actorId).execute(), "FORBIDDEN", "Only the members of actor");
	}

	@Test
	void theLastOwnerCannotLeaveButCanHandOver() {
		expectError(leave(), "CONFLICT", "You are the last owner");

		String invitation = invite(this.invitee, "EDITOR");
		TestCallers.signIn(this.invitee, Role.MEMBER);
		answer("acceptInvitation", invitation);

		TestCallers.signIn(this.owner, Role.MEMBER);
		this.graphQl.document("""
				mutation($actorId: ID!, $to: ID!) { transferOwnership(input: {actorId: $actorId, toPersonId: $to}) {
				  members { username role } } }""")
			.variable("actorId", this.actorId)
			.variable("to", this.invitee)
			.execute()
			.path("transferOwnership.members[0].username").entity(String.class).isEqualTo(this.invitee)
			.path("transferOwnership.members[0].role").entity(String.class).isEqualTo("OWNER")
			.path("transferOwnership.members[1].role").entity(String.class).isEqualTo("EDITOR");
		leave().path("leaveActor.actorId").entity(String.class).isEqualTo(this.actorId);
		expectError(addKnowHow(), "FORBIDDEN", "Only the members of actor");

		TestCallers.signIn(this.invitee, Role.MEMBER);
		expectError(leave(), "CONFLICT", "You are the last owner");
	}

	private String invite(String who, String role) {
		return requests().invited(who, role);
	}

	private GraphQlTester.Response inviteResponse(String who, String role) {
		return requests().invite(who, role);
	}

	private GraphQlTester.Response answer(String mutation, String invitation) {
		return requests().answer(mutation, invitation);
	}

	private MembershipRequests requests() {
		return new MembershipRequests(this.graphQl, this.actorId);
	}

	private GraphQlTester.Response addKnowHow() {
		return this.graphQl.document("""
				mutation($actorId: ID!) { addKnowHow(input: {actorId: $actorId, name: "Savoir", visibility: PUBLIC}) {
				  knowHow { id } } }""").variable("actorId", this.actorId).execute();
	}

	private GraphQlTester.Response leave() {
		return requests().leave();
	}

}
