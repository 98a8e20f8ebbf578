package org.maillage.importing.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Import jobs and their rejected lines in the graph ({@code ImportJob}, {@code ImportRejection}; migration V0022).
 * A job's progress is written in the transaction of the batch it counts, so that after a crash the job resumes at
 * the first line not written. Each job is run by one service at a time: the one that claimed it last and keeps its
 * heartbeat fresh.
 */
@Component
public class ImportJobGraph {

	private static final String JOB = """
			j {.id, .format, .file, .dryRun, .status, .rowsRead, .created, .updated, .unchanged, .skipped,
			   .rowsPerSecond, .etaSeconds, .errorKey, .errorArgs, .createdBy, .header, .attempts,
			   createdAt: toString(j.createdAt), startedAt: toString(j.startedAt), finishedAt: toString(j.finishedAt)}""";

	private final Neo4jClient neo4j;

	ImportJobGraph(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	public void create(String id, String format, String file, boolean dryRun, String createdBy) {
		this.neo4j.query("""
				CREATE (:ImportJob {id: $id, format: $format, file: $file, dryRun: $dryRun, status: 'QUEUED',
				                    rowsRead: 0, created: 0, updated: 0, unchanged: 0, skipped: 0,
				                    createdBy: $createdBy, createdAt: datetime()})""")
			.bindAll(Map.of("id", id, "format", format, "file", file, "dryRun", dryRun, "createdBy", createdBy))
			.run();
	}

	public Optional<Map<String, Object>> find(String id) {
		return this.neo4j.query("MATCH (j:ImportJob {id: $id}) RETURN " + JOB + " AS job")
			.bind(id)
			.to("id")
			.fetchAs(Map.class)
			.mappedBy((types, record) -> record.get("job").asMap())
			.one()
			.map(ImportJobGraph::typed);
	}

	/** The most recent first. */
	public List<Map<String, Object>> list(long skip, int limit) {
		return this.neo4j.query("""
				MATCH (j:ImportJob) WITH j ORDER BY j.createdAt DESC, j.id SKIP $skip LIMIT $limit
				RETURN %s AS job""".formatted(JOB))
			.bindAll(Map.of("skip", skip, "limit", limit))
			.fetchAs(Map.class)
			.mappedBy((types, record) -> record.get("job").asMap())
			.all()
			.stream()
			.map(ImportJobGraph::typed)
			.toList();
	}

	public long count() {
		return this.neo4j.query("MATCH (j:ImportJob) RETURN count(j)").fetchAs(Long.class).one().orElse(0L);
	}

	/** Jobs waiting, or running on a service whose heartbeat stopped {@code staleSeconds} ago, oldest first. */
	public List<String> resumable(long staleSeconds) {
		return List.copyOf(this.neo4j.query("""
				MATCH (j:ImportJob) WHERE j.status = 'QUEUED'
				   OR (j.status = 'RUNNING' AND j.heartbeat < datetime() - duration({seconds: $stale}))
				RETURN j.id ORDER BY j.createdAt""")
			.bind(staleSeconds)
			.to("stale")
			.fetchAs(String.class)
			.all());
	}

	/**
	 * Takes the lock of the job; call {@link #claim} next, in the same transaction: that new statement reads the
	 * job's runner as committed once the lock is held, where one statement could test a runner read before it waited.
	 */
	public void lock(String id) {
		this.neo4j.query("MATCH (j:ImportJob {id: $id}) SET j.claiming = true").bind(id).to("id").run();
	}

	/** Makes {@code runner} the job's runner if it waits or its runner stopped; returns whether it did. */
	public boolean claim(String id, String runner, long staleSeconds) {
		return this.neo4j.query("""
				MATCH (j:ImportJob {id: $id})
				REMOVE j.claiming
				WITH j WHERE j.status = 'QUEUED'
				   OR (j.status = 'RUNNING' AND (j.heartbeat IS NULL OR j.heartbeat < datetime() - duration({seconds: $stale})))
				SET j.status = 'RUNNING', j.runner = $runner, j.heartbeat = datetime(),
				    j.startedAt = coalesce(j.startedAt, datetime()), j.attempts = coalesce(j.attempts, 0) + 1
				RETURN count(j) > 0""")
			.bindAll(Map.of("id", id, "runner", runner, "stale", staleSeconds))
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

	/** Renews the heartbeat of a job this runner holds, while it reads lines without counting them. */
	public void beat(String id, String runner) {
		this.neo4j.query("MATCH (j:ImportJob {id: $id, runner: $runner}) SET j.heartbeat = datetime()")
			.bindAll(Map.of("id", id, "runner", runner))
			.run();
	}

	/**
	 * Counts one batch, in its transaction, after {@link #lock}: this new statement then reads the job's runner as
	 * committed. Returns false, changing nothing, when another service took the job over (the caller then rolls the
	 * batch back and stops).
	 */
	public boolean progress(String id, String runner, Progress progress, List<String> header) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("runner", runner);
		parameters.put("rowsRead", progress.rowsRead());
		parameters.put("created", progress.created());
		parameters.put("updated", progress.updated());
		parameters.put("unchanged", progress.unchanged());
		parameters.put("skipped", progress.skipped());
		parameters.put("rate", progress.rowsPerSecond());
		parameters.put("eta", progress.etaSeconds());
		parameters.put("header", header);
		return this.neo4j.query("""
				MATCH (j:ImportJob {id: $id})
				REMOVE j.claiming
				WITH j WHERE j.runner = $runner
				SET j.rowsRead = $rowsRead, j.created = j.created + $created, j.updated = j.updated + $updated,
				    j.unchanged = j.unchanged + $unchanged, j.skipped = j.skipped + $skipped,
				    j.rowsPerSecond = $rate, j.etaSeconds = $eta, j.heartbeat = datetime(),
				    j.header = coalesce(j.header, $header)
				RETURN count(j) > 0""")
			.bindAll(parameters)
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

	/** Keeps rejected lines, each with its reason (a catalogue key and its values) and its values as read. */
	public void reject(String id, List<Map<String, Object>> rejections) {
		if (rejections.isEmpty()) {
			return;
		}
		this.neo4j.query("""
				UNWIND $rejections AS r
				CREATE (:ImportRejection {job: $id, line: r.line, reasonKey: r.reasonKey, reasonArgs: r.reasonArgs,
				                          values: r.values})""")
			.bindAll(Map.of("id", id, "rejections", rejections))
			.run();
	}

	/** How many rejected lines a job keeps. */
	public long rejectionCount(String id) {
		return this.neo4j.query("MATCH (r:ImportRejection {job: $id}) RETURN count(r)")
			.bind(id)
			.to("id")
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
	}

	/** Rejected lines in file order. */
	public List<Map<String, Object>> rejections(String id, long skip, int limit) {
		return this.neo4j.query("""
				MATCH (r:ImportRejection {job: $id}) WITH r ORDER BY r.line SKIP $skip LIMIT $limit
				RETURN r {.line, .reasonKey, .reasonArgs, .values} AS rejection""")
			.bindAll(Map.of("id", id, "skip", skip, "limit", limit))
			.fetchAs(Map.class)
			.mappedBy((types, record) -> record.get("rejection").asMap())
			.all()
			.stream()
			.map(ImportJobGraph::typed)
			.toList();
	}

	/** Ends a job: DONE, or FAILED with the reason. */
	public void finish(String id, String runner, String status, String errorKey, List<String> errorArgs) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("runner", runner);
		parameters.put("status", status);
		parameters.put("errorKey", errorKey);
		parameters.put("errorArgs", errorArgs);
		this.neo4j.query("""
				MATCH (j:ImportJob {id: $id, runner: $runner})
				SET j.status = $status, j.finishedAt = datetime(), j.errorKey = $errorKey, j.errorArgs = $errorArgs,
				    j.etaSeconds = CASE WHEN $status = 'DONE' THEN 0 ELSE j.etaSeconds END""")
			.bindAll(parameters)
			.run();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> typed(Object map) {
		return (Map<String, Object>) map;
	}

	/**
	 * One batch's counts.
	 * @param rowsRead the lines read from the start of the file, the batch's included
	 */
	public record Progress(long rowsRead, long created, long updated, long unchanged, long skipped,
			double rowsPerSecond, Long etaSeconds) {
	}

}
