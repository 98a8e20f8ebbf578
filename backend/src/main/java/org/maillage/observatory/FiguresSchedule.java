package org.maillage.observatory;

import org.maillage.core.BackgroundThread;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Refreshes the figures once the service is ready, then every {@code refresh-interval} (once only when it is zero), on
 * a thread of its own: a refresh reads the whole graph (seconds at 100,000 actors) and no request waits for it. A
 * refresh that fails (the database away) is logged and tried again at the next interval; the figures already stored
 * keep being served.
 */
@Component
class FiguresSchedule extends BackgroundThread {

	private final FiguresRefresh refresh;

	private final ObservatoryProperties properties;

	FiguresSchedule(FiguresRefresh refresh, ObservatoryProperties properties) {
		super("observatory-figures");
		this.refresh = refresh;
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		repeat("Observatory figures refresh", this.refresh::refresh, this.properties.firstRefreshDelay(),
				this.properties.refreshInterval());
	}

}
