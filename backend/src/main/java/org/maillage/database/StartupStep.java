package org.maillage.database;

import org.springframework.context.SmartLifecycle;

/**
 * Work the service does on the database at start-up, before the web server opens: nobody gets an answer from a
 * graph whose schema or reference data are not in place yet. Steps run in the order of their phase (schema, then
 * reference data, then derived data, then demo data), all of them before the web server's own phase.
 */
public abstract class StartupStep implements SmartLifecycle {

	/** Schema migrations. */
	public static final int SCHEMA = 0;

	/** Reference data: taxonomies, territories. */
	public static final int REFERENCE_DATA = 10;

	/** Data the service derives from the graph, rebuilt when what it derives from changed. */
	public static final int DERIVED_DATA = 50;

	/** Data that depends on the reference data, such as the demo territory. */
	public static final int SAMPLE_DATA = 100;

	private final int phase;

	private volatile boolean done;

	protected StartupStep(int phase) {
		this.phase = phase;
	}

	/** Does this step's work; it must be safe to run again at every start. */
	protected abstract void perform();

	@Override
	public final void start() {
		perform();
		this.done = true;
	}

	@Override
	public final void stop() {
		this.done = false;
	}

	@Override
	public final boolean isRunning() {
		return this.done;
	}

	@Override
	public final int getPhase() {
		return this.phase;
	}

}
