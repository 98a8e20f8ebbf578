package org.maillage.workspace;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import org.maillage.ApiAndGraphTests;
import org.maillage.MaillageIntegrationTest;
import org.maillage.Races;
import org.maillage.TestActors;
import org.maillage.TestCallers;
import org.maillage.TestHttp;
import org.maillage.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.GraphQlErrors.expectError;

/**
 * A group's workspace as the people around it live it, each a demo user signed in with a token of the run's real
 * Keycloak: alice owns actor A, which accepted to take part; bruno owns actor B, invited but not answering; maya
 * owns actor C, which takes no part; fatima is a facilitator; and the public visitor. Each test builds its own
 * actors and group, named with a token of its own.
 */
@MaillageIntegrationTest
class WorkspaceIntegrationTests extends ApiAndGraphTests {

	static final String WORKSPACE = """
			query($group: ID!) { workspace(group: $group) {
			  group { id name }
			  members { personId username actor { id } }
			  meetings(first: 10) { totalCount edges { node { id version startsAt place videoLink agenda minutes
			    attendees { personId username } createdBy } } }
			  decisions(first: 10) { totalCount edges { node { id text decidedOn meeting { id } createdBy } } }
			  tasks(first: 10) { totalCount edges { node { id version title status dueOn responsibleActor { id }
			    responsiblePerson { personId username } } } }
			  documents(first: 10) { totalCount edges { node { id title url sharedBy } } }
			} }""";

	static final String SCHEDULE = """
			mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) {
			  meeting { id version startsAt place videoLink agenda minutes attendees { personId username } } } }""";

	static final String UPDATE_MEETING = """
			mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) {
			  meeting { id version startsAt minutes attendees { personId } } } }""";

	static final String DECIDE = """
			mutation($input: RecordDecisionInput!) { recordDecision(input: $input) {
			  decision { id text decidedOn meeting { id startsAt } } } }""";

	static final String ADD_TASK = """
			mutation($input: AddTaskInput!) { addTask(input: $input) {
			  task { id version title status dueOn responsibleActor { id name } responsiblePerson { personId } } } }""";

	static final String UPDATE_TASK = """
			mutation($input: UpdateTaskInput!) { updateTask(input: $input) { task { id version title status } } }""";

	static final String SHARE = """
			mutation($input: ShareDocumentInput!) { shareDocument(input: $input) { document { id title url sharedBy } } }""";

	@Autowired
	JwtDecoder jwtDecoder;

	@Autowired
	JwtAuthenticationConverter jwtAuthenticationConverter;

	@LocalServerPort
	int port;

	DemoUsers users;

	String run;

	String actorA;

	String actorB;

	String actorC;

	String group;

	/** alice's id at the sign-in service: her person's id. */
	String alice;

	@BeforeEach
	void aGroupWhereActorATakesPartAndActorBIsOnlyInvited() {
		this.users = new DemoUsers(this.graphQl, this.jwtDecoder, this.jwtAuthenticationConverter);
		this.run = TestActors.newToken();
		this.users.signIn("alice");
		this.actorA = TestActors.register(this.graphQl, "Fonderie A " + this.run);
		String problem = this.graphQl.document("""
				mutation($actorId: ID!, $title: String!) { addProblem(input: {actorId: $actorId, title: $title,
				  category: SUPPLY, visibility: MEMBERS}) { problem { id } } }""")
			.variable("actorId", this.actorA)
			.variable("title", "Approvisionnement " + this.run)
			.execute()
			.path("addProblem.problem.id")
			.entity(String.class)
			.get();
		this.alice = this.graphQl.document("{ me { id } }").execute().path("me.id").entity(String.class).get();
		this.users.signIn("bruno");
		this.actorB = TestActors.register(this.graphQl, "Revêtements B " + this.run);
		this.users.signIn("maya");
		this.actorC = TestActors.register(this.graphQl, "Atelier C " + this.run);
		this.users.signIn("fatima");
		this.group = this.graphQl.document("""
				mutation($problem: ID!, $a: ID!, $b: ID!, $name: String!) { createWorkingGroup(input: {name: $name,
				  problems: [$problem], participants: [{actorId: $a}, {actorId: $b}]}) { workingGroup { id } } }""")
			.variable("problem", problem)
			.variable("a", this.actorA)
			.variable("b", this.actorB)
			.variable("name", "Cellule " + this.run)
			.execute()
			.path("createWorkingGroup.workingGroup.id")
			.entity(String.class)
			.get();
		this.users.signIn("alice");
		this.users.accept(this.group, this.actorA);
	}

