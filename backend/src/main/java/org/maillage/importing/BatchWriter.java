package org.maillage.importing;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongUnaryOperator;

import org.maillage.core.HandedOverWork;

/**
 * Writes an import's batches one after the other on a thread of their own, while the reading thread reads and
 * checks the next batch: the database's work and the file's overlap, where they used to take turns
 * (docs/import.md, "Speed"). One batch at most is in flight, and each starts only once the one before it has
 * committed, so batches commit in the file's order, each with the job's progress, and a crash still loses at most
 * the batch in flight. A batch's work takes the number of rejected lines the job keeps before it and returns that
 * number after it.
 */
final class BatchWriter implements AutoCloseable {

	private final ExecutorService thread;

	private Future<Long> inFlight;

	private long kept;

	BatchWriter(String jobId, long keptBefore) {
		this.kept = keptBefore;
		this.thread = Executors.newSingleThreadExecutor(work -> {
			Thread writer = new Thread(work, "import-writer-" + jobId);
			writer.setDaemon(true);
			return writer;
		});
	}

	/** Starts this batch once the one in flight has committed; returns whether a batch committed meanwhile. */
	boolean next(LongUnaryOperator batch) {
		boolean committed = settle();
		long before = this.kept;
		this.inFlight = this.thread.submit(() -> batch.applyAsLong(before));
		return committed;
	}

	/** Runs this batch on the calling thread, once the one in flight has committed. */
	void now(LongUnaryOperator batch) {
		settle();
		this.kept = batch.applyAsLong(this.kept);
	}

	/**
	 * Waits for the batch in flight, if any; its failure (the database's, or the job taken over) is rethrown here as
	 * it was thrown. Returns whether a batch was in flight.
	 */
	boolean settle() {
		if (this.inFlight == null) {
			return false;
		}
		Future<Long> batch = this.inFlight;
		this.inFlight = null;
		try {
			this.kept = batch.get();
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while a batch was written", ex);
		}
		catch (ExecutionException ex) {
			throw HandedOverWork.failure(ex);
		}
	}

	/**
	 * Lets the batch in flight end before the reading thread goes on with a failure of its own (a malformed line
	 * further on): the job's progress then says what was written. A failure of that batch is the lesser news.
	 */
	@Override
	public void close() {
		try {
			settle();
		}
		catch (RuntimeException ex) {
			// the reading thread is already leaving with its own failure, or has settled the last batch
		}
		finally {
			this.thread.shutdown();
		}
	}

}
