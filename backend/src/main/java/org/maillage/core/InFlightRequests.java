package org.maillage.core;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

/**
 * The HTTP requests being served, with when each started: what liveness looks at to tell a service that still ends
 * its work from one that no longer does, and what a shutdown waits for before it closes the database.
 */
@Component
public class InFlightRequests {

	private final Map<Long, Long> startedAt = new ConcurrentHashMap<>();

	private final AtomicLong ids = new AtomicLong();

	/** Counts a request in; closing the returned handle counts it out. */
	public Handle begin() {
		long id = this.ids.incrementAndGet();
		this.startedAt.put(id, System.nanoTime());
		return () -> this.startedAt.remove(id);
	}

	public int count() {
		return this.startedAt.size();
	}

	/** How long the oldest request has been running, zero when none is. */
	public Duration oldest() {
		long now = System.nanoTime();
		return this.startedAt.values()
			.stream()
			.map(start -> Duration.ofNanos(now - start))
			.max(Duration::compareTo)
			.orElse(Duration.ZERO);
	}

	/** Waits, at most {@code patience}, for the requests being served to end; true if they all did. */
	public boolean awaitNone(Duration patience) {
		long until = System.nanoTime() + patience.toNanos();
		while (!this.startedAt.isEmpty()) {
			if (System.nanoTime() - until >= 0) {
				return false;
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return this.startedAt.isEmpty();
			}
		}
		return true;
	}

	public interface Handle extends AutoCloseable {

		@Override
		void close();

	}

}
