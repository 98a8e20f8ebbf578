package org.maillage.workspace.persistence;

import java.util.Map;

import org.maillage.actor.ActorsMerged;

import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Gives the tasks a merged duplicate carried, and the useful effects that benefited it, to the survivor, in the merge's
 * transaction, as its participations move there too: without it, deleting the duplicate would leave them with no
 * responsible actor, and the effects counted nowhere.
 */
@Component
class MergedTasks {

	private final Neo4jClient neo4j;

	MergedTasks(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	@EventListener
	void on(ActorsMerged merged) {
		this.neo4j.query("""
				MATCH (s:Actor {id: $survivorId}), (t:Task)-[r:ASSIGNED_TO]->(:Actor {id: $duplicateId})
				CREATE (t)-[:ASSIGNED_TO]->(s)
				DELETE r""")
			.bindAll(Map.of("survivorId", merged.survivorId(), "duplicateId", merged.duplicateId()))
			.run();
		this.neo4j.query("""
				MATCH (s:Actor {id: $survivorId}), (e:UsefulEffect)-[r:BENEFITS]->(:Actor {id: $duplicateId})
				MERGE (e)-[:BENEFITS]->(s)
				DELETE r""")
			.bindAll(Map.of("survivorId", merged.survivorId(), "duplicateId", merged.duplicateId()))
			.run();
	}

}
