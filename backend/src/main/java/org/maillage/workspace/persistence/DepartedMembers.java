package org.maillage.workspace.persistence;

import java.util.Map;

import org.maillage.security.MemberLeft;

import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Lets go of what a person held in groups' workspaces for an actor they no longer belong to, in the transaction of
 * their leaving (under the actor's lock, so that no task is assigned to them meanwhile): the tasks they were
 * responsible for stay the actor's, with no one named, and they no longer attend the coming meetings of groups where
 * no other actor of theirs takes part. Meetings already held keep them: the minutes say who was there.
 */
@Component
class DepartedMembers {

	private final Neo4jClient neo4j;

	DepartedMembers(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	@EventListener
	void on(MemberLeft left) {
		Map<String, Object> parameters = Map.of("actorId", left.actorId(), "personId", left.personId());
		this.neo4j.query("""
				MATCH (t:Task)-[:ASSIGNED_TO]->(:Actor {id: $actorId}),
				      (t)-[r:RESPONSIBLE]->(:Person {subject: $personId})
				DELETE r
				SET t.version = t.version + 1, t.updatedAt = datetime()""")
			.bindAll(parameters)
			.run();
		this.neo4j.query("""
				MATCH (p:Person {subject: $personId})-[r:ATTENDS]->(m:Meeting)-[:OF_GROUP]->(g:WorkingGroup)
				WHERE m.startsAt > datetime()
				  AND NOT EXISTS { (p)-[:MEMBER_OF]->(:Actor)-[:PARTICIPATES_IN {status: 'ACCEPTED'}]->(g) }
				DELETE r
				SET m.version = m.version + 1, m.updatedAt = datetime()""")
			.bindAll(parameters)
			.run();
	}

}
