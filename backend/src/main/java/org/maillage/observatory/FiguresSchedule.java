package org.maillage.observatory;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Refreshes the figures once the service is ready, then every {@code refresh-interval}, on a thread of its own: a
 * refresh reads the whole graph (seconds at 100,000 actors) and no request waits for it. A refresh that fails (the
 * database away) is logged and tried again at the next interval; the figures already stored keep being served.
 */
@Component
class FiguresSchedule implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(FiguresSchedule.class);

	private final FiguresRefresh refresh;

	private final ObservatoryProperties properties;

	private ScheduledExecutorService executor;

	FiguresSchedule(FiguresRefresh refresh, ObservatoryProperties properties) {
		this.refresh = refresh;
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		if (this.executor == null) {
			return;
		}
		long first = this.properties.firstRefreshDelay().toMillis();
		long every = this.properties.refreshInterval().toMillis();
		if (every > 0) {
			this.executor.scheduleWithFixedDelay(this::refresh, first, every, TimeUnit.MILLISECONDS);
		}
		else {
			this.executor.schedule(this::refresh, first, TimeUnit.MILLISECONDS);
		}
	}

	private void refresh() {
		try {
			this.refresh.refresh();
		}
		catch (RuntimeException ex) {
			log.warn("Observatory figures not refreshed ({}); the last ones stay in use", ex.getMessage());
		}
	}

	@Override
	public void start() {
		this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "observatory-figures");
			thread.setDaemon(true);
			return thread;
		});
	}

	@Override
	public void stop() {
		this.executor.shutdownNow();
		this.executor = null;
	}

	@Override
	public boolean isRunning() {
		return this.executor != null;
	}

}
