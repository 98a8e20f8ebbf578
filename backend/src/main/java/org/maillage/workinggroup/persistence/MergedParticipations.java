package org.maillage.workinggroup.persistence;

import java.util.Map;

import org.maillage.actor.ActorsMerged;

import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Moves a merged duplicate's group participations to the survivor, in the merge's transaction. In a group both took
 * part in, the survivor keeps its own participation, unless only the duplicate's was accepted: an accepted place in a
 * group is what the merge must not lose.
 */
@Component
class MergedParticipations {

	private final Neo4jClient neo4j;

	MergedParticipations(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	@EventListener
	void on(ActorsMerged merged) {
		this.neo4j.query("""
				MATCH (s:Actor {id: $survivorId}), (:Actor {id: $duplicateId})-[p:PARTICIPATES_IN]->(g:WorkingGroup)
				OPTIONAL MATCH (s)-[own:PARTICIPATES_IN]->(g)
				CALL (s, p, g, own) {
				  WITH * WHERE own IS NULL
				  CREATE (s)-[moved:PARTICIPATES_IN]->(g)
				  SET moved = properties(p)
				}
				CALL (p, own) {
				  WITH * WHERE own IS NOT NULL AND p.status = 'ACCEPTED' AND own.status <> 'ACCEPTED'
				  SET own = properties(p)
				}
				DELETE p""")
			.bindAll(Map.of("survivorId", merged.survivorId(), "duplicateId", merged.duplicateId()))
			.run();
	}

}
