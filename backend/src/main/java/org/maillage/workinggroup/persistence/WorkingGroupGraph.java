package org.maillage.workinggroup.persistence;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.maillage.workinggroup.ParticipantDetails;
import org.maillage.workinggroup.ParticipationStatus;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Writes the links around groups, {@code WORKS_ON} to problems and {@code PARTICIPATES_IN} from actors, in
 * explicit Cypher. Each participation write also stamps the group's {@code updatedAt}, which locks the group node:
 * a participation change and a status change of the same group never interleave, and each re-checks that the group
 * is not closed.
 */
@Component
public class WorkingGroupGraph {

	private final Neo4jClient neo4j;

	WorkingGroupGraph(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	public void linkProblems(String groupId, Collection<String> problemIds) {
		this.neo4j.query("""
				MATCH (g:WorkingGroup {id: $groupId})
				UNWIND $problemIds AS problemId
				MATCH (p:Problem {id: problemId})
				MERGE (g)-[:WORKS_ON]->(p)""")
			.bindAll(Map.of("groupId", groupId, "problemIds", List.copyOf(problemIds)))
			.run();
	}

	/**
	 * Invites these actors (again, for those that declined), unless the group is closed.
	 * @return how many invitations were written: fewer than asked when the group or an actor is gone
	 */
	public long invite(String groupId, List<ParticipantDetails> participants) {
		List<Map<String, Object>> rows = participants.stream().map(participant -> {
			Map<String, Object> row = new HashMap<>();
			row.put("actorId", participant.actorId());
			row.put("role", participant.role());
			row.put("step", participant.step());
			row.put("reason", participant.reason());
			return row;
		}).toList();
		return this.neo4j.query("""
				MATCH (g:WorkingGroup {id: $groupId})
				SET g.updatedAt = datetime()
				WITH g WHERE g.status <> 'CLOSED'
				UNWIND $participants AS participant
				MATCH (a:Actor {id: participant.actorId})
				MERGE (a)-[r:PARTICIPATES_IN]->(g)
				SET r.status = 'INVITED', r.role = participant.role, r.step = participant.step,
				    r.reason = participant.reason, r.invitedAt = datetime(), r.answeredAt = null, r.answeredBy = null
				RETURN count(r)""")
			.bindAll(Map.of("groupId", groupId, "participants", rows))
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
	}

	/** The actor's participation in the group, if it was invited. */
	public Optional<ParticipationStatus> participation(String groupId, String actorId) {
		return this.neo4j.query("""
				MATCH (:Actor {id: $actorId})-[r:PARTICIPATES_IN]->(:WorkingGroup {id: $groupId}) RETURN r.status""")
			.bindAll(Map.of("groupId", groupId, "actorId", actorId))
			.fetchAs(String.class)
			.one()
			.map(ParticipationStatus::valueOf);
	}

	public long countParticipants(String groupId) {
		return this.neo4j.query("MATCH (:Actor)-[r:PARTICIPATES_IN]->(:WorkingGroup {id: $groupId}) RETURN count(r)")
			.bind(groupId)
			.to("groupId")
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
	}

	/**
	 * Records the answer to a pending invitation of an open group.
	 * @return false when there was no pending invitation or the group is closed (answered or closed meanwhile)
	 */
	public boolean answer(String groupId, String actorId, ParticipationStatus answer, String answeredBy) {
		return this.neo4j.query("""
				MATCH (g:WorkingGroup {id: $groupId})
				SET g.updatedAt = datetime()
				WITH g WHERE g.status <> 'CLOSED'
				MATCH (:Actor {id: $actorId})-[r:PARTICIPATES_IN {status: 'INVITED'}]->(g)
				SET r.status = $answer, r.answeredAt = datetime(), r.answeredBy = $answeredBy
				RETURN count(r) > 0""")
			.bindAll(Map.of("groupId", groupId, "actorId", actorId, "answer", answer.name(), "answeredBy", answeredBy))
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

	/**
	 * Takes the actor out of an open group, whatever its answer was.
	 * @return false when it was not invited or the group is closed
	 */
	public boolean remove(String groupId, String actorId) {
		return this.neo4j.query("""
				MATCH (g:WorkingGroup {id: $groupId})
				SET g.updatedAt = datetime()
				WITH g WHERE g.status <> 'CLOSED'
				MATCH (:Actor {id: $actorId})-[r:PARTICIPATES_IN]->(g)
				DELETE r
				RETURN count(*) > 0""")
			.bindAll(Map.of("groupId", groupId, "actorId", actorId))
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

}
