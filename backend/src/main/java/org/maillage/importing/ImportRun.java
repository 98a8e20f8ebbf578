package org.maillage.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.LongUnaryOperator;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.maillage.actor.ActorKind;
import org.maillage.actor.LegalUnit;
import org.maillage.actor.PublicRecord;
import org.maillage.actor.PublicRecords;
import org.maillage.actor.RecordChange;
import org.maillage.actor.Sector;
import org.maillage.actor.Succession;
import org.maillage.actor.UnclaimedEstablishment;
import org.maillage.core.Message;
import org.maillage.importing.persistence.ImportJobGraph;
import org.maillage.importing.persistence.ImportJobGraph.Progress;
import org.maillage.taxonomy.Trades;
import org.maillage.territory.Territories;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one import job to its end: reads the file from the first line not yet counted, checks each line, and writes
 * each batch (or, in a dry run, only compares it with the directory) in one transaction with the job's progress and
 * the batch's rejected lines. A crash loses at most the batch in flight, which the next run reads again.
 */
@Component
class ImportRun {

	/** A job whose runner has not counted a batch for this long is taken over by another service or run. */
	static final long STALE_SECONDS = 60;

	/** Runs of one job; one more means it stopped midway as many times, and it is marked FAILED. */
	static final int MAX_ATTEMPTS = 5;

	/** While lines already counted are read again, the heartbeat is renewed every this many. */
	private static final int SKIPPED_PER_BEAT = 10_000;

	private static final Logger log = LoggerFactory.getLogger(ImportRun.class);

	private static final long LOG_EVERY_NANOS = 10_000_000_000L;

	private final ImportJobGraph jobs;

	private final PublicRecords records;

	private final Territories territories;

	private final Trades trades;

	private final TransactionTemplate transactions;

	private final ImportProperties properties;

	/** This service among those sharing the database. */
	private final String runner = UUID.randomUUID().toString();

	ImportRun(ImportJobGraph jobs, PublicRecords records, Territories territories, Trades trades,
			TransactionTemplate transactions, ImportProperties properties) {
		this.jobs = jobs;
		this.records = records;
		this.territories = territories;
		this.trades = trades;
		this.transactions = transactions;
		this.properties = properties;
	}

	/**
	 * Runs the job if this service may claim it (it waits, or its runner stopped); {@code progress} hears of each
	 * batch (null: nobody listens). Returns whether it ran.
	 */
	boolean run(String jobId, Consumer<ImportJob> progress) {
		boolean claimed = Boolean.TRUE.equals(this.transactions.execute(status -> {
			this.jobs.lock(jobId);
			return this.jobs.claim(jobId, this.runner, STALE_SECONDS);
		}));
		if (!claimed) {
			return false;
		}
		Map<String, Object> job = this.jobs.find(jobId).orElseThrow();
		Path file = Path.of((String) job.get("file"));
		long attempts = job.get("attempts") == null ? 1 : ((Number) job.get("attempts")).longValue();
		if (attempts > MAX_ATTEMPTS) {
			// it stopped midway that many times (a database failure, a limit it hits at every try): it would again
			fail(jobId, "import.failed.repeatedly", String.valueOf(MAX_ATTEMPTS));
			return true;
		}
		try {
			read(jobId, file, (Boolean) job.get("dryRun"), ((Number) job.get("rowsRead")).longValue(),
					((Number) job.get("skipped")).longValue(), progress);
			this.jobs.finish(jobId, this.runner, "DONE", null, null);
		}
		catch (ImportFile.MalformedFileException ex) {
			fail(jobId, "import.file.malformed", String.valueOf(ex.line()));
		}
		catch (NoSuchFileException ex) {
			fail(jobId, "import.file.gone", file.toString());
		}
		catch (IOException ex) {
			fail(jobId, "import.file.unreadable", file.toString());
		}
		catch (UnknownLayoutException ex) {
			fail(jobId, "import.file.unknownLayout", ex.getMessage());
		}
		catch (TakenOverException ex) {
			log.warn("Import {} was taken over by another service; this one stops", jobId);
			return true;
		}
		forgetUpload(file);
		return true;
	}

