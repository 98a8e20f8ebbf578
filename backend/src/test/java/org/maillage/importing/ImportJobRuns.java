package org.maillage.importing;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.maillage.TestCallers;
import org.maillage.security.Role;

import org.springframework.graphql.test.tester.GraphQlTester;

/** Starts import jobs as an administrator, through GraphQL, and waits for their end as the service leaves them. */
final class ImportJobRuns {

	private static final String JOB = """
			query($id: ID!) { importJob(id: $id) { id status dryRun rowsRead created updated unchanged skipped error
			  rejections(first: 20) { totalCount edges { node { line reason values } } } rejectedLinesUrl } }""";

	private final GraphQlTester graphQl;

	ImportJobRuns(GraphQlTester graphQl) {
		this.graphQl = graphQl;
	}

	/** Starts a job for this file of the import folder; its id. */
	String start(String file, boolean dryRun) {
		TestCallers.signIn("import-admin", Role.ADMIN);
		return this.graphQl.document("""
				mutation($file: String!, $dryRun: Boolean) { startImport(input: {file: $file, dryRun: $dryRun}) {
				  id status } }""")
			.variable("file", file)
			.variable("dryRun", dryRun)
			.execute()
			.path("startImport.id")
			.entity(String.class)
			.get();
	}

	/** The job once DONE or FAILED, as the service's import thread left it (or after a minute). */
	@SuppressWarnings("unchecked")
	Map<String, Object> finished(String id) {
		TestCallers.signIn("import-admin", Role.ADMIN);
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (true) {
			Map<String, Object> job = this.graphQl.document(JOB).variable("id", id).execute().path("importJob")
				.entity(Map.class).get();
			if ("DONE".equals(job.get("status")) || "FAILED".equals(job.get("status"))
					|| System.nanoTime() > deadline) {
				return job;
			}
			Thread.onSpinWait();
		}
	}

	/** A finished job's first rejected lines, each with its line number, reason and values. */
	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> rejections(Map<String, Object> job) {
		Map<String, Object> connection = (Map<String, Object>) job.get("rejections");
		return ((List<Map<String, Object>>) connection.get("edges")).stream()
			.map(edge -> (Map<String, Object>) edge.get("node"))
			.toList();
	}

}
