package org.maillage.core;

import java.util.concurrent.ExecutionException;

/**
 * Work a request or a job hands to another thread and waits for: its failure is thrown by the waiting thread as the
 * work would have thrown it there, so that it is classified the same (a database failure, a deadline passed), not
 * as the executor's wrapper.
 */
public final class HandedOverWork {

	private HandedOverWork() {
	}

	/**
	 * The exception to throw for work that failed on another thread: its own, when unchecked; an {@link Error} is
	 * thrown from here.
	 */
	public static RuntimeException failure(ExecutionException failed) {
		if (failed.getCause() instanceof RuntimeException cause) {
			return cause;
		}
		if (failed.getCause() instanceof Error cause) {
			throw cause;
		}
		return new IllegalStateException(failed.getCause());
	}

}
