package org.maillage.workspace.persistence;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The workspace in the graph: {@code Meeting}, {@code Decision}, {@code Task} and {@code SharedDocument} nodes, each
 * {@code OF_GROUP} its {@code WorkingGroup}; {@code (:Person)-[:ATTENDS]->(:Meeting)},
 * {@code (:Decision)-[:TAKEN_AT]->(:Meeting)}, {@code (:Task)-[:ASSIGNED_TO]->(:Actor)} and
 * {@code (:Task)-[:RESPONSIBLE]->(:Person)} (migration V0027).
 * <p>
 * Every read starts from the group and keeps it only when {@link #MAY_WORK_IN} holds, inside the query: a caller
 * who may not work in the group gets no row, exactly as for a group that does not exist. Writes are made by the
 * service after it locked the group and checked the same predicate.
 */
@Component
public class WorkspaceGraph {

	/**
	 * Whether the caller may work in group {@code g}: a facilitator or administrator ({@code $staff}), or a member
	 * of an actor whose participation is ACCEPTED, read from the graph at this very moment ({@code $subject}).
	 */
	static final String MAY_WORK_IN = """
			($staff OR EXISTS {
			  (:Person {subject: $subject})-[:MEMBER_OF]->(:Actor)-[:PARTICIPATES_IN {status: 'ACCEPTED'}]->(g) })""";

	private static final String GROUP = "MATCH (g:WorkingGroup {id: $group}) WHERE " + MAY_WORK_IN + "\n";

	private static final String MEETING = """
			m {.id, .version, .startsAt, .place, .videoLink, .agenda, .minutes, .createdBy, .createdAt, .updatedAt,
			   groupId: g.id, attendees: [(p:Person)-[:ATTENDS]->(m) | p {personId: p.subject, .username}]}""";

	private static final String DECISION = """
			d {.id, .text, .decidedOn, .createdBy, .createdAt, groupId: g.id,
			   meetingId: [(d)-[:TAKEN_AT]->(m:Meeting) | m.id][0]}""";

	private static final String TASK = """
			t {.id, .version, .title, .dueOn, .status, .createdBy, .createdAt, .updatedAt, groupId: g.id,
			   actorId: [(t)-[:ASSIGNED_TO]->(a:Actor) | a.id][0],
			   person: [(t)-[:RESPONSIBLE]->(p:Person) | p {personId: p.subject, .username}][0]}""";

	private static final String DOCUMENT = "s {.id, .title, .url, .sharedBy, .sharedAt, groupId: g.id}";

	private final Neo4jClient neo4j;

	WorkspaceGraph(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** The group's status, if there is such a group and the caller may work in it. */
	public Optional<String> status(String groupId, Reader reader) {
		return this.neo4j.query(GROUP + "RETURN g.status")
			.bindAll(reader.parameters(groupId))
			.fetchAs(String.class)
			.one();
	}

	/** The id of the group a workspace item of this kind belongs to. */
	public Optional<String> groupOf(Kind kind, String id) {
		return this.neo4j.query("MATCH (:%s {id: $id})-[:OF_GROUP]->(g:WorkingGroup) RETURN g.id".formatted(kind.label))
			.bind(id)
			.to("id")
			.fetchAs(String.class)
			.one();
	}

	/** The members of the actors taking part in the group (ACCEPTED), by username; empty if the caller may not see. */
	public List<Map<String, Object>> members(String groupId, Reader reader) {
		return rows(GROUP + """
				MATCH (p:Person)-[:MEMBER_OF]->(a:Actor)-[:PARTICIPATES_IN {status: 'ACCEPTED'}]->(g)
				RETURN {personId: p.subject, username: p.username, actorId: a.id} AS item
				ORDER BY p.username, p.subject, a.name, a.id""", reader.parameters(groupId));
	}

	/** Of these people, those who are not members of an actor taking part in the group (ACCEPTED). */
	public List<String> notTakingPart(String groupId, Collection<String> subjects) {
		return List.copyOf(this.neo4j.query("""
				UNWIND $subjects AS subject
				WITH subject WHERE NOT EXISTS {
				  (:Person {subject: subject})-[:MEMBER_OF]->(:Actor)
				    -[:PARTICIPATES_IN {status: 'ACCEPTED'}]->(:WorkingGroup {id: $group}) }
				RETURN subject""")
			.bindAll(Map.of("group", groupId, "subjects", List.copyOf(subjects)))
			.fetchAs(String.class)
			.all());
	}

	public boolean takesPart(String groupId, String actorId) {
		return exists("""
				RETURN EXISTS { (:Actor {id: $actor})-[:PARTICIPATES_IN {status: 'ACCEPTED'}]->(:WorkingGroup {id: $group}) }""",
				Map.of("group", groupId, "actor", actorId));
	}

	public boolean isMember(String subject, String actorId) {
		return exists("RETURN EXISTS { (:Person {subject: $subject})-[:MEMBER_OF]->(:Actor {id: $actor}) }",
				Map.of("subject", subject, "actor", actorId));
	}

	// ---------------------------------------------------------------- reads, one page at a time

	/** One page of the group's meetings, the latest first, with one more to tell whether another page follows. */
	public List<Map<String, Object>> meetings(String groupId, Reader reader, long skip, int limit) {
		return rows(GROUP + "MATCH (m:Meeting)-[:OF_GROUP]->(g) RETURN " + MEETING
				+ " AS item ORDER BY m.startsAt DESC, m.id SKIP $skip LIMIT $limit", page(groupId, reader, skip, limit));
	}

	public long countMeetings(String groupId, Reader reader) {
		return count(GROUP + "RETURN COUNT { (:Meeting)-[:OF_GROUP]->(g) }", reader.parameters(groupId));
	}

	/** These meetings, those in groups the caller may work in. */
	public List<Map<String, Object>> meetingsByIds(Collection<String> ids, Reader reader) {
		Map<String, Object> parameters = reader.parameters(null);
		parameters.put("ids", List.copyOf(ids));
		return rows("MATCH (m:Meeting)-[:OF_GROUP]->(g:WorkingGroup) WHERE m.id IN $ids AND " + MAY_WORK_IN
				+ " RETURN " + MEETING + " AS item", parameters);
	}

	/** One page of the group's decisions, the latest first. */
	public List<Map<String, Object>> decisions(String groupId, Reader reader, long skip, int limit) {
		return rows(GROUP + "MATCH (d:Decision)-[:OF_GROUP]->(g) RETURN " + DECISION
				+ " AS item ORDER BY d.decidedOn DESC, d.createdAt DESC, d.id SKIP $skip LIMIT $limit",
				page(groupId, reader, skip, limit));
	}

	public long countDecisions(String groupId, Reader reader) {
		return count(GROUP + "RETURN COUNT { (:Decision)-[:OF_GROUP]->(g) }", reader.parameters(groupId));
	}

	/**
	 * One page of the group's tasks, the soonest due first (those without a due date last).
	 * @param statuses the statuses to keep, or null for all
	 */
	public List<Map<String, Object>> tasks(String groupId, List<String> statuses, Reader reader, long skip,
			int limit) {
		Map<String, Object> parameters = page(groupId, reader, skip, limit);
		parameters.put("statuses", statuses);
		return rows(GROUP + """
				MATCH (t:Task)-[:OF_GROUP]->(g) WHERE $statuses IS NULL OR t.status IN $statuses
				RETURN %s AS item
				ORDER BY t.dueOn IS NULL, t.dueOn, t.createdAt, t.id SKIP $skip LIMIT $limit""".formatted(TASK),
				parameters);
	}

	public long countTasks(String groupId, List<String> statuses, Reader reader) {
		Map<String, Object> parameters = reader.parameters(groupId);
		parameters.put("statuses", statuses);
		return count(GROUP + """
				RETURN COUNT { MATCH (t:Task)-[:OF_GROUP]->(g) WHERE $statuses IS NULL OR t.status IN $statuses
				               RETURN t }""", parameters);
	}

	/** One page of the group's shared documents, the latest first. */
	public List<Map<String, Object>> documents(String groupId, Reader reader, long skip, int limit) {
		return rows(GROUP + "MATCH (s:SharedDocument)-[:OF_GROUP]->(g) RETURN " + DOCUMENT
				+ " AS item ORDER BY s.sharedAt DESC, s.id SKIP $skip LIMIT $limit", page(groupId, reader, skip, limit));
	}

	public long countDocuments(String groupId, Reader reader) {
		return count(GROUP + "RETURN COUNT { (:SharedDocument)-[:OF_GROUP]->(g) }", reader.parameters(groupId));
	}

	/** One item, read for the service after a write (no caller involved: it has just checked). */
	public Optional<Map<String, Object>> item(Kind kind, String id) {
		String statement = switch (kind) {
			case MEETING -> "MATCH (m:Meeting {id: $id})-[:OF_GROUP]->(g) RETURN " + MEETING + " AS item";
			case DECISION -> "MATCH (d:Decision {id: $id})-[:OF_GROUP]->(g) RETURN " + DECISION + " AS item";
			case TASK -> "MATCH (t:Task {id: $id})-[:OF_GROUP]->(g) RETURN " + TASK + " AS item";
			case DOCUMENT -> "MATCH (s:SharedDocument {id: $id})-[:OF_GROUP]->(g) RETURN " + DOCUMENT + " AS item";
			case EFFECT -> "MATCH (e:UsefulEffect {id: $id})-[:OF_GROUP]->(g) RETURN " + UsefulEffectGraph.EFFECT
					+ " AS item";
		};
		return rows(statement, Map.of("id", id)).stream().findFirst();
	}

	// ---------------------------------------------------------------- writes, under the group's lock

	/** Writes a meeting of the group; {@code meeting} holds its properties, {@code startsAt} an ISO-8601 instant. */
	public void createMeeting(String groupId, Map<String, Object> meeting, List<String> attendees) {
		this.neo4j.query("""
				MATCH (g:WorkingGroup {id: $group})
				CREATE (m:Meeting)-[:OF_GROUP]->(g)
				SET m = $meeting, m.startsAt = datetime($meeting.startsAt), m.version = 0, m.createdAt = datetime(),
				    m.updatedAt = m.createdAt""")
			.bindAll(Map.of("group", groupId, "meeting", meeting))
			.run();
		attend((String) meeting.get("id"), attendees);
	}

	/** Replaces what a meeting says, and its attendees; its version goes up by one. */
	public void updateMeeting(String id, Map<String, Object> meeting, List<String> attendees) {
		this.neo4j.query("""
				MATCH (m:Meeting {id: $id})
				SET m += $meeting, m.startsAt = datetime($meeting.startsAt), m.version = m.version + 1,
				    m.updatedAt = datetime()""")
			.bindAll(Map.of("id", id, "meeting", meeting))
			.run();
		attend(id, attendees);
	}

	private void attend(String meetingId, List<String> attendees) {
		this.neo4j.query("""
				MATCH (m:Meeting {id: $id})
				OPTIONAL MATCH (m)<-[r:ATTENDS]-(:Person)
				DELETE r
				WITH DISTINCT m
				UNWIND $attendees AS subject
				MATCH (p:Person {subject: subject})
				MERGE (p)-[:ATTENDS]->(m)""")
			.bindAll(Map.of("id", meetingId, "attendees", attendees))
			.run();
	}

	/** Writes a decision of the group, taken at one of its meetings when {@code meetingId} is given. */
	public void createDecision(String groupId, Map<String, Object> decision, String meetingId) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("group", groupId);
		parameters.put("decision", decision);
		parameters.put("meeting", meetingId);
		this.neo4j.query("""
				MATCH (g:WorkingGroup {id: $group})
				CREATE (d:Decision)-[:OF_GROUP]->(g)
				SET d = $decision, d.createdAt = datetime()
				WITH d
				OPTIONAL MATCH (m:Meeting {id: $meeting})
				FOREACH (taken IN CASE WHEN m IS NULL THEN [] ELSE [m] END | CREATE (d)-[:TAKEN_AT]->(taken))""")
			.bindAll(parameters)
			.run();
	}

	/** Writes a task of the group, assigned to an actor and, when {@code personId} is given, to one of its members. */
	public void createTask(String groupId, Map<String, Object> task, String actorId, String personId) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("group", groupId);
		parameters.put("task", task);
		this.neo4j.query("""
				MATCH (g:WorkingGroup {id: $group})
				CREATE (t:Task)-[:OF_GROUP]->(g)
				SET t = $task, t.version = 0, t.createdAt = datetime(), t.updatedAt = t.createdAt""")
			.bindAll(parameters)
			.run();
		assign((String) task.get("id"), actorId, personId);
	}

	/** Replaces what a task says and who carries it; its version goes up by one. */
	public void updateTask(String id, Map<String, Object> task, String actorId, String personId) {
		this.neo4j.query("""
				MATCH (t:Task {id: $id})
				SET t += $task, t.version = t.version + 1, t.updatedAt = datetime()""")
			.bindAll(Map.of("id", id, "task", task))
			.run();
		assign(id, actorId, personId);
	}

	private void assign(String taskId, String actorId, String personId) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", taskId);
		parameters.put("actor", actorId);
		parameters.put("person", personId);
		this.neo4j.query("""
				MATCH (t:Task {id: $id})
				OPTIONAL MATCH (t)-[r:ASSIGNED_TO|RESPONSIBLE]->()
				DELETE r
				WITH DISTINCT t
				MATCH (a:Actor {id: $actor})
				CREATE (t)-[:ASSIGNED_TO]->(a)
				WITH t
				OPTIONAL MATCH (p:Person {subject: $person})
				FOREACH (responsible IN CASE WHEN p IS NULL THEN [] ELSE [p] END |
				  CREATE (t)-[:RESPONSIBLE]->(responsible))""")
			.bindAll(parameters)
			.run();
	}

	public void createDocument(String groupId, Map<String, Object> document) {
		this.neo4j.query("""
				MATCH (g:WorkingGroup {id: $group})
				CREATE (s:SharedDocument)-[:OF_GROUP]->(g)
				SET s = $document, s.sharedAt = datetime()""")
			.bindAll(Map.of("group", groupId, "document", document))
			.run();
	}

	public void removeDocument(String id) {
		this.neo4j.query("MATCH (s:SharedDocument {id: $id}) DETACH DELETE s").bind(id).to("id").run();
	}

	private Map<String, Object> page(String groupId, Reader reader, long skip, int limit) {
		Map<String, Object> parameters = reader.parameters(groupId);
		parameters.put("skip", skip);
		parameters.put("limit", limit);
		return parameters;
	}

	private List<Map<String, Object>> rows(String statement, Map<String, Object> parameters) {
		return this.neo4j.query(statement)
			.bindAll(parameters)
			.fetchAs(Map.class)
			.mappedBy((types, record) -> record.get("item").asMap())
			.all()
			.stream()
			.map(WorkspaceGraph::typed)
			.toList();
	}

	private long count(String statement, Map<String, Object> parameters) {
		return this.neo4j.query(statement).bindAll(parameters).fetchAs(Long.class).one().orElse(0L);
	}

	private boolean exists(String statement, Map<String, Object> parameters) {
		return this.neo4j.query(statement).bindAll(parameters).fetchAs(Boolean.class).one().orElse(false);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> typed(Map<?, ?> row) {
		return (Map<String, Object>) row;
	}

	/** The kinds of workspace items, each a label of this feature's own. */
	public enum Kind {

		MEETING("Meeting"), DECISION("Decision"), TASK("Task"), DOCUMENT("SharedDocument"), EFFECT("UsefulEffect");

		final String label;

		Kind(String label) {
			this.label = label;
		}

	}

	/**
	 * Who reads: {@code subject} is the caller's subject at the sign-in service ("" for a public visitor, who is a
	 * member of nothing); {@code staff} for facilitators and administrators.
	 */
	public record Reader(String subject, boolean staff) {

		public Map<String, Object> parameters(String groupId) {
			Map<String, Object> parameters = new HashMap<>();
			parameters.put("group", groupId);
			parameters.put("subject", this.subject);
			parameters.put("staff", this.staff);
			return parameters;
		}

	}

}
