package org.maillage.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * A thread of the service's own for work no request waits for (the observatory's figures, the e-mail outbox): a
 * daemon, named, started and stopped with the application context, so that no work of it outlives the service. What
 * it was asked to run again and again starts again when the context is started again after a stop (Spring's test
 * framework pauses the contexts it caches, and resumes them for the next test class that uses them).
 */
public class BackgroundThread implements SmartLifecycle {

	/** The subclass's logger, so that a feature's logging level covers the work of its thread too. */
	private final Logger log = LoggerFactory.getLogger(getClass());

	private final String name;

	private ScheduledExecutorService executor;

	private final List<Runnable> schedules = new ArrayList<>();

	public BackgroundThread(String name) {
		this.name = name;
	}

	/**
	 * Runs {@code work} after {@code firstMillis}, then every {@code everyMillis} after each run ends; once when
	 * {@code everyMillis} is zero. Repeated work asked while the thread is stopped begins when it starts, and begins
	 * again at each start.
	 */
	public synchronized void every(Runnable work, long firstMillis, long everyMillis) {
		Runnable schedule = () -> {
			if (everyMillis > 0) {
				this.executor.scheduleWithFixedDelay(work, firstMillis, everyMillis, TimeUnit.MILLISECONDS);
			}
			else {
				this.executor.schedule(work, firstMillis, TimeUnit.MILLISECONDS);
			}
		};
		if (everyMillis > 0) {
			this.schedules.add(schedule);
		}
		if (this.executor != null) {
			schedule.run();
		}
	}

	/**
	 * As {@link #every}, for work that may fail (the database away): a failed run is logged as a warning naming
	 * {@code what} and the thread, and does not stop the runs after it, which take up what it left.
	 * @param what what the work does, for the log ("Watch digests", "Stale profile reminders")
	 */
	public void repeat(String what, Runnable work, Duration first, Duration interval) {
		every(() -> {
			try {
				work.run();
			}
			catch (RuntimeException ex) {
				this.log.warn("{} failed on thread {} ({}); {}", what, this.name, ex.getMessage(),
						interval.isZero() ? "not run again" : "the next run, in " + interval + ", takes it up");
			}
		}, first.toMillis(), interval.toMillis());
	}

	@Override
	public synchronized void start() {
		this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, this.name);
			thread.setDaemon(true);
			return thread;
		});
		this.schedules.forEach(Runnable::run);
	}

	@Override
	public synchronized void stop() {
		this.executor.shutdownNow();
		this.executor = null;
	}

	@Override
	public synchronized boolean isRunning() {
		return this.executor != null;
	}

}
