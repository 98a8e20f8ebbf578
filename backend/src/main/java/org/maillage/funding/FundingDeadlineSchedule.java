package org.maillage.funding;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.maillage.core.BackgroundThread;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Looks for calls closing soon once the service is ready, then every {@code deadline-check-interval}, on a thread of
 * its own; a zero interval looks for none. A check that fails (the database away) is logged and done again at the next
 * interval: a call is marked warned in the transaction that announces it, so none is lost nor announced twice.
 */
@Component
class FundingDeadlineSchedule extends BackgroundThread {

	private static final Logger log = LoggerFactory.getLogger(FundingDeadlineSchedule.class);

	private final FundingCalls calls;

	private final FundingProperties properties;

	FundingDeadlineSchedule(FundingCalls calls, FundingProperties properties) {
		super("funding-deadlines");
		this.calls = calls;
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		if (!this.properties.deadlineCheckInterval().isZero()) {
			repeat("Funding deadline check", this::check, this.properties.firstDeadlineCheckDelay(),
					this.properties.deadlineCheckInterval());
		}
	}

	private void check() {
		int warned = this.calls.warnOfDeadlines();
		if (warned > 0) {
			log.info("{} funding call(s) closing soon announced to the watch", warned);
		}
	}

}
