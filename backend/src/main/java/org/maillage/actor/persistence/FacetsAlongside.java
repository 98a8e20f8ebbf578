package org.maillage.actor.persistence;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.maillage.core.Deadline;
import org.maillage.core.HandedOverWork;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Counts a list's facets on a thread of their own while the request reads its page, so that the request waits for
 * the longer of the two statements instead of both one after the other: the facets of a list counted at the request
 * had added half to twice the list's time (docs/observatory.md, "Facets counted beside the page").
 * <p>
 * A few threads only ({@code maillage.directory.facet-threads}, by default one per processor): when all are busy, the
 * request counts its facets itself after its page, as without them. A loaded service, whose processors are all taken
 * by requests, gains nothing from a second statement per request; a lightly loaded one answers sooner. The counting
 * keeps its request's {@link Deadline}: its transaction ends when the request's would.
 */
@Component
class FacetsAlongside implements DisposableBean {

	private final ThreadPoolExecutor threads;

	FacetsAlongside(@Value("${maillage.directory.facet-threads:0}") int threads) {
		int count = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
		AtomicInteger made = new AtomicInteger();
		this.threads = new ThreadPoolExecutor(count, count, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
			Thread thread = new Thread(task, "facet-counting-" + made.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		}, new ThreadPoolExecutor.AbortPolicy());
		this.threads.allowCoreThreadTimeOut(true);
	}

	/**
	 * Starts {@code counting} on a free thread and gives what waits for it; when no thread is free, gives {@code
	 * counting} itself, run once by the first caller to ask. A failure of the counting is thrown to whoever asks, as
	 * it would have been had it run there.
	 */
	<T> Supplier<T> started(Supplier<T> counting) {
		Deadline deadline = Deadline.current().orElse(null);
		Future<T> counted;
		try {
			counted = this.threads.submit(() -> {
				if (deadline == null) {
					return counting.get();
				}
				try (Deadline.Scope scope = deadline.adopt()) {
					return counting.get();
				}
			});
		}
		catch (RejectedExecutionException busy) {
			return SingletonSupplier.of(counting);
		}
		return () -> waitFor(counted);
	}

	/**
	 * Runs {@code work}, which no request waits for, on a free thread if there is one.
	 * @return whether it was started
	 */
	boolean offered(Runnable work) {
		try {
			this.threads.execute(work);
			return true;
		}
		catch (RejectedExecutionException busy) {
			return false;
		}
	}

	private static <T> T waitFor(Future<T> counted) {
		try {
			return counted.get();
		}
		catch (ExecutionException failed) {
			throw HandedOverWork.failure(failed);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			counted.cancel(true);
			throw new CancellationException("interrupted while the facets were counted");
		}
	}

	@Override
	public void destroy() {
		this.threads.shutdownNow();
	}

}
