package org.maillage.outreach.persistence;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The segments, consultations and answers in the graph (migration V0020), read and written with explicit Cypher:
 * {@code (:Segment)}, {@code (:Consultation)-[:REACHES]->(:Actor)}, {@code (:ConsultationAnswer)}, one per
 * consultation and actor. Rows are maps; the services turn them into records.
 */
@Component
public class OutreachGraph {

	private final Neo4jClient neo4j;

	OutreachGraph(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * Takes the write lock of a person's shelf of segments, merged on first use, for the rest of the transaction:
	 * two requests of one person then count and write its segments one after the other.
	 */
	public void lockShelf(String ownerId) {
		this.neo4j.query("MERGE (s:SegmentShelf {id: $ownerId}) SET s._LOCK_ = true REMOVE s._LOCK_")
			.bind(ownerId)
			.to("ownerId")
			.run();
	}

	public void createSegment(String id, String name, String filterJson, String ownerId) {
		this.neo4j.query("""
				CREATE (:Segment {id: $id, name: $name, filter: $filter, ownerId: $ownerId, createdAt: datetime()})""")
			.bindAll(Map.of("id", id, "name", name, "filter", filterJson, "ownerId", ownerId))
			.run();
	}

	/** A segment: {@code id}, {@code name}, {@code filter}, {@code ownerId}, {@code createdAt}. */
	public Optional<Map<String, Object>> segment(String id) {
		return this.neo4j.query("""
				MATCH (s:Segment {id: $id})
				RETURN s.id AS id, s.name AS name, s.filter AS filter, s.ownerId AS ownerId, s.createdAt AS createdAt""")
			.bind(id)
			.to("id")
			.fetch()
			.one();
	}

	/** A person's segments, the newest first. */
	public List<Map<String, Object>> segmentsOf(String ownerId, long skip, int limit) {
		return List.copyOf(this.neo4j.query("""
				MATCH (s:Segment {ownerId: $ownerId})
				RETURN s.id AS id, s.name AS name, s.filter AS filter, s.ownerId AS ownerId, s.createdAt AS createdAt
				ORDER BY s.createdAt DESC, s.id SKIP $skip LIMIT $limit""")
			.bindAll(Map.of("ownerId", ownerId, "skip", skip, "limit", limit))
			.fetch()
			.all());
	}

	public long countSegmentsOf(String ownerId) {
		return this.neo4j.query("MATCH (s:Segment {ownerId: $ownerId}) RETURN count(s) AS n")
			.bind(ownerId)
			.to("ownerId")
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
	}

	public boolean deleteSegment(String id) {
		return this.neo4j.query("MATCH (s:Segment {id: $id}) DETACH DELETE s RETURN count(*) AS n")
			.bind(id)
			.to("id")
			.fetchAs(Long.class)
			.one()
			.orElse(0L) > 0;
	}

	/** Creates a consultation and links it to the actors it reaches. */
	public void createConsultation(Map<String, Object> consultation, Collection<String> reached) {
		Map<String, Object> parameters = new HashMap<>(consultation);
		parameters.put("reached", List.copyOf(reached));
		this.neo4j.query("""
				CREATE (c:Consultation {id: $id, title: $title, introduction: $introduction, questions: $questions,
				                        closesAt: datetime($closesAt), createdAt: datetime(), senderId: $senderId,
				                        senderName: $senderName, segmentId: $segmentId, segmentName: $segmentName,
				                        reached: size($reached)})
				WITH c
				UNWIND $reached AS actorId
				MATCH (a:Actor {id: actorId})
				CREATE (c)-[:REACHES]->(a)""")
			.bindAll(parameters)
			.run();
	}

	private static final String CONSULTATION = """
			c.id AS id, c.title AS title, c.introduction AS introduction, c.questions AS questions,
			c.closesAt AS closesAt, c.createdAt AS createdAt, c.senderId AS senderId, c.senderName AS senderName,
			c.segmentName AS segmentName, c.reached AS reached,
			COUNT { MATCH (answer:ConsultationAnswer {consultationId: c.id}) } AS answered""";

	public Optional<Map<String, Object>> consultation(String id) {
		return this.neo4j.query("MATCH (c:Consultation {id: $id}) RETURN " + CONSULTATION)
			.bind(id)
			.to("id")
			.fetch()
			.one();
	}

	/** Consultations sent by a person, or by anyone when {@code senderId} is null, the newest first. */
	public List<Map<String, Object>> consultationsSentBy(String senderId, long skip, int limit) {
		return List.copyOf(this.neo4j.query("""
				MATCH (c:Consultation) WHERE $senderId IS NULL OR c.senderId = $senderId
				RETURN %s
				ORDER BY c.createdAt DESC, c.id SKIP $skip LIMIT $limit""".formatted(CONSULTATION))
			.bindAll(Map.of("skip", skip, "limit", limit))
			.bind(senderId)
			.to("senderId")
			.fetch()
			.all());
	}

	public long countSentBy(String senderId) {
		return this.neo4j.query("MATCH (c:Consultation) WHERE $senderId IS NULL OR c.senderId = $senderId RETURN count(c)")
			.bind(senderId)
			.to("senderId")
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
	}

	public boolean reaches(String consultationId, String actorId) {
		return this.neo4j.query("""
				RETURN EXISTS { (:Consultation {id: $consultationId})-[:REACHES]->(:Actor {id: $actorId}) } AS reaches""")
			.bindAll(Map.of("consultationId", consultationId, "actorId", actorId))
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

	/** Of these actors, those a consultation reaches. */
	public List<String> reachedAmong(String consultationId, Collection<String> actorIds) {
		return List.copyOf(this.neo4j.query("""
				MATCH (:Consultation {id: $consultationId})-[:REACHES]->(a:Actor) WHERE a.id IN $actorIds
				RETURN a.id AS id""")
			.bindAll(Map.of("consultationId", consultationId, "actorIds", List.copyOf(actorIds)))
			.fetchAs(String.class)
			.all());
	}

	public boolean answered(String consultationId, String actorId) {
		return this.neo4j.query("""
				RETURN EXISTS { (:ConsultationAnswer {consultationId: $consultationId, actorId: $actorId}) } AS done""")
			.bindAll(Map.of("consultationId", consultationId, "actorId", actorId))
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

	/**
	 * Records an actor's answer, with the département its actor is in now: results are added up by where the
	 * actors were when they answered.
	 */
	public void createAnswer(String id, String consultationId, String actorId, String answersJson, String personId) {
		this.neo4j.query("""
				MATCH (a:Actor {id: $actorId})
				OPTIONAL MATCH (e:DirectoryEntry {actorId: $actorId})
				CREATE (:ConsultationAnswer {id: $id, consultationId: $consultationId, actorId: $actorId,
				                             answers: $answers, answeredAt: datetime(), answeredBy: $personId,
				                             departement: e.departement})""")
			.bindAll(Map.of("id", id, "consultationId", consultationId, "actorId", actorId, "answers", answersJson,
					"personId", personId))
			.run();
	}

	/**
	 * Consultations reaching these actors, the newest first: rows of the consultation's fields, {@code actorId} and
	 * {@code answeredAt} (null when not answered).
	 */
	public List<Map<String, Object>> received(Collection<String> actorIds, long skip, int limit) {
		return List.copyOf(this.neo4j.query("""
				MATCH (c:Consultation)-[:REACHES]->(a:Actor) WHERE a.id IN $actorIds
				OPTIONAL MATCH (mine:ConsultationAnswer {consultationId: c.id, actorId: a.id})
				RETURN %s, a.id AS actorId, mine.answeredAt AS answeredAt
				ORDER BY c.createdAt DESC, c.id, a.id SKIP $skip LIMIT $limit""".formatted(CONSULTATION))
			.bindAll(Map.of("actorIds", List.copyOf(actorIds), "skip", skip, "limit", limit))
			.fetch()
			.all());
	}

	public long countReceived(Collection<String> actorIds) {
		return this.neo4j.query("""
				MATCH (c:Consultation)-[:REACHES]->(a:Actor) WHERE a.id IN $actorIds RETURN count(*) AS n""")
			.bind(List.copyOf(actorIds))
			.to("actorIds")
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
	}

	/** Every answer to a consultation: {@code answers} (JSON) and {@code departement}. */
	public List<Map<String, Object>> answers(String consultationId) {
		return List.copyOf(this.neo4j.query("""
				MATCH (answer:ConsultationAnswer {consultationId: $consultationId})
				RETURN answer.answers AS answers, answer.departement AS departement
				ORDER BY answer.answeredAt, answer.id""")
			.bind(consultationId)
			.to("consultationId")
			.fetch()
			.all());
	}

	/** How many reached actors each département holds now, by département id (null: unplaced). */
	public Map<String, Long> reachedByDepartement(String consultationId) {
		Map<String, Long> reached = new HashMap<>();
		this.neo4j.query("""
				MATCH (:Consultation {id: $consultationId})-[:REACHES]->(a:Actor)
				OPTIONAL MATCH (e:DirectoryEntry {actorId: a.id})
				RETURN e.departement AS departement, count(*) AS n""")
			.bind(consultationId)
			.to("consultationId")
			.fetch()
			.all()
			.forEach(row -> reached.put((String) row.get("departement"), (Long) row.get("n")));
		return reached;
	}

	/** A stored datetime as an instant. */
	public static Instant instant(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof ZonedDateTime zoned) {
			return zoned.toInstant();
		}
		return Instant.from((TemporalAccessor) value);
	}

}
