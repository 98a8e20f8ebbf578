package org.maillage.watch;

import java.time.Instant;

import org.maillage.core.BackgroundThread;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends the digests due, once the service is ready (after {@code digest-first-check-delay}), then every
 * {@code digest-check-interval}, on a thread of its own. A run that fails is logged and the next one takes up what it
 * did not mark sent. A zero interval, or a process that sends no e-mail, sends nothing.
 */
@Component
class DigestSchedule extends BackgroundThread {

	private final Digests digests;

	private final WatchProperties properties;

	@Value("${maillage.mail.sending:true}")
	private boolean sending = true;

	DigestSchedule(Digests digests, WatchProperties properties) {
		super("watch-digests");
		this.digests = digests;
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		if (this.sending && !this.properties.digestCheckInterval().isZero()) {
			repeat("Watch digests", () -> this.digests.run(Instant.now()), this.properties.digestFirstCheckDelay(),
					this.properties.digestCheckInterval());
		}
	}

}
