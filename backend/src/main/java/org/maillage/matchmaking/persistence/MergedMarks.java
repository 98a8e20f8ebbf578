package org.maillage.matchmaking.persistence;

import java.util.Map;

import org.maillage.actor.ActorsMerged;

import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Moves facilitators' marks of a merged duplicate to the survivor, in the merge's transaction. A mark is one per
 * facilitator, problem and actor: where a facilitator marked both for one problem, the survivor's mark stays.
 */
@Component
class MergedMarks {

	private final Neo4jClient neo4j;

	MergedMarks(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	@EventListener
	void on(ActorsMerged merged) {
		this.neo4j.query("""
				MATCH (s:Actor {id: $survivorId}), (m:MatchMark)-[r:OF_ACTOR]->(:Actor {id: $duplicateId}),
				      (m)-[:ON_PROBLEM]->(p:Problem)
				WITH s, m, r, p.id + ' ' + $survivorId + ' ' + m.subject AS key
				OPTIONAL MATCH (own:MatchMark {key: key})
				CALL (s, m, r, key, own) {
				  WITH * WHERE own IS NULL
				  DELETE r
				  SET m.key = key
				  CREATE (m)-[:OF_ACTOR]->(s)
				}
				CALL (m, own) { WITH * WHERE own IS NOT NULL DETACH DELETE m }""")
			.bindAll(Map.of("survivorId", merged.survivorId(), "duplicateId", merged.duplicateId()))
			.run();
	}

}
