package org.maillage.bench;

import java.io.PrintStream;

import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.ProfiledPlan;

/**
 * {@code --profile=PROBLEM_ID}: runs one problem's ranking with Cypher's PROFILE and prints its parameters and the
 * plan, operator by operator, with rows, database hits and memory: where a slow or memory-hungry ranking spends.
 */
final class QueryProfile {

	private QueryProfile() {
	}

	static void print(Driver driver, RawRankings.Query query, PrintStream out) {
		java.util.Map<?, ?> ranking = (java.util.Map<?, ?>) query.parameters().get("ranking");
		out.println("Needs: " + ranking.get("needs"));
		out.println("Text query: " + ranking.get("textQuery"));
		String cypher = query.cypher();
		int candidates = cypher.indexOf("WITH originIds, a, collect(coverage)");
		if (candidates > 0) {
			out.println("-- candidates only");
			profile(driver, cypher.substring(0, candidates) + "RETURN count(*) AS rows", query, out);
		}
		out.println("-- whole ranking");
		profile(driver, cypher, query, out);
	}

	private static void profile(Driver driver, String cypher, RawRankings.Query query, PrintStream out) {
		long started = System.nanoTime();
		try {
			var result = driver.executableQuery("PROFILE " + cypher).withParameters(query.parameters()).execute();
			out.printf("Ran in %.1f ms, %d row(s)%n", (System.nanoTime() - started) / 1e6, result.records().size());
			print(result.summary().profile(), 0, out);
		}
		catch (RuntimeException ex) {
			out.printf("Failed after %.1f ms: %s%n", (System.nanoTime() - started) / 1e6, ex.getMessage());
			var plan = driver.executableQuery("EXPLAIN " + cypher).withParameters(query.parameters()).execute();
			printEstimates(plan.summary().plan(), 0, out);
		}
	}

	private static void printEstimates(org.neo4j.driver.summary.Plan plan, int depth, PrintStream out) {
		out.printf("%s%-40s estimated rows %s%n", "  ".repeat(depth), plan.operatorType(),
				plan.arguments().get("EstimatedRows"));
		plan.children().forEach(child -> printEstimates(child, depth + 1, out));
	}

	private static void print(ProfiledPlan plan, int depth, PrintStream out) {
		Object memory = plan.arguments().get("Memory");
		Object details = plan.arguments().get("Details");
		out.printf("%s%-40s rows %,10d  db hits %,12d%s%s%n", "  ".repeat(depth), plan.operatorType(), plan.records(),
				plan.dbHits(), memory == null ? "" : "  memory " + memory,
				details == null ? "" : "  " + abbreviated(String.valueOf(details).replace('\n', ' ')));
		plan.children().forEach(child -> print(child, depth + 1, out));
	}

	/** An operator's details (index, predicate, expression) on one line, cut to stay readable next to the numbers. */
	private static String abbreviated(String details) {
		return details.length() <= 120 ? details : details.substring(0, 117) + "...";
	}

}
