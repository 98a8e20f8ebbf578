package org.maillage.actor.persistence;

import org.springframework.data.neo4j.repository.Neo4jRepository;

/** Saves actors' own properties, with optimistic locking on their version. */
public interface Actors extends Neo4jRepository<ActorNode, String> {

}
