package org.maillage.watch;

import java.time.Instant;

import org.maillage.core.BackgroundThread;
import org.maillage.watch.persistence.EventRetention;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Deletes the events older than {@code retention}, after {@code retention-first-check-delay}, then every
 * {@code retention-check-interval} (zero: never), on a thread of its own rather than the digests': the events pile up
 * whether e-mail is sent or not ({@code maillage.mail.sending}), and a long backlog must not hold back the digests due.
 * A run that fails is logged; what it did not delete, the next one does.
 */
@Component
class EventRetentionSchedule extends BackgroundThread {

	private final EventRetention retention;

	private final WatchProperties properties;

	EventRetentionSchedule(EventRetention retention, WatchProperties properties) {
		super("watch-retention");
		this.retention = retention;
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		if (!this.properties.retentionCheckInterval().isZero()) {
			repeat("Deleting old watch events", this::deleteOld, this.properties.retentionFirstCheckDelay(),
					this.properties.retentionCheckInterval());
		}
	}

	private void deleteOld() {
		this.retention.deleteBefore(Instant.now().minus(this.properties.retention()));
	}

}
