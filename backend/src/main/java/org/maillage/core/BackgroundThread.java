package org.maillage.core;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.springframework.context.SmartLifecycle;

/**
 * A thread of the service's own for work no request waits for (the observatory's figures, the e-mail outbox): a
 * daemon, named, started and stopped with the application context, so that no work of it outlives the service.
 */
public class BackgroundThread implements SmartLifecycle {

	private final String name;

	private ScheduledExecutorService executor;

	public BackgroundThread(String name) {
		this.name = name;
	}

	/**
	 * Runs {@code work} after {@code firstMillis}, then every {@code everyMillis} after each run ends; once when
	 * {@code everyMillis} is zero. Nothing when the thread is stopped.
	 */
	public ScheduledFuture<?> every(Runnable work, long firstMillis, long everyMillis) {
		ScheduledExecutorService running = this.executor;
		if (running == null) {
			return null;
		}
		return everyMillis > 0 ? running.scheduleWithFixedDelay(work, firstMillis, everyMillis, TimeUnit.MILLISECONDS)
				: running.schedule(work, firstMillis, TimeUnit.MILLISECONDS);
	}

	@Override
	public void start() {
		this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, this.name);
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
