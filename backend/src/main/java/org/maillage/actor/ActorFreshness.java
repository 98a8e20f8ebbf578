package org.maillage.actor;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.maillage.actor.persistence.ActorGraph;
import org.maillage.actor.persistence.FreshnessQueries;
import org.maillage.actor.persistence.FreshnessQueries.Candidate;
import org.maillage.database.WriteLocks;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which actors' profiles are stale (their owners have not confirmed them for a while), for the reminders sent to
 * their owners. Each batch is taken in the caller's transaction: the actors are locked, in id order, and marked
 * reminded, so that two services (or two runs) sharing the database never remind one actor twice.
 */
@Service
public class ActorFreshness {

	private final FreshnessQueries queries;

	private final WriteLocks locks;

	ActorFreshness(FreshnessQueries queries, WriteLocks locks) {
		this.queries = queries;
		this.locks = locks;
	}

	/**
	 * The next batch of at most {@code size} actors confirmed before {@code staleBefore} and not reminded since, after
	 * {@code after} (null for the first): those still so once locked are marked reminded and returned in
	 * {@link Batch#reminded()}. Must run in a transaction, which the locks last as long as.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Batch remindNext(Instant staleBefore, Key after, int size) {
		List<Candidate> candidates = this.queries.candidates(staleBefore, after == null ? null : after.confirmedAt(),
				after == null ? null : after.id(), size);
		if (candidates.isEmpty()) {
			return new Batch(List.of(), null, 0);
		}
		List<String> ids = candidates.stream().map(Candidate::id).toList();
		Set<String> locked = this.locks.lock(ActorGraph.LABEL, ids);
		List<StaleActor> reminded = this.queries.markReminded(List.copyOf(locked), staleBefore)
			.stream()
			.map(row -> new StaleActor((String) row.get("id"), (String) row.get("name"),
					Instant.ofEpochMilli(((Number) row.get("confirmedAt")).longValue())))
			.toList();
		Candidate last = candidates.get(candidates.size() - 1);
		return new Batch(reminded, new Key(last.confirmedAt(), last.id()), candidates.size());
	}

	/** Where a batch ended, in (confirmedAt, id) order. */
	public record Key(String confirmedAt, String id) {
	}

	/**
	 * @param reminded the actors marked reminded by this batch
	 * @param next where the next batch starts; null when there was nothing left
	 * @param read how many stale actors the batch read (those another run reminded first included)
	 */
	public record Batch(List<StaleActor> reminded, Key next, int read) {
	}

	/** A stale actor: its name and when its owners last confirmed it. */
	public record StaleActor(String id, String name, Instant confirmedAt) {
	}

}
