package org.maillage.database;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;

import org.neo4j.io.pagecache.PageCache;
import org.neo4j.io.pagecache.PageCursor;
import org.neo4j.io.pagecache.PagedFile;
import org.neo4j.io.pagecache.context.CursorContext;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.health.contributor.Health;

/**
 * Reads the embedded store into Neo4j's page cache in the background after a start, smallest files first (the
 * nodes, relationships and indexes every query walks before the properties it reads), until the page cache is full.
 * <p>
 * Neo4j fills its page cache as queries touch the store. On a store larger than a territory's usual working set,
 * each page a query meets for the first time is read from the file then: at 1,000,000 actors a problem ranked for
 * the first time took twice as long as the same ranking again, with the store in the system's file cache and a page
 * cache larger than the store (docs/performance.md). Neo4j Enterprise preloads its page cache at start; Community,
 * which this service embeds, does not, so this does the same with the page cache's own cursors: what it reads is
 * exactly what a query would have faulted in. Pages past the page cache's size would only evict the ones read before
 * them, so it stops there.
 */
final class PageCacheWarmUp implements Runnable {

	private static final Logger log = LoggerFactory.getLogger(PageCacheWarmUp.class);

	private static final long STOP_PATIENCE_MILLIS = 5_000;

	private final GraphDatabaseAPI database;

	private volatile boolean stopped;

	private volatile long megabytesRead;

	/** How long the whole warm-up took, once it is over; -1 until then. */
	private volatile long tookMillis = -1;

	private Thread thread;

	PageCacheWarmUp(GraphDatabaseAPI database) {
		this.database = database;
	}

	/** Starts reading on a daemon thread of low priority, so that requests come first. */
	synchronized void start() {
		this.thread = new Thread(this, "page-cache-warm-up");
		this.thread.setDaemon(true);
		this.thread.setPriority(Thread.MIN_PRIORITY);
		this.thread.start();
	}

	/** Stops at the next page and waits for the reading to end: the database is about to shut down. */
	synchronized void stop() {
		this.stopped = true;
		if (this.thread != null) {
			try {
				this.thread.join(STOP_PATIENCE_MILLIS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/**
	 * Always up: the service answers while its page cache fills, only slower on pages not read yet. The details say
	 * how far the warm-up is, for operators and benchmarks that measure the warm service.
	 */
	Health health() {
		long took = this.tookMillis;
		return Health.up()
			.withDetail("state", took < 0 ? "reading" : "done")
			.withDetail("megabytesRead", this.megabytesRead)
			.withDetail("tookMillis", Math.max(took, 0))
			.build();
	}

	@Override
	public void run() {
		long started = System.nanoTime();
		try {
			PageCache pageCache = this.database.getDependencyResolver().resolveDependency(PageCache.class);
			long room = pageCache.maxCachedPages();
			long read = 0;
			List<PagedFile> files = pageCache.listExistingMappings()
				.stream()
				.sorted(Comparator.comparingLong(PageCacheWarmUp::pages))
				.toList();
			for (PagedFile file : files) {
				if (this.stopped || read >= room) {
					break;
				}
				read += read(file, room - read);
				this.megabytesRead = megabytes(read, pageCache);
			}
			long storePages = files.stream().mapToLong(PageCacheWarmUp::pages).sum();
			log.info("Page cache warmed up in {} ms: {} MB read of the store's {} MB (page cache {} MB){}",
					(System.nanoTime() - started) / 1_000_000, megabytes(read, pageCache),
					megabytes(storePages, pageCache), megabytes(room, pageCache), this.stopped ? ", stopped" : "");
		}
		catch (IOException | RuntimeException ex) {
			// a database shutting down closes its files under the cursor: warming up is only ever a head start
			log.info("Page cache warm-up ended early: {}", ex.getMessage());
		}
		finally {
			this.tookMillis = (System.nanoTime() - started) / 1_000_000;
		}
	}

	/** Touches up to {@code limit} pages of this file, from its first; returns how many it touched. */
	private long read(PagedFile file, long limit) throws IOException {
		long touched = 0;
		// read ahead: the file is read from its first page to its last, as a scan would
		try (PageCursor cursor = file.io(0, PagedFile.PF_SHARED_READ_LOCK | PagedFile.PF_READ_AHEAD,
				CursorContext.NULL_CONTEXT)) {
			while (touched < limit && !this.stopped && cursor.next()) {
				touched++;
			}
		}
		return touched;
	}

	private static long pages(PagedFile file) {
		try {
			return file.getLastPageId() + 1;
		}
		catch (IOException ex) {
			return 0;
		}
	}

	private static long megabytes(long pages, PageCache pageCache) {
		return pages * pageCache.pageSize() / (1024 * 1024);
	}

}
