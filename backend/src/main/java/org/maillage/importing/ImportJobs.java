package org.maillage.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.maillage.core.BackgroundThread;
import org.maillage.core.Connection;
import org.maillage.core.ForbiddenException;
import org.maillage.core.InvalidInputException;
import org.maillage.core.Message;
import org.maillage.core.NotFoundException;
import org.maillage.core.PageRequest;
import org.maillage.importing.persistence.ImportJobGraph;
import org.maillage.security.Caller;
import org.maillage.security.Callers;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Import jobs: asked for by operators (administrators) on files in the import folder, queued in the graph, and run
 * one at a time by a thread of the service, which also resumes the jobs a stopped service left unfinished.
 */
@Service
public class ImportJobs extends BackgroundThread {

	/** The import folder's folder of files sent through the API, each deleted once imported. */
	static final String UPLOADS = "envois";

	/** How often the thread looks for queued or abandoned jobs. */
	static final long LOOK_EVERY_MILLIS = 2_000;

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	private final ImportJobGraph graph;

	private final ImportRun run;

	private final Callers callers;

	private final ImportProperties properties;

	ImportJobs(ImportJobGraph graph, ImportRun run, Callers callers, ImportProperties properties) {
		super("import-jobs");
		this.graph = graph;
		this.run = run;
		this.callers = callers;
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		// the command line runs its own job only, and leaves the others to the services
		if (this.properties.background()) {
			every(this::runWaiting, LOOK_EVERY_MILLIS, LOOK_EVERY_MILLIS);
		}
	}

	/**
	 * Queues the import of a SIRENE file of the import folder ({@code maillage.import.folder}); with {@code dryRun},
	 * the file is checked and compared with the directory, and nothing is written.
	 * @param file its path inside the import folder
	 */
	public ImportJob start(String file, boolean dryRun) {
		Caller caller = this.callers.requireSignedIn("startImport");
		if (!caller.isAdmin()) {
			throw ForbiddenException.of("forbidden.import");
		}
		return queue(insideFolder(file), dryRun, caller.subject());
	}

	/**
	 * Starts a job for a file sent in a request's body: written, as it arrives, to the import folder's
	 * {@value #UPLOADS} folder under a name of its own (the sender's name kept for the eye, made safe), so that memory
	 * stays flat whatever its size and a crash resumes from the file; deleted when its job ends. Administrators only,
	 * checked before a byte is written.
	 */
	public ImportJob upload(InputStream body, String name, boolean dryRun) throws IOException {
		Caller caller = this.callers.requireSignedIn("startImport");
		if (!caller.isAdmin()) {
			throw ForbiddenException.of("forbidden.import");
		}
		Path folder = Path.of(this.properties.folder()).toAbsolutePath().normalize().resolve(UPLOADS);
		Files.createDirectories(folder);
		String safe = name == null || name.isBlank() ? "fichier.csv" : name.replaceAll("[^A-Za-z0-9._-]", "_");
		Path file = folder.resolve(UUID.randomUUID() + "-" + safe.substring(0, Math.min(safe.length(), 100)));
		long max = this.properties.maxUpload().toBytes();
		long written = 0;
		try (OutputStream out = Files.newOutputStream(file)) {
			byte[] buffer = new byte[64 * 1024];
			for (int read; (read = body.read(buffer)) >= 0;) {
				written += read;
				if (written > max) {
					throw InvalidInputException.of("file", "import.upload.tooLarge", String.valueOf(max / (1024 * 1024)));
				}
				out.write(buffer, 0, read);
			}
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(file);
			throw ex;
		}
		if (written == 0) {
			Files.deleteIfExists(file);
			throw InvalidInputException.of("file", "import.upload.empty");
		}
		return queue(file, dryRun, caller.subject());
	}

	/**
	 * The file's real path, links followed, when it is a file of the import folder: a name leading out of the folder,
	 * or a link inside it to a file outside, is refused, since rejected lines come back with their values.
	 */
	private Path insideFolder(String file) {
		Path folder = Path.of(this.properties.folder()).toAbsolutePath().normalize();
		if (file == null || file.isBlank()) {
			throw InvalidInputException.of("file", "import.file.outside", folder.toString());
		}
		Path path;
		try {
			path = folder.resolve(file).normalize();
		}
		catch (java.nio.file.InvalidPathException ex) {
			throw InvalidInputException.of("file", "import.file.outside", folder.toString());
		}
		if (!path.startsWith(folder) || path.equals(folder)) {
			throw InvalidInputException.of("file", "import.file.outside", folder.toString());
		}
		if (!java.nio.file.Files.isRegularFile(path)) {
			throw InvalidInputException.of("file", "import.file.missing", file);
		}
		try {
			Path real = path.toRealPath();
			if (!real.startsWith(folder.toRealPath())) {
				throw InvalidInputException.of("file", "import.file.outside", folder.toString());
			}
			return real;
		}
		catch (java.io.IOException ex) {
			throw InvalidInputException.of("file", "import.file.missing", file);
		}
	}

