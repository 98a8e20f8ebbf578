package org.maillage.workinggroup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.ApiAndGraphTests;
import org.maillage.MaillageIntegrationTest;
import org.maillage.Races;
import org.maillage.TestActors;
import org.maillage.TestCallers;
import org.maillage.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** A group's limit, its answers and its status hold when facilitators and owners act on it at the same moment. */
@MaillageIntegrationTest
class WorkingGroupRacesIntegrationTests extends ApiAndGraphTests {

	String run;

	String owner;

	String facilitator;

	String problem;

	@BeforeEach
	void anActorWithAProblem() {
		this.run = Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
		this.owner = "race-owner-" + this.run;
		this.facilitator = "race-facilitator-" + this.run;
		TestCallers.signIn(this.owner, Role.MEMBER);
		String actor = register("Porteur");
		this.problem = TestActors.addProblem(this.graphQl, actor, Map.of("title", "Pénurie", "category", "SUPPLY"));
	}

	@Test
	void invitationsArrivingTogetherStopAtFiftyParticipants() {
		List<String> actors = new ArrayList<>();
		for (int i = 0; i < 53; i++) {
			actors.add(register("Participant " + i));
		}
		String group = create(actors.subList(0, 48));
		List<String> outcomes = Races.run(5, i -> () -> {
			TestCallers.signIn(this.facilitator, Role.FACILITATOR);
			return this.graphQl.document("""
					mutation($id: ID!, $actorId: ID!) {
					  inviteToWorkingGroup(input: {id: $id, participant: {actorId: $actorId}}) { workingGroup { id } } }""")
				.variable("id", group)
				.variable("actorId", actors.get(48 + i))
				.execute();
		});
		assertThat(Races.count(outcomes, "OK")).isEqualTo(2);
		assertThat(Races.count(outcomes, "BAD_REQUEST")).isEqualTo(3);
		assertThat(this.neo4j.query("MATCH (:Actor)-[r:PARTICIPATES_IN]->(:WorkingGroup {id: $id}) RETURN count(r)")
			.bind(group)
			.to("id")
			.fetchAs(Long.class)
			.one()).contains(50L);
	}

	@Test
	void anInvitationAnsweredTenTimesAtOnceKeepsTheOneAnswerThatWon() {
		TestCallers.signIn(this.owner, Role.MEMBER);
		String invited = register("Invité");
		String group = create(List.of(invited));
		List<String> outcomes = Races.run(10, i -> () -> {
			TestCallers.signIn(this.owner, Role.MEMBER);
			return this.graphQl.document("""
					mutation($id: ID!, $actorId: ID!, $accept: Boolean!) {
					  answerWorkingGroupInvitation(input: {id: $id, actorId: $actorId, accept: $accept}) {
					    workingGroup { id } } }""")
				.variable("id", group)
				.variable("actorId", invited)
				.variable("accept", i % 2 == 0)
				.execute();
		});
		assertThat(Races.count(outcomes, "OK")).isEqualTo(1);
		assertThat(Races.count(outcomes, "CONFLICT")).isEqualTo(9);
		String winner = outcomes.indexOf("OK") % 2 == 0 ? "ACCEPTED" : "DECLINED";
		assertThat(this.neo4j.query("""
				MATCH (:Actor {id: $actorId})-[r:PARTICIPATES_IN]->(:WorkingGroup {id: $id}) RETURN r.status""")
			.bindAll(Map.of("id", group, "actorId", invited))
			.fetchAs(String.class)
			.one()).contains(winner);
	}

	@Test
	void ofTenStatusChangesFromOneVersionOneWins() {
		String group = create(List.of());
		List<String> outcomes = Races.run(10, i -> () -> {
			TestCallers.signIn(this.facilitator, Role.FACILITATOR);
			return this.graphQl.document("""
					mutation($id: ID!) { changeWorkingGroupStatus(input: {id: $id, version: 0, status: FORMING}) {
					  workingGroup { version } } }""")
				.variable("id", group)
				.execute();
		});
		assertThat(Races.count(outcomes, "OK")).isEqualTo(1);
		assertThat(Races.count(outcomes, "CONFLICT")).isEqualTo(9);
	}

	private String register(String name) {
		return TestActors.register(this.graphQl, name + " " + this.run);
	}

	private String create(List<String> participants) {
		TestCallers.signIn(this.facilitator, Role.FACILITATOR);
		return this.graphQl.document("""
				mutation($input: CreateWorkingGroupInput!) { createWorkingGroup(input: $input) { workingGroup { id } } }""")
			.variable("input", Map.of("name", "Cellule " + this.run, "problems", List.of(this.problem), "participants",
					participants.stream().map(id -> Map.of("actorId", id)).toList()))
			.execute()
			.path("createWorkingGroup.workingGroup.id")
			.entity(String.class)
			.get();
	}

}