	@Test
	void aParticipantsMemberHoldsAMeetingRecordsADecisionAndSharesTheWork() {
		this.users.signIn("alice");
		GraphQlTester.Response members = workspace(this.group);
		members.path("workspace.group.name").entity(String.class).isEqualTo("Cellule " + this.run);
		// bruno's actor has not accepted: only A's members may attend or carry a task
		members.path("workspace.members[*].actor.id").entityList(String.class).containsExactly(this.actorA);
		members.path("workspace.members[0].personId").entity(String.class).isEqualTo(this.alice);

		Map<String, Object> meeting = new HashMap<>(Map.of("groupId", this.group, "startsAt",
				"2026-03-12T14:00:00+01:00", "place", "CCI Moselle, Metz", "videoLink", "https://visio.example.org/cellule",
				"agenda", "1. Gisements\n2. Procédés", "attendees", List.of(this.alice)));
		GraphQlTester.Response scheduled = execute(SCHEDULE, meeting);
		scheduled.path("scheduleMeeting.meeting.startsAt").entity(String.class).isEqualTo("2026-03-12T13:00:00Z");
		scheduled.path("scheduleMeeting.meeting.attendees[0].username").entity(String.class).isEqualTo("alice");
		String meetingId = scheduled.path("scheduleMeeting.meeting.id").entity(String.class).get();
		Map<String, Object> held = new HashMap<>(meeting);
		held.remove("groupId");
		held.putAll(Map.of("id", meetingId, "version", 0, "minutes", "## Relevé\n- **Gisement** : 40 t/an"));
		execute(UPDATE_MEETING, held).path("updateMeeting.meeting.version").entity(Integer.class).isEqualTo(1);

		execute(DECIDE, Map.of("groupId", this.group, "text", "Lancer une étude de gisement", "decidedOn",
				"2026-03-12", "meetingId", meetingId)).path("recordDecision.decision.meeting.id")
			.entity(String.class)
			.isEqualTo(meetingId);
		execute(ADD_TASK, Map.of("groupId", this.group, "title", "Chiffrer le gisement", "responsibleActor",
				this.actorA, "responsiblePerson", this.alice, "dueOn", "2026-04-30"))
			.path("addTask.task.status").entity(String.class).isEqualTo("TODO")
			.path("addTask.task.responsibleActor.name").entity(String.class).isEqualTo("Fonderie A " + this.run);
		execute(SHARE, Map.of("groupId", this.group, "title", "Compte rendu", "url",
				"https://docs.example.org/cr.pdf")).path("shareDocument.document.sharedBy")
			.entity(String.class)
			.isEqualTo("alice");

		// a facilitator sees what the participants wrote
		this.users.signIn("fatima");
		GraphQlTester.Response seen = workspace(this.group);
		seen.path("workspace.meetings.totalCount").entity(Integer.class).isEqualTo(1);
		seen.path("workspace.meetings.edges[0].node.minutes").entity(String.class)
			.isEqualTo("## Relevé\n- **Gisement** : 40 t/an");
		seen.path("workspace.meetings.edges[0].node.place").entity(String.class).isEqualTo("CCI Moselle, Metz");
		seen.path("workspace.decisions.edges[0].node.text").entity(String.class)
			.isEqualTo("Lancer une étude de gisement");
		seen.path("workspace.decisions.edges[0].node.meeting.id").entity(String.class).isEqualTo(meetingId);
		seen.path("workspace.tasks.edges[0].node.responsiblePerson.username").entity(String.class).isEqualTo("alice");
		seen.path("workspace.tasks.edges[0].node.dueOn").entity(String.class).isEqualTo("2026-04-30");
		seen.path("workspace.documents.edges[0].node.url").entity(String.class)
			.isEqualTo("https://docs.example.org/cr.pdf");

		// every write is in the audit trail, under the group
		assertThat(this.neo4j.query("""
				MATCH (e:AuditEntry {target: $group}) RETURN e.operation + ' ' + e.username + ' ' + e.outcome""")
			.bind(this.group)
			.to("group")
			.fetchAs(String.class)
			.all()).contains("scheduleMeeting alice DONE", "updateMeeting alice DONE", "recordDecision alice DONE",
					"addTask alice DONE", "shareDocument alice DONE");

		// the facilitator writes too, and the link goes
		String document = workspace(this.group).path("workspace.documents.edges[0].node.id").entity(String.class).get();
		execute("mutation($input: RemoveSharedDocumentInput!) { removeSharedDocument(input: $input) { id } }",
				Map.of("id", document)).path("removeSharedDocument.id").entity(String.class).isEqualTo(document);
		workspace(this.group).path("workspace.documents.totalCount").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void noOneElseLearnsEvenThatTheWorkspaceExists() {
		this.users.signIn("alice");
		String task = addTask("Tâche discrète", null);
		for (String outsider : new String[] { "bruno", "maya", "denis", null }) {
			this.users.signIn(outsider);
			workspace(this.group).path("workspace").valueIsNull();
			workspace("no-such-group-" + this.run).path("workspace").valueIsNull();
			if (outsider == null) {
				expectError(share(this.group), "UNAUTHORIZED", "Sign in to share a document");
				continue;
			}
			// the same answer as for a group that does not exist
			expectError(share(this.group), "NOT_FOUND", "No working group with id " + this.group);
			expectError(share("no-such-group-" + this.run), "NOT_FOUND", "No working group with id no-such-group");
			expectError(execute(UPDATE_TASK, Map.of("id", task, "version", 0, "title", "Volée", "responsibleActor",
					this.actorA, "status", "DONE")), "NOT_FOUND", "No task with id " + task);
		}
		assertThat(this.neo4j.query("MATCH (t:Task {id: $id}) RETURN t.title + ' ' + t.version")
			.bind(task)
			.to("id")
			.fetchAs(String.class)
			.one()).contains("Tâche discrète 0");

		// once its actor accepts, bruno works in the workspace
		this.users.signIn("bruno");
		this.users.accept(this.group, this.actorB);
		workspace(this.group).path("workspace.tasks.edges[0].node.title").entity(String.class)
			.isEqualTo("Tâche discrète");
	}

	@Test
	void listsComePageByPage() {
		this.users.signIn("alice");
		for (String due : new String[] { "2026-05-05", "2026-05-01", "2026-05-03", "2026-05-02", "2026-05-04" }) {
			addTask("Échéance " + due, due);
		}
		List<String> titles = new java.util.ArrayList<>();
		String after = null;
		for (int page = 0; page < 3; page++) {
			GraphQlTester.Response response = this.graphQl.document("""
					query($group: ID!, $after: String) { workspace(group: $group) {
					  tasks(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor }
					    edges { node { title } } } } }""")
				.variable("group", this.group)
				.variable("after", after)
				.execute();
			response.path("workspace.tasks.totalCount").entity(Integer.class).isEqualTo(5);
			response.path("workspace.tasks.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(page < 2);
			titles.addAll(response.path("workspace.tasks.edges[*].node.title").entityList(String.class).get());
			after = response.path("workspace.tasks.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(titles).containsExactly("Échéance 2026-05-01", "Échéance 2026-05-02", "Échéance 2026-05-03",
				"Échéance 2026-05-04", "Échéance 2026-05-05");
		this.graphQl.document("""
				query($group: ID!) { workspace(group: $group) { tasks(statuses: [DONE, CANCELLED]) { totalCount } } }""")
			.variable("group", this.group)
			.execute()
			.path("workspace.tasks.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
	}

	@Test
	void wrongInputIsRefusedNamingTheField() {
		this.users.signIn("alice");
		String meeting = execute(SCHEDULE, Map.of("groupId", this.group, "startsAt", "2026-03-12T14:00:00Z"))
			.path("scheduleMeeting.meeting.id").entity(String.class).get();
		expectError(execute(SCHEDULE, Map.of("groupId", this.group, "startsAt", "12/03/2026")), "BAD_REQUEST",
				"startsAt must be an ISO 8601 instant with its offset");
		expectError(execute(SCHEDULE, Map.of("groupId", this.group, "startsAt", "2026-03-12T14:00:00Z", "minutes",
				"x".repeat(20_001))), "BAD_REQUEST", "minutes is longer than");
		expectError(execute(SCHEDULE, Map.of("groupId", this.group, "startsAt", "2026-03-12T14:00:00Z", "videoLink",
				"javascript:alert(1)")), "BAD_REQUEST", "videoLink must be a web address starting with http");
		// bruno is a member of an actor that only was invited
		String bruno = subjectOf("bruno");
		expectError(execute(SCHEDULE, Map.of("groupId", this.group, "startsAt", "2026-03-12T14:00:00Z", "attendees",
				List.of(this.alice, bruno))), "BAD_REQUEST", "attendees: these people are members of no actor");
		expectError(execute(SHARE, Map.of("groupId", this.group, "title", "Plan", "url", "ftp://example.org/plan")),
				"BAD_REQUEST", "url must be a web address starting with http:// or https://");
		expectError(execute(SHARE, Map.of("groupId", this.group, "title", " ", "url", "https://example.org")),
				"BAD_REQUEST", "title must not be blank");
		expectError(execute(ADD_TASK, Map.of("groupId", this.group, "title", "Tâche", "responsibleActor", this.actorB)),
				"BAD_REQUEST", "responsibleActor: actor " + this.actorB + " does not take part in the group");
		expectError(execute(ADD_TASK, Map.of("groupId", this.group, "title", "Tâche", "responsibleActor", this.actorA,
				"responsiblePerson", bruno)), "BAD_REQUEST", "is not a member of actor " + this.actorA);
		expectError(execute(ADD_TASK, Map.of("groupId", this.group, "title", "Tâche", "responsibleActor", this.actorA,
				"dueOn", "30/04/2026")), "BAD_REQUEST", "dueOn must be a date, such as 2026-01-31; received: 30/04/2026");
		expectError(execute(DECIDE, Map.of("groupId", this.group, "text", "x".repeat(4_001))), "BAD_REQUEST",
				"text is longer than");
		expectError(execute(UPDATE_MEETING, Map.of("id", meeting, "version", 3, "startsAt", "2026-03-12T14:00:00Z")),
				"CONFLICT", "has changed since version 3 (it is now at version 0)");
		workspace(this.group).path("workspace.tasks.totalCount").entity(Integer.class).isEqualTo(0);
		workspace(this.group).path("workspace.documents.totalCount").entity(Integer.class).isEqualTo(0);
		workspace(this.group).path("workspace.meetings.totalCount").entity(Integer.class).isEqualTo(1);

		// in French, the platform's language, for a client that asks for none
		Map<String, Object> answer = TestHttp.client(this.port)
			.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.header("Authorization", "Bearer " + this.users.token("alice"))
			.body(Map.of("query", SHARE, "variables",
					Map.of("input", Map.of("groupId", this.group, "title", "Plan", "url", "ftp://example.org/plan"))))
			.retrieve()
			.body(TestHttp.JSON);
		assertThat(String.valueOf(answer.get("errors")))
			.contains("url doit être une adresse web commençant par http:// ou https://");
	}

	@Test
	void aClosedGroupsWorkspaceIsKeptReadOnly() {
		this.users.signIn("alice");
		addTask("Avant la clôture", null);
		this.users.signIn("fatima");
		this.graphQl.document("""
				mutation($id: ID!) { changeWorkingGroupStatus(input: {id: $id, version: 0, status: CLOSED}) {
				  workingGroup { status } } }""")
			.variable("id", this.group)
			.execute()
			.path("changeWorkingGroupStatus.workingGroup.status")
			.entity(String.class)
			.isEqualTo("CLOSED");
		this.users.signIn("alice");
		expectError(share(this.group), "CONFLICT", "is CLOSED: its workspace can still be read");
		workspace(this.group).path("workspace.tasks.edges[0].node.title").entity(String.class)
			.isEqualTo("Avant la clôture");
	}

	/**
	 * A member removed from the actor no longer carries its tasks nor attends coming meetings; the meetings held keep
	 * them, since the minutes say who was there.
	 */
	@Test
	void aMemberWhoLeavesTheActorLetsGoOfItsTasksAndComingMeetings() {
		this.users.signIn("alice");
		String editorId = editorOfActorA();
		this.users.signIn("alice");
		execute(ADD_TASK, Map.of("groupId", this.group, "title", "Relancer le fondeur", "responsibleActor", this.actorA,
				"responsiblePerson", editorId)).path("addTask.task.responsiblePerson.personId").entity(String.class)
			.isEqualTo(editorId);
		String coming = execute(SCHEDULE, Map.of("groupId", this.group, "startsAt", "2099-03-12T14:00:00+01:00",
				"attendees", List.of(this.alice, editorId))).path("scheduleMeeting.meeting.id").entity(String.class).get();
		String held = execute(SCHEDULE, Map.of("groupId", this.group, "startsAt", "2026-01-12T14:00:00+01:00",
				"attendees", List.of(editorId))).path("scheduleMeeting.meeting.id").entity(String.class).get();

		this.graphQl.document("""
				mutation($id: ID!, $person: ID!) { removeMember(input: {actorId: $id, personId: $person}) {
				  members { personId } } }""")
			.variable("id", this.actorA)
			.variable("person", editorId)
			.execute()
			.errors()
			.verify();

		GraphQlTester.Response seen = workspace(this.group);
		seen.path("workspace.tasks.edges[0].node.responsibleActor.id").entity(String.class).isEqualTo(this.actorA);
		seen.path("workspace.tasks.edges[0].node.responsiblePerson").valueIsNull();
		seen.path("workspace.meetings.edges[?(@.node.id == '%s')].node.attendees[*].personId".formatted(coming))
			.entityList(String.class)
			.containsExactly(this.alice);
		seen.path("workspace.meetings.edges[?(@.node.id == '%s')].node.attendees[*].personId".formatted(held))
			.entityList(String.class)
			.containsExactly(editorId);
	}

	@Test
	void aTaskFollowsItsActorMergedIntoAnother() {
		this.users.signIn("alice");
		String task = addTask("Suivre la fusion", null);
		String survivor = TestActors.register(this.graphQl, "Fonderie A (fiche gardée) " + this.run);
		this.users.signIn("fatima");
		TestActors.merge(this.graphQl, survivor, this.actorA);
		this.users.signIn("alice");
		GraphQlTester.Response seen = workspace(this.group);
		seen.path("workspace.tasks.edges[0].node.id").entity(String.class).isEqualTo(task);
		seen.path("workspace.tasks.edges[0].node.responsibleActor.id").entity(String.class).isEqualTo(survivor);
		// an administrator reads every workspace, as facilitators do
		this.users.signIn("ada");
		workspace(this.group).path("workspace.tasks.totalCount").entity(Integer.class).isEqualTo(1);
	}

	@RepeatedTest(3)
	void twoUpdatesOfOneTaskFromTheSameVersionLeaveOneWinner() {
		this.users.signIn("alice");
		String task = addTask("À trancher", null);
		String aliceToken = this.users.token("alice");
		String fatimaToken = this.users.token("fatima");
		List<String> outcomes = Races.run(2, i -> () -> {
			TestCallers.signInWithToken(i == 0 ? aliceToken : fatimaToken, this.jwtDecoder,
					this.jwtAuthenticationConverter);
			return execute(UPDATE_TASK, Map.of("id", task, "version", 0, "title", "Version " + i, "responsibleActor",
					this.actorA, "status", i == 0 ? "IN_PROGRESS" : "DONE"));
		});
		assertThat(outcomes).containsExactlyInAnyOrder("OK", "CONFLICT");
		String winner = outcomes.get(0).equals("OK") ? "Version 0" : "Version 1";
		assertThat(this.neo4j.query("MATCH (t:Task {id: $id}) RETURN t.title + ' ' + t.version")
			.bind(task)
			.to("id")
			.fetchAs(String.class)
			.one()).contains(winner + " 1");
	}

	/** A task given to a member while the member is removed is given before (and let go) or refused: never kept. */
	@RepeatedTest(3)
	void aTaskGivenToAMemberWhileTheyAreRemovedIsNeverLeftWithThem() {
		String editorId = editorOfActorA();
		String aliceToken = this.users.token("alice");
		List<String> outcomes = Races.run(2, i -> () -> {
			TestCallers.signInWithToken(aliceToken, this.jwtDecoder, this.jwtAuthenticationConverter);
			if (i == 0) {
				return execute(ADD_TASK, Map.of("groupId", this.group, "title", "Course", "responsibleActor",
						this.actorA, "responsiblePerson", editorId));
			}
			return this.graphQl.document("""
					mutation($id: ID!, $person: ID!) { removeMember(input: {actorId: $id, personId: $person}) {
					  members { personId } } }""")
				.variable("id", this.actorA)
				.variable("person", editorId)
				.execute();
		});
		assertThat(outcomes.get(1)).isEqualTo("OK");
		assertThat(outcomes.get(0)).isIn("OK", "BAD_REQUEST");
		assertThat(this.neo4j.query("""
				MATCH (t:Task)-[:OF_GROUP]->(:WorkingGroup {id: $id}), (t)-[:RESPONSIBLE]->(:Person {subject: $person})
				RETURN count(t)""")
			.bindAll(Map.of("id", this.group, "person", editorId))
			.fetchAs(Long.class)
			.one()).contains(0L);
	}

	@RepeatedTest(3)
	void aTaskAddedWhileItsActorLeavesIsEitherRefusedOrAddedBefore() {
		this.users.signIn("alice");
		String aliceToken = this.users.token("alice");
		String fatimaToken = this.users.token("fatima");
		List<String> outcomes = Races.run(2, i -> () -> {
			if (i == 0) {
				TestCallers.signInWithToken(aliceToken, this.jwtDecoder, this.jwtAuthenticationConverter);
				return execute(ADD_TASK, Map.of("groupId", this.group, "title", "Course", "responsibleActor",
						this.actorA));
			}
			TestCallers.signInWithToken(fatimaToken, this.jwtDecoder, this.jwtAuthenticationConverter);
			return this.graphQl.document("""
					mutation($id: ID!, $actorId: ID!) { leaveWorkingGroup(input: {id: $id, actorId: $actorId}) {
					  workingGroup { id } } }""")
				.variable("id", this.group)
				.variable("actorId", this.actorA)
				.execute();
		});
		assertThat(outcomes.get(1)).isEqualTo("OK");
		// alice's actor left: she no longer sees the workspace, whichever came first
		assertThat(outcomes.get(0)).isIn("OK", "NOT_FOUND");
		long tasks = this.neo4j.query("MATCH (:Task)-[:OF_GROUP]->(:WorkingGroup {id: $id}) RETURN count(*)")
			.bind(this.group)
			.to("id")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
		assertThat(tasks).isEqualTo(outcomes.get(0).equals("OK") ? 1 : 0);
		this.users.signIn("alice");
		workspace(this.group).path("workspace").valueIsNull();
	}

	private GraphQlTester.Response workspace(String group) {
		return this.graphQl.document(WORKSPACE).variable("group", group).execute();
	}

	private GraphQlTester.Response execute(String document, Map<String, Object> input) {
		return this.graphQl.document(document).variable("input", input).execute();
	}

	private GraphQlTester.Response share(String group) {
		return execute(SHARE, Map.of("groupId", group, "title", "Note", "url", "https://example.org/note"));
	}

	private String addTask(String title, String dueOn) {
		Map<String, Object> input = new HashMap<>(Map.of("groupId", this.group, "title", title, "responsibleActor",
				this.actorA));
		if (dueOn != null) {
			input.put("dueOn", dueOn);
		}
		return execute(ADD_TASK, input).path("addTask.task.id").entity(String.class).get();
	}

	/** A second member of actor A, invited by alice, who is signed in again after it; returns its person id. */
	private String editorOfActorA() {
		String editor = "editor-" + this.run;
		TestActors.addEditor(this.graphQl, this.actorA, editor);
		String editorId = this.graphQl.document("{ me { id } }").execute().path("me.id").entity(String.class).get();
		this.users.signIn("alice");
		return editorId;
	}

	private String subjectOf(String user) {
		this.users.signIn(user);
		String subject = this.graphQl.document("{ me { id } }").execute().path("me.id").entity(String.class).get();
		this.users.signIn("alice");
		return subject;
	}

}
