package org.maillage.workinggroup.persistence;

import org.springframework.data.neo4j.repository.Neo4jRepository;

/** Saves groups' own properties, with optimistic locking on their version. */
public interface WorkingGroupNodes extends Neo4jRepository<WorkingGroupNode, String> {

}
