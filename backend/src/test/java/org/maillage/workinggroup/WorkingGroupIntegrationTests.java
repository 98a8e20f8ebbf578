package org.maillage.workinggroup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.MaillageIntegrationTest;
import org.maillage.TestActors;
import org.maillage.TestCallers;
import org.maillage.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.maillage.GraphQlErrors.expectError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Working groups as facilitators, actors' owners and editors, other members and public visitors live them. Actor A
 * faces the problems; actor B could help with them (its core trade is the problem's needed trade); actor C takes
 * part in nothing. Every subject carries the test's own token, so tests share the database without meeting.
 */
@MaillageIntegrationTest
class WorkingGroupIntegrationTests {

	static final String GROUP_FIELDS = """
			id version kind name purpose status visibility createdBy createdAt
			problems { id title }
			participants { actor { id name } role step status reason answeredAt }""";

	static final String CREATE = """
			mutation($input: CreateWorkingGroupInput!) {
			  createWorkingGroup(input: $input) { workingGroup { %s } }
			}""".formatted(GROUP_FIELDS);

	static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
	};

	@Autowired
	GraphQlTester graphQl;

	String run;

	String ownerA;

	String ownerB;

	String ownerC;

	String facilitator;

	String member;

	String actorA;

	String actorB;

	String actorC;

	/** Actor A's problem, seen by every signed-in person. */
	String problem;

	/** Actor A's problem, seen by facilitators only (and A's members). */
	String facilitatorsProblem;

	/** Actor A's problem, seen by A's members only. */
	String privateProblem;

	@BeforeEach
	void threeActorsAndTheProblemsOfOne() {
		this.run = Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
		this.ownerA = "wg-owner-a-" + this.run;
		this.ownerB = "wg-owner-b-" + this.run;
		this.ownerC = "wg-owner-c-" + this.run;
		this.facilitator = "wg-facilitator-" + this.run;
		this.member = "wg-member-" + this.run;

		TestCallers.signIn(this.ownerA, Role.MEMBER);
		this.actorA = register("Fonderie A " + this.run, "25.50A");
		this.problem = addProblem(this.actorA, "Traitement de surface " + this.run, "MEMBERS");
		this.facilitatorsProblem = addProblem(this.actorA, "Marges en baisse " + this.run, "FACILITATORS");
		this.privateProblem = addProblem(this.actorA, "Secret " + this.run, "PRIVATE");
		TestCallers.signIn(this.ownerB, Role.MEMBER);
		this.actorB = register("Revêtements B " + this.run, "25.61Z");
		TestCallers.signIn(this.ownerC, Role.MEMBER);
		this.actorC = register("Atelier C " + this.run, "25.62A");
	}

	@Test
	void aFacilitatorCreatesAGroupWhoseActorsAreOnlyInvited() {
		asFacilitator();
		Map<String, Object> group = create(input("Cellule surfaces", List.of(this.problem),
				List.of(participant(this.actorA, "lead", "porte le problème"), participant(this.actorB, null, null))));

		assertThat(group).containsEntry("version", 0)
			.containsEntry("kind", "WORKING_GROUP")
			.containsEntry("status", "PROPOSED")
			.containsEntry("visibility", "FACILITATORS")
			.containsEntry("createdBy", this.facilitator);
		assertThat((String) group.get("createdAt")).isNotBlank();
		assertThat(problemIds(group)).containsExactly(this.problem);
		assertThat(participants(group).stream().map(p -> (String) ((Map<?, ?>) p.get("actor")).get("id")).toList())
			.containsExactlyInAnyOrder(this.actorA, this.actorB);
		assertThat(participants(group)).allSatisfy(p -> {
			assertThat(p.get("status")).isEqualTo("INVITED");
			assertThat(p.get("answeredAt")).isNull();
		});
		assertThat(participants(group)).filteredOn(p -> "lead".equals(p.get("role")))
			.singleElement()
			.satisfies(p -> assertThat(p.get("reason")).isEqualTo("porte le problème"));
	}

	@Test
	void onlyFacilitatorsAndAdministratorsRunGroups() {
		TestCallers.signOut();
		expectError(createResponse(input("Public", List.of(this.problem), List.of())), "UNAUTHORIZED", "Sign in");
		TestCallers.signIn(this.member, Role.MEMBER);
		expectError(createResponse(input("Membre", List.of(this.problem), List.of())), "FORBIDDEN",
				"Only facilitators (and administrators)");
		TestCallers.signIn("wg-decision-maker-" + this.run, Role.DECISION_MAKER);
		expectError(createResponse(input("Décideur", List.of(this.problem), List.of())), "FORBIDDEN",
				"Only facilitators (and administrators)");

		asFacilitator();
		String id = createId(input("Cellule", List.of(this.problem), List.of()));
		TestCallers.signIn(this.ownerA, Role.MEMBER);
		expectError(changeStatus(id, 0, "FORMING"), "FORBIDDEN", "Only facilitators");
		expectError(invite(id, this.actorA), "FORBIDDEN", "Only facilitators");
		TestCallers.signOut();
		expectError(changeStatus(id, 0, "FORMING"), "UNAUTHORIZED", "Sign in");
		expectError(answer(id, this.actorA, true), "UNAUTHORIZED", "Sign in");

		TestCallers.signIn("wg-admin-" + this.run, Role.ADMIN);
		changeStatus(id, 0, "FORMING").path("changeWorkingGroupStatus.workingGroup.status").entity(String.class)
			.isEqualTo("FORMING");
	}

	@Test
	void theInputIsCheckedBeforeAnythingIsWritten() {
		asFacilitator();
		expectError(createResponse(input("Sans problème", List.of(), List.of())), "BAD_REQUEST", "1 to 20 problems");
		expectError(createResponse(input(" ", List.of(this.problem), List.of())), "BAD_REQUEST", "name");
		expectError(createResponse(input("x".repeat(201), List.of(this.problem), List.of())), "BAD_REQUEST", "name");
		Map<String, Object> longPurpose = input("Long", List.of(this.problem), List.of());
		longPurpose.put("purpose", "x".repeat(4001));
		expectError(createResponse(longPurpose), "BAD_REQUEST", "purpose");
		expectError(createResponse(input("Inconnu", List.of("no-such-problem-" + this.run), List.of())), "NOT_FOUND",
				"No problem with id no-such-problem-" + this.run);
		expectError(createResponse(input("Caché", List.of(this.privateProblem), List.of())), "NOT_FOUND",
				"No problem with id " + this.privateProblem);
		expectError(createResponse(input("Acteur inconnu", List.of(this.problem),
				List.of(participant("no-such-actor-" + this.run, null, null)))), "NOT_FOUND",
				"No actor with id no-such-actor-" + this.run);
		expectError(createResponse(input("Deux fois", List.of(this.problem),
				List.of(participant(this.actorB, null, null), participant(this.actorB, null, null)))), "BAD_REQUEST",
				"twice");
		Map<String, Object> privateGroup = input("Privé", List.of(this.problem), List.of());
		privateGroup.put("visibility", "PRIVATE");
		expectError(createResponse(privateGroup), "BAD_REQUEST", "visibility must be PUBLIC, MEMBERS or FACILITATORS");
		Map<String, Object> chained = input("Chaîne", List.of(this.problem), List.of());
		chained.put("valueChain", "some-chain");
		expectError(createResponse(chained), "BAD_REQUEST", "valueChain is only for a CONGLOMERATE");
		List<Map<String, Object>> many = new java.util.ArrayList<>();
		for (int i = 0; i < 51; i++) {
			many.add(participant("actor-" + i, null, null));
		}
		expectError(createResponse(input("Foule", List.of(this.problem), many)), "BAD_REQUEST", "at most 50");

		assertThat(groupIds(Map.of("problem", this.problem))).isEmpty();
	}

	@Test
	void onlyAnOwnerOfTheInvitedActorAcceptsForIt() {
		String editor = "wg-editor-b-" + this.run;
		TestCallers.signIn(this.ownerB, Role.MEMBER);
		TestActors.addEditor(this.graphQl, this.actorB, editor);

		asFacilitator();
		String id = createId(input("Cellule", List.of(this.problem),
				List.of(participant(this.actorA, null, null), participant(this.actorB, null, null))));

		expectError(answer(id, this.actorB, true), "FORBIDDEN", "Only the owners of actor " + this.actorB);
		TestCallers.signIn(editor, Role.MEMBER);
		expectError(answer(id, this.actorB, true), "FORBIDDEN", "Only the owners of actor " + this.actorB);
		TestCallers.signIn(this.ownerA, Role.MEMBER);
		expectError(answer(id, this.actorB, true), "FORBIDDEN", "Only the owners of actor " + this.actorB);
		// C takes no part: to its owner, a group seen by facilitators only does not exist
		TestCallers.signIn(this.ownerC, Role.MEMBER);
		expectError(answer(id, this.actorB, true), "NOT_FOUND", "No working group with id " + id);
		expectError(answer(id, this.actorC, true), "NOT_FOUND", "No working group with id " + id);

		TestCallers.signIn(this.ownerB, Role.MEMBER);
		Map<String, Object> group = answer(id, this.actorB, true).path("answerWorkingGroupInvitation.workingGroup")
			.entity(MAP)
			.get();
		assertThat(participant(group, this.actorB)).containsEntry("status", "ACCEPTED");
		assertThat((String) participant(group, this.actorB).get("answeredAt")).isNotBlank();
		assertThat(participant(group, this.actorA)).containsEntry("status", "INVITED");
		expectError(answer(id, this.actorB, false), "CONFLICT", "already answered");
		expectError(answer(id, this.actorA, true), "FORBIDDEN", "Only the owners of actor " + this.actorA);
	}

	@Test
	void aDeclinedActorMayBeInvitedAgain() {
		asFacilitator();
		String id = createId(input("Cellule", List.of(this.problem), List.of(participant(this.actorB, null, null))));
		expectError(invite(id, this.actorB), "CONFLICT", "already invited");

		TestCallers.signIn(this.ownerB, Role.MEMBER);
		Map<String, Object> declined = answer(id, this.actorB, false).path("answerWorkingGroupInvitation.workingGroup")
			.entity(MAP)
			.get();
		assertThat(participant(declined, this.actorB)).containsEntry("status", "DECLINED");

		asFacilitator();
		Map<String, Object> again = invite(id, this.actorB).path("inviteToWorkingGroup.workingGroup").entity(MAP).get();
		assertThat(participant(again, this.actorB)).containsEntry("status", "INVITED");
		assertThat(participant(again, this.actorB).get("answeredAt")).as("answer cleared").isNull();
		TestCallers.signIn(this.ownerB, Role.MEMBER);
		answer(id, this.actorB, true);
		asFacilitator();
		expectError(invite(id, this.actorB), "CONFLICT", "already takes part");
		expectError(invite(id, "no-such-actor-" + this.run), "NOT_FOUND", "No actor with id no-such-actor-" + this.run);
	}

	@Test
	void ownersWithdrawTheirActorAndFacilitatorsRemoveAny() {
		asFacilitator();
		Map<String, Object> members = input("Cellule ouverte", List.of(this.problem),
				List.of(participant(this.actorA, null, null), participant(this.actorB, null, null)));
		members.put("visibility", "MEMBERS");
		String id = createId(members);

		TestCallers.signIn(this.ownerC, Role.MEMBER);
		expectError(leave(id, this.actorA), "FORBIDDEN", "Only facilitators and the owners of actor " + this.actorA);
		TestCallers.signIn(this.ownerB, Role.MEMBER);
		expectError(leave(id, this.actorA), "FORBIDDEN", "Only facilitators and the owners of actor " + this.actorA);
		leave(id, this.actorB).path("leaveWorkingGroup.workingGroup.participants[*].actor.id")
			.entityList(String.class)
			.containsExactly(this.actorA);
		expectError(leave(id, this.actorB), "NOT_FOUND", "No participant of working group " + id);

		asFacilitator();
		leave(id, this.actorA).path("leaveWorkingGroup.workingGroup.participants").entityList(Object.class).hasSize(0);
	}

	@Test
	void statusMovesOnlyForwardUnderAVersionCheckAndClosedIsFinal() {
		asFacilitator();
		String id = createId(input("Cellule", List.of(this.problem), List.of(participant(this.actorB, null, null))));

		changeStatus(id, 0, "FORMING").path("changeWorkingGroupStatus.workingGroup.version").entity(Integer.class)
			.isEqualTo(1);
		expectError(changeStatus(id, 0, "ACTIVE"), "CONFLICT", "has changed since version 0");
		expectError(changeStatus(id, 1, "FORMING"), "CONFLICT", "moves only forward");
		expectError(changeStatus(id, 1, "PROPOSED"), "CONFLICT", "moves only forward");
		changeStatus(id, 1, "ACTIVE").path("changeWorkingGroupStatus.workingGroup.status").entity(String.class)
			.isEqualTo("ACTIVE");
		changeStatus(id, 2, "CLOSED").path("changeWorkingGroupStatus.workingGroup.version").entity(Integer.class)
			.isEqualTo(3);
		expectError(changeStatus(id, 3, "ACTIVE"), "CONFLICT", "is CLOSED");
		expectError(changeStatus(id, 3, "CLOSED"), "CONFLICT", "is CLOSED");
		expectError(invite(id, this.actorC), "CONFLICT", "is CLOSED");
		expectError(leave(id, this.actorB), "CONFLICT", "is CLOSED");
		TestCallers.signIn(this.ownerB, Role.MEMBER);
		expectError(answer(id, this.actorB, true), "CONFLICT", "is CLOSED");

		asFacilitator();
		String skipping = createId(input("Cellule rapide", List.of(this.problem), List.of()));
		changeStatus(skipping, 0, "ACTIVE").path("changeWorkingGroupStatus.workingGroup.status").entity(String.class)
			.isEqualTo("ACTIVE");
		expectError(changeStatus("no-such-group-" + this.run, 0, "ACTIVE"), "NOT_FOUND", "No working group with id");
	}

	@Test
	void aFacilitatorsGroupIsInvisibleToOtherMembersUnlessTheirActorTakesPart() {
		asFacilitator();
		String hidden = createId(input("Cellule discrète", List.of(this.problem),
				List.of(participant(this.actorA, null, null))));
		Map<String, Object> open = input("Cellule ouverte", List.of(this.problem), List.of());
		open.put("visibility", "MEMBERS");
		String forMembers = createId(open);
		Map<String, Object> everyone = input("Cellule publique", List.of(this.problem), List.of());
		everyone.put("visibility", "PUBLIC");
		String forEveryone = createId(everyone);
		assertThat(groupIds(Map.of("problem", this.problem))).containsExactly(forEveryone, forMembers, hidden);

		TestCallers.signIn(this.member, Role.MEMBER);
		assertThat(group(hidden)).isNull();
		assertThat(group(forMembers)).isNotNull();
		assertThat(groupIds(Map.of("problem", this.problem))).containsExactly(forEveryone, forMembers);
		TestCallers.signIn(this.ownerB, Role.MEMBER);
		assertThat(group(hidden)).isNull();
		TestCallers.signIn(this.ownerA, Role.MEMBER);
		assertThat(group(hidden)).isNotNull();
		assertThat(groupIds(Map.of("problem", this.problem))).containsExactly(forEveryone, forMembers, hidden);

		asFacilitator();
		invite(hidden, this.actorB);
		TestCallers.signIn(this.ownerB, Role.MEMBER);
		assertThat(group(hidden)).isNotNull();
		assertThat(groupIds(Map.of("actor", this.actorB))).containsExactly(hidden);

		TestCallers.signOut();
		assertThat(group(forMembers)).isNull();
		assertThat(group(forEveryone)).isNotNull();
		// the problem is MEMBERS: a public visitor sees the group but neither the problem nor a filter on it
		assertThat(problemIds(group(forEveryone))).isEmpty();
		assertThat(groupIds(Map.of("problem", this.problem))).isEmpty();
	}

	@Test
	void aGroupListsOnlyTheProblemsTheCallerMaySee() {
		asFacilitator();
		Map<String, Object> open = input("Cellule", List.of(this.problem, this.facilitatorsProblem), List.of());
		open.put("visibility", "MEMBERS");
		String id = createId(open);
		assertThat(problemIds(group(id))).containsExactlyInAnyOrder(this.problem, this.facilitatorsProblem);

		TestCallers.signIn(this.member, Role.MEMBER);
		assertThat(problemIds(group(id))).containsExactly(this.problem);
		assertThat(groupIds(Map.of("problem", this.facilitatorsProblem))).isEmpty();
		TestCallers.signIn(this.ownerA, Role.MEMBER);
		assertThat(problemIds(group(id))).containsExactlyInAnyOrder(this.problem, this.facilitatorsProblem);
	}

	@Test
	void theListPagesTheMostRecentFirstAndFilters() {
		asFacilitator();
		String first = createId(input("Un", List.of(this.problem), List.of(participant(this.actorB, null, null))));
		Map<String, Object> conglomerate = input("Deux", List.of(this.problem), List.of());
		conglomerate.put("kind", "CONGLOMERATE");
		String second = createId(conglomerate);
		String third = createId(input("Trois", List.of(this.problem, this.facilitatorsProblem), List.of()));
		changeStatus(third, 0, "FORMING");

		assertThat(groupIds(Map.of("problem", this.problem))).containsExactly(third, second, first);
		Map<String, Object> page = this.graphQl.document("""
				query($filter: WorkingGroupFilter, $after: String) {
				  workingGroups(filter: $filter, first: 2, after: $after) {
				    totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }""")
			.variable("filter", Map.of("problem", this.problem))
			.execute()
			.path("workingGroups")
			.entity(MAP)
			.get();
		assertThat(page.get("totalCount")).isEqualTo(3);
		assertThat(((Map<?, ?>) page.get("pageInfo")).get("hasNextPage")).isEqualTo(true);
		this.graphQl.document("""
				query($filter: WorkingGroupFilter, $after: String) {
				  workingGroups(filter: $filter, first: 2, after: $after) {
				    totalCount pageInfo { hasNextPage } edges { node { id } } } }""")
			.variable("filter", Map.of("problem", this.problem))
			.variable("after", ((Map<?, ?>) page.get("pageInfo")).get("endCursor"))
			.execute()
			.path("workingGroups.edges[*].node.id").entityList(String.class).containsExactly(first)
			.path("workingGroups.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false)
			.path("workingGroups.totalCount").entity(Integer.class).isEqualTo(3);

		assertThat(groupIds(Map.of("problem", this.problem, "kinds", List.of("CONGLOMERATE")))).containsExactly(second);
		assertThat(groupIds(Map.of("problem", this.problem, "statuses", List.of("FORMING", "ACTIVE"))))
			.containsExactly(third);
		assertThat(groupIds(Map.of("problem", this.facilitatorsProblem))).containsExactly(third);
		assertThat(groupIds(Map.of("actor", this.actorB))).containsExactly(first);
		assertThat(groupIds(Map.of("actor", this.actorC))).isEmpty();
	}

	@Test
	void everyChangeIsAuditedWithTheGroupAsItsTarget() {
		asFacilitator();
		String id = createId(input("Cellule", List.of(this.problem), List.of(participant(this.actorB, null, null))));
		changeStatus(id, 0, "FORMING");
		TestCallers.signIn(this.ownerC, Role.MEMBER);
		answer(id, this.actorB, true);

		TestCallers.signIn("wg-admin-" + this.run, Role.ADMIN);
		this.graphQl.document("""
				query($target: ID) { auditTrail(target: $target) { edges { node { operation outcome } } } }""")
			.variable("target", id)
			.execute()
			.path("auditTrail.edges[*].node.operation")
			.entityList(String.class)
			.containsExactly("answerWorkingGroupInvitation", "changeWorkingGroupStatus", "createWorkingGroup")
			.path("auditTrail.edges[*].node.outcome")
			.entityList(String.class)
			.containsExactly("REFUSED", "DONE", "DONE");
	}

	@Test
	void anAcceptedSharedGroupIsAnExistingTieInMatchmaking() {
		asFacilitator();
		Map<String, Object> groupInput = input("Cellule liée " + this.run, List.of(this.problem),
				List.of(participant(this.actorA, null, null), participant(this.actorB, null, null)));
		groupInput.put("visibility", "MEMBERS");
		String id = createId(groupInput);
		assertThat(((Number) ties(this.actorB).get("score")).doubleValue()).as("no tie while only invited")
			.isEqualTo(0.0);

		TestCallers.signIn(this.ownerA, Role.MEMBER);
		answer(id, this.actorA, true);
		TestCallers.signIn(this.ownerB, Role.MEMBER);
		answer(id, this.actorB, true);

		asFacilitator();
		Map<String, Object> ties = ties(this.actorB);
		assertThat(((Number) ties.get("score")).doubleValue()).isGreaterThan(0.0);
		assertThat((String) ties.get("reason")).contains("Cellule liée " + this.run);
	}

	/** The EXISTING_TIES signal of an actor ranked for actor A's problem. */
	private Map<String, Object> ties(String actorId) {
		List<Map<String, Object>> matches = this.graphQl.document("""
				query($p: ID!) { matchActors(problem: $p, first: 100) {
				  edges { node { actor { id } signals { signal score reason } } } } }""")
			.variable("p", this.problem)
			.execute()
			.path("matchActors.edges[*].node")
			.entityList(MAP)
			.get();
		Map<String, Object> match = matches.stream()
			.filter(node -> actorId.equals(((Map<?, ?>) node.get("actor")).get("id")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("actor " + actorId + " is not ranked for the problem"));
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> signals = (List<Map<String, Object>>) match.get("signals");
		return signals.stream()
			.filter(signal -> "EXISTING_TIES".equals(signal.get("signal")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no EXISTING_TIES signal: " + signals));
	}

	private void asFacilitator() {
		TestCallers.signIn(this.facilitator, Role.FACILITATOR);
	}

	private String register(String name, String trade) {
		return this.graphQl.document("""
				mutation($name: String!, $trade: String!) { registerActor(input: {kind: COMPANY, sector: PRIVATE,
				  name: $name, commune: "57463", coreTrades: [$trade]}) { actor { id } } }""")
			.variable("name", name)
			.variable("trade", trade)
			.execute()
			.path("registerActor.actor.id")
			.entity(String.class)
			.get();
	}

	private String addProblem(String actorId, String title, String visibility) {
		return this.graphQl.document("""
				mutation($actorId: ID!, $title: String!, $visibility: Visibility!) {
				  addProblem(input: {actorId: $actorId, title: $title, category: INDUSTRY, status: OPEN,
				    visibility: $visibility, needs: [{kind: TRADE, value: "25.61Z"}]}) { problem { id } } }""")
			.variable("actorId", actorId)
			.variable("title", title)
			.variable("visibility", visibility)
			.execute()
			.path("addProblem.problem.id")
			.entity(String.class)
			.get();
	}

	private static Map<String, Object> input(String name, List<String> problems, List<Map<String, Object>> participants) {
		Map<String, Object> input = new HashMap<>();
		input.put("name", name);
		input.put("purpose", "Trouver ensemble une solution");
		input.put("problems", problems);
		input.put("participants", participants);
		return input;
	}

	private static Map<String, Object> participant(String actorId, String role, String reason) {
		Map<String, Object> participant = new HashMap<>();
		participant.put("actorId", actorId);
		participant.put("role", role);
		participant.put("reason", reason);
		return participant;
	}

	private GraphQlTester.Response createResponse(Map<String, Object> input) {
		return this.graphQl.document(CREATE).variable("input", input).execute();
	}

	private Map<String, Object> create(Map<String, Object> input) {
		return createResponse(input).path("createWorkingGroup.workingGroup").entity(MAP).get();
	}

	private String createId(Map<String, Object> input) {
		return (String) create(input).get("id");
	}

	private GraphQlTester.Response changeStatus(String id, int version, String status) {
		return this.graphQl.document("""
				mutation($id: ID!, $version: Int!, $status: WorkingGroupStatus!) {
				  changeWorkingGroupStatus(input: {id: $id, version: $version, status: $status}) {
				    workingGroup { id version status } } }""")
			.variable("id", id)
			.variable("version", version)
			.variable("status", status)
			.execute();
	}

	private GraphQlTester.Response invite(String id, String actorId) {
		return this.graphQl.document("""
				mutation($id: ID!, $actorId: ID!) {
				  inviteToWorkingGroup(input: {id: $id, participant: {actorId: $actorId, reason: "Sait faire"}}) {
				    workingGroup { %s } } }""".formatted(GROUP_FIELDS))
			.variable("id", id)
			.variable("actorId", actorId)
			.execute();
	}

	private GraphQlTester.Response answer(String id, String actorId, boolean accept) {
		return this.graphQl.document("""
				mutation($id: ID!, $actorId: ID!, $accept: Boolean!) {
				  answerWorkingGroupInvitation(input: {id: $id, actorId: $actorId, accept: $accept}) {
				    workingGroup { %s } } }""".formatted(GROUP_FIELDS))
			.variable("id", id)
			.variable("actorId", actorId)
			.variable("accept", accept)
			.execute();
	}

	private GraphQlTester.Response leave(String id, String actorId) {
		return this.graphQl.document("""
				mutation($id: ID!, $actorId: ID!) {
				  leaveWorkingGroup(input: {id: $id, actorId: $actorId}) { workingGroup { %s } } }"""
			.formatted(GROUP_FIELDS))
			.variable("id", id)
			.variable("actorId", actorId)
			.execute();
	}

	/** The group as the caller reads it, or null when the caller may not. */
	private Map<String, Object> group(String id) {
		GraphQlTester.Response response = this.graphQl
			.document("query($id: ID!) { workingGroup(id: $id) { %s } }".formatted(GROUP_FIELDS))
			.variable("id", id)
			.execute();
		response.errors().verify();
		return response.returnResponse().field("workingGroup").getValue();
	}

	private List<String> groupIds(Map<String, Object> filter) {
		return this.graphQl.document("""
				query($filter: WorkingGroupFilter) { workingGroups(filter: $filter, first: 100) {
				  totalCount edges { node { id } } } }""")
			.variable("filter", filter)
			.execute()
			.path("workingGroups.edges[*].node.id")
			.entityList(String.class)
			.get();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> participants(Map<String, Object> group) {
		return (List<Map<String, Object>>) group.get("participants");
	}

	private static Map<String, Object> participant(Map<String, Object> group, String actorId) {
		return participants(group).stream()
			.filter(p -> actorId.equals(((Map<?, ?>) p.get("actor")).get("id")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("actor " + actorId + " is not a participant: " + group));
	}

	@SuppressWarnings("unchecked")
	private static List<String> problemIds(Map<String, Object> group) {
		return ((List<Map<String, Object>>) group.get("problems")).stream().map(p -> (String) p.get("id")).toList();
	}

}
