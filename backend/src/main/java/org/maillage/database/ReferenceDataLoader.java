package org.maillage.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.GZIPInputStream;
import java.io.OutputStream;

import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Loads a reference data file of the graph-schema module (tab-separated, header line, optionally gzipped) into the
 * graph with a Cypher statement that receives the rows as {@code $rows}, in batches. A file whose checksum is
 * recorded as loaded is skipped, so restarts cost nothing; an updated file is loaded again, so the statements must
 * be idempotent (MERGE). The features owning the data supply the Cypher.
 */
@Component
public class ReferenceDataLoader {

	private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);

	private static final int BATCH_SIZE = 5_000;

	/** A batch takes well under a second; one still running after this long is reported with every thread's stack. */
	private static final long SLOW_BATCH_SECONDS = 15;

	/**
	 * Watches batches still running: some starts of the test suite stall on one batch for over a minute while a
	 * run of the same tests alone does not, and only the threads' stacks at that moment can say on what.
	 */
	private static final ScheduledExecutorService WATCH = Executors.newSingleThreadScheduledExecutor(task -> {
		Thread thread = new Thread(task, "reference-data-watch");
		thread.setDaemon(true);
		return thread;
	});

	private final DatabaseSessions sessions;

	private final ResourceLoader resources;

	ReferenceDataLoader(DatabaseSessions sessions, ResourceLoader resources) {
		this.sessions = sessions;
		this.resources = resources;
	}

	/**
	 * Loads a file unless this exact file was loaded before.
	 * @param location classpath location, such as {@code classpath:neo4j/reference/regions.tsv}
	 * @param batchCypher run once per batch with {@code $rows}: a list of maps keyed by the header's column names
	 * @return how many rows were loaded, 0 when the file was already loaded
	 */
	public long load(String location, String batchCypher) {
		Resource resource = this.resources.getResource(location);
		String name = resource.getFilename();
		long checksum = checksum(resource);
		try (Session session = this.sessions.open()) {
			boolean loaded = session
				.run("OPTIONAL MATCH (r:ReferenceData {name: $name}) RETURN r.checksum = $checksum AS loaded",
						Map.of("name", name, "checksum", checksum))
				.single()
				.get("loaded")
				.asBoolean(false);
			if (loaded) {
				return 0;
			}
			long started = System.nanoTime();
			long rows = loadBatches(session, resource, batchCypher);
			session.executeWriteWithoutResult(tx -> tx.run("""
					MERGE (r:ReferenceData {name: $name})
					SET r.checksum = $checksum, r.rows = $rows, r.loadedAt = datetime()""",
					Map.of("name", name, "checksum", checksum, "rows", rows)));
			log.info("Loaded {} rows of {} in {} ms", rows, name, (System.nanoTime() - started) / 1_000_000);
			return rows;
		}
	}

	/** Makes the next {@link #load} of this file (by its name) load it again: data it depends on was reloaded. */
	public void forget(String name) {
		try (Session session = this.sessions.open()) {
			session.executeWriteWithoutResult(
					tx -> tx.run("MATCH (r:ReferenceData {name: $name}) DELETE r", Map.of("name", name)).consume());
		}
	}

	/**
	 * Samples every index again, waits for it, and forgets every plan, so that the next statements are planned with
	 * the statistics of what was just loaded. Statements that find nodes just loaded need it: planned while the
	 * id index's last sample still said it was empty, the commune centres' statement scanned that index for every row
	 * instead of seeking one (64–96 s for its first batch in some test runs, where it takes 1.6 s; thread dumps of
	 * 2026-12-03). A hint naming the index did not help: a scan satisfies it too.
	 */
	public void planWithWhatWasLoaded() {
		long started = System.nanoTime();
		try (Session session = this.sessions.open()) {
			session.run("CALL db.prepareForReplanning($seconds)", Map.of("seconds", 120)).consume();
		}
		log.info("Indexes sampled again and plans forgotten in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

	/** Runs one statement that derives data from what was loaded (in the same database), in its own transaction. */
	public void derive(String cypher) {
		try (Session session = this.sessions.open()) {
			session.executeWriteWithoutResult(tx -> tx.run(cypher).consume());
		}
	}

	private long loadBatches(Session session, Resource resource, String batchCypher) {
		// TSV, or CSV without quoted fields (a vendored file kept as given): files say which by their name
		String separator = resource.getFilename() != null && resource.getFilename().matches(".*\\.csv(\\.gz)?") ? ","
				: "\t";
		try (BufferedReader reader = reader(resource)) {
			String[] header = reader.readLine().split(separator, -1);
			List<Map<String, Object>> batch = new ArrayList<>(BATCH_SIZE);
			long rows = 0;
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isEmpty()) {
					continue;
				}
				batch.add(row(header, line.split(separator, -1)));
				if (batch.size() == BATCH_SIZE) {
					rows += write(session, batchCypher, batch);
					log.info("  {}: {} rows loaded", resource.getFilename(), rows);
				}
			}
			return rows + write(session, batchCypher, batch);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read reference data " + resource.getDescription(), ex);
		}
	}

	private static int write(Session session, String batchCypher, List<Map<String, Object>> batch) {
		if (batch.isEmpty()) {
			return 0;
		}
		List<Map<String, Object>> rows = List.copyOf(batch);
		Thread loading = Thread.currentThread();
		ScheduledFuture<?> watch = WATCH.schedule(() -> reportSlow(loading), SLOW_BATCH_SECONDS, TimeUnit.SECONDS);
		try {
			session.executeWriteWithoutResult(tx -> tx.run(batchCypher, Map.of("rows", rows)).consume());
		}
		finally {
			watch.cancel(false);
		}
		batch.clear();
		return rows.size();
	}

	/** Logs every thread's stack, the loading thread's first, while a batch has been running for too long. */
	private static void reportSlow(Thread loading) {
		StringBuilder stacks = new StringBuilder();
		Map<Thread, StackTraceElement[]> all = Thread.getAllStackTraces();
		List<Thread> threads = new ArrayList<>(all.keySet());
		threads.sort((one, other) -> one == loading ? -1 : other == loading ? 1 : 0);
		for (Thread thread : threads) {
			stacks.append('\n').append(thread.getName()).append(" (").append(thread.getState()).append(')');
			for (StackTraceElement frame : all.get(thread)) {
				stacks.append("\n    at ").append(frame);
			}
		}
		log.warn("A batch of reference data has been running for {} s; the threads now:{}", SLOW_BATCH_SECONDS,
				stacks);
	}

	/** Empty cells become absent values, so that Cypher sees null rather than "". */
	private static Map<String, Object> row(String[] header, String[] cells) {
		Map<String, Object> row = new HashMap<>();
		for (int i = 0; i < header.length; i++) {
			row.put(header[i], (i < cells.length && !cells[i].isEmpty()) ? cells[i] : null);
		}
		return row;
	}

	private static BufferedReader reader(Resource resource) throws IOException {
		InputStream in = resource.getInputStream();
		if (resource.getFilename() != null && resource.getFilename().endsWith(".gz")) {
			in = new GZIPInputStream(in);
		}
		return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
	}

	private static long checksum(Resource resource) {
		try (var in = new CheckedInputStream(resource.getInputStream(), new CRC32())) {
			in.transferTo(OutputStream.nullOutputStream());
			return in.getChecksum().getValue();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read reference data " + resource.getDescription(), ex);
		}
	}

}
