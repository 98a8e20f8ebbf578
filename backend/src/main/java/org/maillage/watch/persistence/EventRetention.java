package org.maillage.watch.persistence;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.maillage.database.WriteLocks;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes the events older than the retention, with their {@code ABOUT} links; their keys stay, shared with other
 * events and named by watches. One transaction per batch, so that a backlog (a service long stopped, a shorter
 * retention) never makes one transaction of millions of deletions, and a run that fails keeps what it committed.
 * <p>
 * Each batch takes its events' write locks before deleting them (in id order, {@link WriteLocks}): a second run at once,
 * on this instance or another, waits for the first, finds gone what it deleted, and deletes only the rest. Neo4j lets
 * both delete a node and counts it in both statements' summaries; locking first makes each run's count its own.
 */
@Component
public class EventRetention {

	private static final Logger log = LoggerFactory.getLogger(EventRetention.class);

	private static final int BATCH = 5_000;

	/** The oldest events first, through the {@code watch_event_at} index and in its order: no sort. */
	static final String OLDEST = """
			MATCH (e:WatchEvent) WHERE e.at < $before
			RETURN e.id ORDER BY e.at LIMIT $batch""";

	private final Neo4jClient neo4j;

	private final WriteLocks locks;

	private final TransactionTemplate transactions;

	EventRetention(Neo4jClient neo4j, WriteLocks locks, TransactionTemplate transactions) {
		this.neo4j = neo4j;
		this.locks = locks;
		this.transactions = transactions;
	}

	/** Deletes the events recorded before {@code before}; returns how many this run deleted. */
	public long deleteBefore(Instant before) {
		return deleteBefore(before, BATCH);
	}

	long deleteBefore(Instant before, int batch) {
		long deleted = 0;
		Round round;
		do {
			round = this.transactions.execute(status -> deleteOldest(before, batch));
			deleted += round.deleted();
		}
		// a batch another run deleted under this one's feet: that run goes on, this one may stop
		while (round.found() == batch && round.deleted() > 0);
		log.info("{} watch event(s) recorded before {} deleted", deleted, before);
		return deleted;
	}

	private record Round(int found, int deleted) {
	}

	/** Deletes the oldest batch still there. */
	private Round deleteOldest(Instant before, int batch) {
		List<String> oldest = List.copyOf(this.neo4j.query(OLDEST)
			.bindAll(Map.of("before", before.atOffset(ZoneOffset.UTC), "batch", batch))
			.fetchAs(String.class)
			.all());
		Set<String> ours = this.locks.lock("WatchEvent", oldest);
		this.neo4j.query("""
				UNWIND $ids AS id
				MATCH (e:WatchEvent {id: id})
				DETACH DELETE e""").bindAll(Map.of("ids", List.copyOf(ours))).run();
		return new Round(oldest.size(), ours.size());
	}

}
