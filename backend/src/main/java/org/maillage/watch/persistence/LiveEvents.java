package org.maillage.watch.persistence;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The ids of events as they are committed, for live subscribers on this service; each subscriber checks each id
 * against its own watches and what it may see ({@link WatchGraph#deliverable}). Best effort: a subscriber too slow
 * for the flow misses events, which its feed still has.
 */
@Component
public class LiveEvents {

	private final Sinks.Many<String> committed = Sinks.many().multicast().directBestEffort();

	/** The ids of the events committed from now on. */
	public Flux<String> committed() {
		return this.committed.asFlux();
	}

	void afterCommit(String eventId) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					publish(eventId);
				}
			});
		}
		else {
			publish(eventId);
		}
	}

	private synchronized void publish(String eventId) {
		this.committed.tryEmitNext(eventId);
	}

}
