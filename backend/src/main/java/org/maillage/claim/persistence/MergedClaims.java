package org.maillage.claim.persistence;

import java.util.Map;

import org.maillage.actor.ActorsMerged;

import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Moves the claims of a merged duplicate to the survivor, in the merge's transaction, so that each claimant still
 * finds theirs; a claim still pending is refused if the survivor has an owner (then nothing is left to claim).
 */
@Component
class MergedClaims {

	private final Neo4jClient neo4j;

	MergedClaims(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	@EventListener
	void on(ActorsMerged merged) {
		this.neo4j.query("""
				MATCH (s:Actor {id: $survivorId}), (c:ActorClaim)-[r:OF]->(:Actor {id: $duplicateId})
				CREATE (c)-[:OF]->(s)
				DELETE r
				WITH s, c
				WHERE c.status = 'PENDING' AND EXISTS { (:Person)-[:MEMBER_OF {role: 'OWNER'}]->(s) }
				SET c.status = 'REFUSED', c.ground = 'CLAIMED_BY_ANOTHER', c.decidedAt = datetime()""")
			.bindAll(Map.of("survivorId", merged.survivorId(), "duplicateId", merged.duplicateId()))
			.run();
	}

}