	/** A file sent through the API is the job's own: once the job ended, nothing needs it any more. */
	private static void forgetUpload(Path file) {
		if (file.getParent() != null && file.getParent().getFileName() != null
				&& ImportJobs.UPLOADS.equals(file.getParent().getFileName().toString())) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				log.warn("Could not delete the imported file {}: {}", file, ex.getMessage());
			}
		}
	}

	private void fail(String jobId, String key, String value) {
		log.warn("Import {} failed: {} {}", jobId, key, value);
		this.jobs.finish(jobId, this.runner, "FAILED", key, List.of(value));
	}

	private void read(String jobId, Path path, boolean dryRun, long done, long skippedBefore,
			Consumer<ImportJob> progress) throws IOException {
		if (Files.size(path) == 0) {
			return;
		}
		long size = Files.size(path);
		KnownPlaces known = new KnownPlaces(this.territories, this.trades);
		long start = System.nanoTime();
		long lastLog = start;
		long rowsThisRun = 0;
		try (ImportFile file = new ImportFile(path); BatchWriter writer = new BatchWriter(jobId, skippedBefore)) {
			for (long skipped = 0; skipped < done; skipped++) {
				if (file.next() == null) {
					return;
				}
				if ((skipped + 1) % SKIPPED_PER_BEAT == 0) {
					this.jobs.beat(jobId, this.runner);
				}
			}
			long startPosition = file.position();
			long rowsRead = done;
			while (true) {
				List<ImportFile.Line> batch = new ArrayList<>(this.properties.batch());
				ImportFile.Line line;
				while (batch.size() < this.properties.batch() && (line = file.next()) != null) {
					batch.add(line);
				}
				if (batch.isEmpty()) {
					if (writer.settle()) {
						reportTo(progress, jobId);
					}
					return;
				}
				FileLayout layout = FileLayout.of(file.header())
					.orElseThrow(() -> new UnknownLayoutException(String.join(", ", file.header())));
				rowsRead += batch.size();
				rowsThisRun += batch.size();
				double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
				long position = file.position();
				Long eta = position > startPosition
						? Math.round(seconds * (size - position) / (double) (position - startPosition)) : null;
				Progress pace = new Progress(rowsRead, 0, 0, 0, 0, rowsThisRun / seconds,
						eta == null ? null : Math.max(0, eta));
				List<String> header = file.header();
				// records are checked here while the batch before them is written; the rarer files go one at a time
				boolean committed = switch (layout) {
					case SUCCESSIONS -> {
						writer.now(kept -> followSuccessions(jobId, dryRun, batch, pace, header, kept));
						yield true;
					}
					case LEGAL_UNITS -> {
						writer.now(kept -> writeLegalUnits(jobId, dryRun, batch, pace, header, kept));
						yield true;
					}
					case SIRENE -> writer.next(records(jobId, dryRun, new SireneLines(known, legalUnitsOf(batch)),
							batch, pace, header));
					case ACTORS -> writer.next(records(jobId, dryRun, new ActorLines(ActorColumns.of(header), known),
							batch, pace, header));
				};
				if (System.nanoTime() - lastLog > LOG_EVERY_NANOS) {
					lastLog = System.nanoTime();
					log.info("Import {}: {} lines read, {} lines/s, about {} s left", jobId, rowsRead,
							Math.round(rowsThisRun / seconds), eta);
				}
				if (committed) {
					reportTo(progress, jobId);
				}
			}
		}
	}

	/** Tells the listener, if any, where the job stands after a batch committed. */
	private void reportTo(Consumer<ImportJob> progress, String jobId) {
		if (progress != null) {
			this.jobs.find(jobId).map(ImportJobs::job).ifPresent(progress);
		}
	}

	/** The legal units imported from their own file for the batch's establishments a joined file would describe. */
	private Map<String, LegalUnit> legalUnitsOf(List<ImportFile.Line> batch) {
		Set<String> sirens = new HashSet<>();
		for (ImportFile.Line line : batch) {
			String siret = line.get("siret");
			if (siret != null && siret.length() == 14 && line.get("categorieJuridiqueUniteLegale") == null) {
				sirens.add(siret.substring(0, 9));
			}
		}
		return this.records.legalUnits(sirens);
	}

	/**
	 * Checks, keeps and counts one batch of legal units in one transaction, and gives the unclaimed profiles of their
	 * establishments the kind and sector their category implies (and their unit's name, when they had only their
	 * number); returns how many rejected lines the job has.
	 */
	private long writeLegalUnits(String jobId, boolean dryRun, List<ImportFile.Line> batch, Progress pace,
			List<String> header, long keptBefore) {
		Map<String, LegalUnit> units = new LinkedHashMap<>();
		Map<String, Long> lineOfSiren = new HashMap<>();
		List<Map<String, Object>> rejections = new ArrayList<>();
		for (ImportFile.Line line : batch) {
			LegalUnitLines.Checked checked = LegalUnitLines.check(line);
			if (checked.rejection() != null) {
				rejections.add(rejection(line, checked.rejection(), header));
				continue;
			}
			String siren = checked.unit().siren();
			if (lineOfSiren.containsKey(siren)) {
				long earlier = lineOfSiren.get(siren);
				rejections.add(rejection(batch.get((int) (earlier - batch.get(0).number())),
						Message.of("import.siren.repeated", siren, String.valueOf(line.number())), header));
			}
			units.put(siren, checked.unit());
			lineOfSiren.put(siren, line.number());
		}
		List<LegalUnit> accepted = List.copyOf(units.values());
		return commit(jobId, pace, header, keptBefore, rejections, () -> {
			if (dryRun) {
				return List.copyOf(this.records.compareLegalUnits(accepted).values());
			}
			Map<String, RecordChange> changes = this.records.saveLegalUnits(accepted);
			reclassify(units);
			return List.copyOf(changes.values());
		});
	}

	private void reclassify(Map<String, LegalUnit> units) {
		Map<String, ActorKind> kinds = new HashMap<>();
		Map<String, Sector> sectors = new HashMap<>();
		Map<String, String> names = new HashMap<>();
		for (UnclaimedEstablishment establishment : this.records.unclaimedOf(units.keySet())) {
			LegalUnit unit = units.get(establishment.siret().substring(0, 9));
			LegalCategories.KindAndSector what = LegalCategories.of(unit.category(),
					establishment.trade() == null ? "" : establishment.trade());
			kinds.put(establishment.actorId(), what.kind());
			sectors.put(establishment.actorId(), what.sector());
			boolean numberOnly = SireneLines.fallbackName(establishment.siret()).equals(establishment.name());
			names.put(establishment.actorId(),
					numberOnly && unit.name() != null ? unit.name() : establishment.name());
		}
		this.records.reclassify(kinds, sectors, names);
	}

	/**
	 * Checks one batch of records (establishments, or an actor file's actors) on the calling thread, and gives the
	 * work that writes and counts them in one transaction, which takes the number of rejected lines the job keeps
	 * before it and returns that number after it.
	 */
	private LongUnaryOperator records(String jobId, boolean dryRun, RecordLines lines, List<ImportFile.Line> batch,
			Progress pace, List<String> header) {
		Map<String, PublicRecord> accepted = new LinkedHashMap<>();
		Map<String, Long> lineOfKey = new HashMap<>();
		List<Map<String, Object>> rejections = new ArrayList<>();
		for (ImportFile.Line line : batch) {
			CheckedRecord checked = lines.check(line);
			Message reason = checked.rejection();
			String key = reason == null ? checked.record().key() : null;
			if (reason == null && lineOfKey.containsKey(key)) {
				// the later line of an actor wins, as it would in a later batch
				long earlier = lineOfKey.get(key);
				rejections.add(rejection(batch.get((int) (earlier - batch.get(0).number())),
						checked.record().siret() != null
								? Message.of("import.siret.repeated", key, String.valueOf(line.number()))
								: Message.of("import.actor.repeated", checked.record().name(),
										String.valueOf(line.number())),
						header));
			}
			if (reason == null) {
				accepted.put(key, checked.record());
				lineOfKey.put(key, line.number());
			}
			else {
				rejections.add(rejection(line, reason, header));
			}
		}
		List<PublicRecord> records = List.copyOf(accepted.values());
		return keptBefore -> commit(jobId, pace, header, keptBefore, rejections, () -> {
			Map<String, RecordChange> changes = dryRun ? this.records.compare(records) : this.records.save(records);
			return List.copyOf(changes.values());
		});
	}

	/**
	 * Checks and follows one batch of succession links in one transaction; a link whose successor has an actor of
	 * its own besides the predecessor's is rejected with the reason. Returns how many rejected lines the job has.
	 */
	private long followSuccessions(String jobId, boolean dryRun, List<ImportFile.Line> batch, Progress pace,
			List<String> header, long keptBefore) {
		Map<Succession, ImportFile.Line> links = new LinkedHashMap<>();
		List<Map<String, Object>> rejections = new ArrayList<>();
		for (ImportFile.Line line : batch) {
			SuccessionLines.Checked checked = SuccessionLines.check(line);
			if (checked.rejection() == null && links.containsKey(checked.link())) {
				rejections.add(rejection(line, Message.of("import.succession.repeated", checked.link().predecessor(),
						checked.link().successor(), String.valueOf(links.get(checked.link()).number())), header));
			}
			else if (checked.rejection() == null) {
				links.put(checked.link(), line);
			}
			else {
				rejections.add(rejection(line, checked.rejection(), header));
			}
		}
		return commit(jobId, pace, header, keptBefore, rejections, () -> {
			Map<Succession, RecordChange> changes = this.records.follow(List.copyOf(links.keySet()), dryRun);
			List<RecordChange> counted = new ArrayList<>();
			changes.forEach((link, change) -> {
				if (change == RecordChange.CONFLICT) {
					rejections.add(rejection(links.get(link),
							Message.of("import.succession.conflict", link.predecessor(), link.successor()), header));
				}
				else {
					counted.add(change);
				}
			});
			return counted;
		});
	}

	/**
	 * Writes one batch with the job's counts, in one transaction that takes the job's lock first, so that its
	 * runner is read as committed when the batch is counted. {@code changes} writes (or compares) the batch and
	 * says what each accepted line did; it may add rejections. Returns how many rejected lines the job has.
	 */
	private long commit(String jobId, Progress pace, List<String> header, long keptBefore,
			List<Map<String, Object>> rejections, Supplier<List<RecordChange>> changes) {
		Boolean ours = this.transactions.execute(status -> {
			this.jobs.lock(jobId);
			Map<RecordChange, Long> counts = new EnumMap<>(RecordChange.class);
			changes.get().forEach(change -> counts.merge(change, 1L, Long::sum));
			Progress progress = new Progress(pace.rowsRead(), counts.getOrDefault(RecordChange.CREATE, 0L),
					counts.getOrDefault(RecordChange.UPDATE, 0L), counts.getOrDefault(RecordChange.UNCHANGED, 0L),
					rejections.size(), pace.rowsPerSecond(), pace.etaSeconds());
			if (!this.jobs.progress(jobId, this.runner, progress, header)) {
				status.setRollbackOnly();
				return false;
			}
			this.jobs.reject(jobId, rejections.stream()
				.limit(Math.max(0, this.properties.keptRejections() - keptBefore))
				.toList());
			return true;
		});
		if (!Boolean.TRUE.equals(ours)) {
			throw new TakenOverException();
		}
		return keptBefore + rejections.size();
	}

	/** A rejected line, its values in the header's order, empty where the line stopped short. */
	private static Map<String, Object> rejection(ImportFile.Line line, Message reason, List<String> header) {
		Map<String, Object> rejection = new HashMap<>();
		rejection.put("line", line.number());
		rejection.put("reasonKey", reason.key());
		rejection.put("reasonArgs", reason.args().stream().map(String::valueOf).toList());
		rejection.put("values", header.stream().map(column -> {
			String value = line.values().get(column);
			return value == null ? "" : value;
		}).toList());
		return rejection;
	}

	/** A file whose columns are none of a SIRENE file's nor an actor file's (no name column). */
	private static final class UnknownLayoutException extends RuntimeException {

		UnknownLayoutException(String columns) {
			super(columns, null, false, false);
		}

	}

	/** Another service claimed the job while this one stood still longer than {@link #STALE_SECONDS}. */
	private static final class TakenOverException extends RuntimeException {

		TakenOverException() {
			super(null, null, false, false);
		}

	}

}
