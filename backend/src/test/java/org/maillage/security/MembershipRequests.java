package org.maillage.security;

import org.springframework.graphql.test.tester.GraphQlTester;

/** The membership mutations of the tests, on one actor, as whoever is signed in. */
final class MembershipRequests {

	private final GraphQlTester graphQl;

	private final String actorId;

	MembershipRequests(GraphQlTester graphQl, String actorId) {
		this.graphQl = graphQl;
		this.actorId = actorId;
	}

	/** Invites {@code <who>@example.org} with this role. */
	GraphQlTester.Response invite(String who, String role) {
		return this.graphQl.document("""
				mutation($actorId: ID!, $email: String!, $role: MembershipRole!) {
				  inviteMember(input: {actorId: $actorId, email: $email, role: $role}) { invitation { id status } }
				}""")
			.variable("actorId", this.actorId)
			.variable("email", who + "@example.org")
			.variable("role", role)
			.execute();
	}

	/** The id of a new invitation of {@code <who>@example.org}. */
	String invited(String who, String role) {
		return invite(who, role).path("inviteMember.invitation.id").entity(String.class).get();
	}

	/** acceptInvitation, declineInvitation or revokeInvitation. */
	GraphQlTester.Response answer(String mutation, String invitation) {
		return this.graphQl.document("mutation($id: ID!) { %s(input: {id: $id}) { invitation { status } } }"
			.formatted(mutation)).variable("id", invitation).execute();
	}

	GraphQlTester.Response leave() {
		return this.graphQl.document("mutation($id: ID!) { leaveActor(input: {actorId: $id}) { actorId } }")
			.variable("id", this.actorId)
			.execute();
	}

	GraphQlTester.Response remove(String personId) {
		return this.graphQl.document("""
				mutation($actorId: ID!, $personId: ID!) { removeMember(input: {actorId: $actorId, personId: $personId}) {
				  members { username } } }""").variable("actorId", this.actorId).variable("personId", personId).execute();
	}

}