	/** Queues a job without a caller: the command line's, whose operator reads the file already. */
	ImportJob queue(Path path, boolean dryRun, String createdBy) {
		String id = UUID.randomUUID().toString();
		this.graph.create(id, "CSV", path.toAbsolutePath().toString(), dryRun, createdBy);
		return findAsSystem(id);
	}

	public ImportJob find(String id) {
		requireAdmin();
		return findAsSystem(id);
	}

	/** A job, for the command line, which runs without a caller. */
	ImportJob findAsSystem(String id) {
		return this.graph.find(id).map(ImportJobs::job).orElseThrow(() -> new NotFoundException("importJob", id));
	}

	/** The jobs, the most recent first. */
	public Connection<ImportJob> list(PageRequest page) {
		requireAdmin();
		return Connection.of(this.graph.list(page.offset(), page.size()).stream().map(ImportJobs::job).toList(), page,
				this.graph.count());
	}

	/** A job's rejected lines in file order, each with its reason. */
	public Connection<ImportJob.Rejection> rejections(String jobId, PageRequest page) {
		requireAdmin();
		return Connection.of(this.graph.rejections(jobId, page.offset(), page.size())
			.stream()
			.map(ImportJobs::rejection)
			.toList(), page, this.graph.rejectionCount(jobId));
	}

	/** The file's column names, as the job read them; empty before its first batch. */
	@SuppressWarnings("unchecked")
	public List<String> header(String jobId) {
		requireAdmin();
		Object header = this.graph.find(jobId).orElseThrow(() -> new NotFoundException("importJob", jobId)).get("header");
		return header == null ? List.of() : (List<String>) header;
	}

	/** Runs a job here and now, as the command line does; returns whether this service could claim it. */
	boolean runNow(String jobId, java.util.function.Consumer<ImportJob> progress) {
		return this.run.run(jobId, progress);
	}

	private void runWaiting() {
		try {
			for (String id : this.graph.resumable(ImportRun.STALE_SECONDS)) {
				if (this.run.run(id, null)) {
					log.info("Import {} ended", id);
				}
			}
		}
		catch (RuntimeException ex) {
			log.warn("Imports not run this round ({}); they wait", ex.getMessage());
		}
	}

	private void requireAdmin() {
		if (!this.callers.requireSignedIn("readImports").isAdmin()) {
			throw ForbiddenException.of("forbidden.import");
		}
	}

	@SuppressWarnings("unchecked")
	static ImportJob job(Map<String, Object> row) {
		String errorKey = (String) row.get("errorKey");
		List<String> errorArgs = (List<String>) row.get("errorArgs");
		return new ImportJob((String) row.get("id"), (String) row.get("format"), (String) row.get("file"),
				Boolean.TRUE.equals(row.get("dryRun")), (String) row.get("status"), number(row, "rowsRead"),
				number(row, "created"), number(row, "updated"), number(row, "unchanged"), number(row, "skipped"),
				row.get("rowsPerSecond") == null ? null : ((Number) row.get("rowsPerSecond")).doubleValue(),
				row.get("etaSeconds") == null ? null : ((Number) row.get("etaSeconds")).longValue(),
				errorKey == null ? null : new Message(errorKey, List.copyOf(errorArgs == null ? List.of() : errorArgs)),
				(String) row.get("createdBy"), (String) row.get("createdAt"), (String) row.get("startedAt"),
				(String) row.get("finishedAt"));
	}

	@SuppressWarnings("unchecked")
	private static ImportJob.Rejection rejection(Map<String, Object> row) {
		List<Object> args = List.copyOf((List<Object>) row.get("reasonArgs"));
		return new ImportJob.Rejection(((Number) row.get("line")).longValue(),
				new Message((String) row.get("reasonKey"), args), (List<String>) row.get("values"));
	}

	private static long number(Map<String, Object> row, String key) {
		Object value = row.get(key);
		return value == null ? 0 : ((Number) value).longValue();
	}

}
