package org.maillage.outreach.persistence;

import java.util.Map;

import org.maillage.actor.ActorsMerged;

import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Moves the consultations that reached a merged duplicate, and its answers, to the survivor, in the merge's
 * transaction. One actor answers a consultation once: where both answered, the survivor's answer stays.
 */
@Component
class MergedConsultations {

	private final Neo4jClient neo4j;

	MergedConsultations(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	@EventListener
	void on(ActorsMerged merged) {
		Map<String, Object> ids = Map.of("survivorId", merged.survivorId(), "duplicateId", merged.duplicateId());
		this.neo4j.query("""
				MATCH (s:Actor {id: $survivorId}), (c:Consultation)-[r:REACHES]->(:Actor {id: $duplicateId})
				CALL (s, c) {
				  WITH * WHERE NOT EXISTS { (c)-[:REACHES]->(s) }
				  CREATE (c)-[:REACHES]->(s)
				}
				DELETE r""").bindAll(ids).run();
		this.neo4j.query("""
				MATCH (answer:ConsultationAnswer {actorId: $duplicateId})
				OPTIONAL MATCH (own:ConsultationAnswer {consultationId: answer.consultationId, actorId: $survivorId})
				CALL (answer, own) { WITH * WHERE own IS NULL SET answer.actorId = $survivorId }
				CALL (answer, own) { WITH * WHERE own IS NOT NULL DELETE answer }""").bindAll(ids).run();
	}

}
