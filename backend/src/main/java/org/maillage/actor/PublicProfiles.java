package org.maillage.actor;

import java.util.List;
import java.util.Optional;

import org.maillage.actor.persistence.PublicProfileQueries;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory as published to everyone, for open data: {@link PublicProfile}s, whose PUBLIC-only filter is inside
 * the database queries, whatever the caller's token. A territory's actors are read in batches in id order, so that
 * a dump of any size holds one batch in memory at a time.
 */
@Service
// read-only: on a Neo4j cluster, routed to followers and read replicas (docs/operations.md)
@Transactional(readOnly = true)
public class PublicProfiles {

	/** The largest batch a caller may ask for: a batch of profiles is read in one statement and held in memory. */
	public static final int MAX_BATCH = 1_000;

	private final PublicProfileQueries queries;

	PublicProfiles(PublicProfileQueries queries) {
		this.queries = queries;
	}

	public Optional<PublicProfile> find(String actorId) {
		return this.queries.actor(actorId);
	}

	/**
	 * The next actors inside a territory (its communes, at any depth), in id order after {@code afterId} (empty to
	 * start), at most {@code limit} ({@link #MAX_BATCH} at most). Fewer than asked means there are no more.
	 */
	public List<PublicProfile> inTerritory(String territoryId, String afterId, int limit) {
		if (limit < 1 || limit > MAX_BATCH) {
			throw new IllegalArgumentException("A batch holds 1 to " + MAX_BATCH + " actors, not " + limit);
		}
		return this.queries.inTerritory(territoryId, afterId == null ? "" : afterId, limit);
	}

}
