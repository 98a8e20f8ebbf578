package org.maillage.security;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.maillage.ApiAndGraphTests;
import org.maillage.MaillageIntegrationTest;
import org.maillage.Races;
import org.maillage.TestCallers;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invitations, answers and ownership keep their rules when the requests that change them arrive at once: one
 * pending invitation per address, one answer per invitation, never an actor without an owner.
 */
@MaillageIntegrationTest
class MembershipRacesIntegrationTests extends ApiAndGraphTests {

	String run;

	String owner;

	String actorId;

	@BeforeEach
	void anOwnerWithAnActor() {
		this.run = Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
		this.owner = "owner-" + this.run;
		TestCallers.signIn(this.owner, Role.MEMBER);
		this.actorId = this.graphQl.document("""
				mutation { registerActor(input: {kind: COMPANY, sector: PRIVATE, name: "Disputée", commune: "57463"}) {
				  actor { id } } }""").execute().path("registerActor.actor.id").entity(String.class).get();
	}

	@Test
	void tenInvitationsOfOneAddressAtOnceMakeOnePendingInvitation() {
		String invitee = "invitee-" + this.run;
		List<String> outcomes = Races.run(10, i -> () -> {
			TestCallers.signIn(this.owner, Role.MEMBER);
			return invite(invitee);
		});
		assertThat(Races.count(outcomes, "OK")).isEqualTo(1);
		assertThat(Races.count(outcomes, "CONFLICT")).isEqualTo(9);
		assertThat(count("""
				MATCH (:Invitation {email: $email, status: 'PENDING'})-[:TO_JOIN]->(:Actor {id: $actorId})
				RETURN count(*)""", Map.of("email", invitee + "@example.org"))).isEqualTo(1);
	}

	@Test
	void anInvitationAcceptedTenTimesAtOnceIsAcceptedOnce() {
		String invitee = "invitee-" + this.run;
		String invitation = invite(invitee).path("inviteMember.invitation.id").entity(String.class).get();
		List<String> outcomes = Races.run(10, i -> () -> {
			TestCallers.signIn(invitee, Role.MEMBER);
			return answer("acceptInvitation", invitation);
		});
		assertThat(Races.count(outcomes, "OK")).isEqualTo(1);
		assertThat(Races.count(outcomes, "CONFLICT")).isEqualTo(9);
		assertThat(count("MATCH (:Person {subject: $subject})-[m:MEMBER_OF]->(:Actor {id: $actorId}) RETURN count(m)",
				Map.of("subject", invitee))).isEqualTo(1);
	}

	@RepeatedTest(6)
	void aRevocationRacingAnAcceptanceHasOneWinnerAndTheOutcomeMatchesIt() {
		String invitee = "invitee-" + this.run;
		String invitation = invite(invitee).path("inviteMember.invitation.id").entity(String.class).get();
		List<String> outcomes = Races.run(2, i -> () -> {
			if (i == 0) {
				TestCallers.signIn(this.owner, Role.MEMBER);
				return answer("revokeInvitation", invitation);
			}
			TestCallers.signIn(invitee, Role.MEMBER);
			return answer("acceptInvitation", invitation);
		});
		assertThat(outcomes).containsExactlyInAnyOrder("OK", "CONFLICT");
		boolean accepted = outcomes.get(1).equals("OK");
		assertThat(count("MATCH (:Person {subject: $subject})-[m:MEMBER_OF]->(:Actor {id: $actorId}) RETURN count(m)",
				Map.of("subject", invitee))).isEqualTo(accepted ? 1 : 0);
		assertThat(this.neo4j.query("MATCH (i:Invitation {id: $id}) RETURN i.status")
			.bind(invitation)
			.to("id")
			.fetchAs(String.class)
			.one()).contains(accepted ? "ACCEPTED" : "REVOKED");
	}

	@RepeatedTest(6)
	void twoOwnersLeavingOrRemovingEachOtherAtOnceLeaveOneOwner() {
		String second = "second-" + this.run;
		String invitation = invite(second, "OWNER").path("inviteMember.invitation.id").entity(String.class).get();
		TestCallers.signIn(second, Role.MEMBER);
		answer("acceptInvitation", invitation).path("acceptInvitation.invitation.status").entity(String.class)
			.isEqualTo("ACCEPTED");
		boolean removeEachOther = ThreadLocalRandom.current().nextBoolean();
		List<String> owners = List.of(this.owner, second);
		List<String> outcomes = Races.run(2, i -> () -> {
			TestCallers.signIn(owners.get(i), Role.MEMBER);
			return removeEachOther ? remove(owners.get(1 - i)) : leave();
		});
		// the second to leave is the last owner; the second to remove the other is no longer an owner
		assertThat(outcomes).containsExactlyInAnyOrder("OK", removeEachOther ? "FORBIDDEN" : "CONFLICT");
		assertThat(count("MATCH (:Person)-[m:MEMBER_OF {role: 'OWNER'}]->(:Actor {id: $actorId}) RETURN count(m)",
				Map.of())).isEqualTo(1);
	}

	private GraphQlTester.Response invite(String who) {
		return invite(who, "EDITOR");
	}

	private GraphQlTester.Response invite(String who, String role) {
		return requests().invite(who, role);
	}

	private GraphQlTester.Response answer(String mutation, String invitation) {
		return requests().answer(mutation, invitation);
	}

	private GraphQlTester.Response leave() {
		return requests().leave();
	}

	private GraphQlTester.Response remove(String personId) {
		return requests().remove(personId);
	}

	private MembershipRequests requests() {
		return new MembershipRequests(this.graphQl, this.actorId);
	}

	private long count(String query, Map<String, Object> parameters) {
		Map<String, Object> all = new java.util.HashMap<>(parameters);
		all.put("actorId", this.actorId);
		return this.neo4j.query(query).bindAll(all).fetchAs(Long.class).one().orElse(0L);
	}

}
