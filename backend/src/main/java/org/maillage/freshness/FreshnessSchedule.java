package org.maillage.freshness;

import org.maillage.core.BackgroundThread;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Looks for stale profiles once the service is ready (after {@code first-check-delay}), then every
 * {@code check-interval}, on a thread of its own. A check that fails (the database away) is logged and done again at
 * the next interval: what it reminded is marked, what it did not is found again. A zero interval, or a process that
 * sends no e-mail ({@code maillage.mail.sending=false}, the command-line import), checks nothing.
 */
@Component
class FreshnessSchedule extends BackgroundThread {

	private final FreshnessReminders reminders;

	private final FreshnessProperties properties;

	@Value("${maillage.mail.sending:true}")
	private boolean sending = true;

	FreshnessSchedule(FreshnessReminders reminders, FreshnessProperties properties) {
		super("freshness-reminders");
		this.reminders = reminders;
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		if (this.sending && !this.properties.checkInterval().isZero()) {
			repeat("Stale profile reminders", this.reminders::run, this.properties.firstCheckDelay(),
					this.properties.checkInterval());
		}
	}

}
