package org.maillage.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.neo4j.driver.Driver;

/**
 * {@code --profile=stages}: where the raw ranking's time goes across many problems rather than in one plan. The
 * statement is cut after each of its stages (its candidates, the shortlist, the shortlist's topics and groups, the
 * page) and run on each problem, once to warm and once timed; the candidates are also timed for each kind of need
 * alone, without the problem's words. Cutting at the statement's own comments and clauses keeps it the service's
 * statement: a stage whose marker is gone is reported as such, not timed. Before any of that, each problem is met
 * for the first time as a facilitator opening it would: its preparation (the problem read, its needs inferred, its
 * words counted) and the whole statement's first run are timed on their own, since a problem ranked for the first
 * time is the slowest request at 1,000,000 actors (docs/performance.md).
 */
final class RankingStages {

	private static final List<String> NEED_KINDS = List.of("TRADE", "EQUIPMENT_CATEGORY", "TOPIC", "KNOW_HOW");

	private final Driver driver;

	private final PrintStream out;

	private final Map<String, Latencies> latencies = new LinkedHashMap<>();

	RankingStages(Driver driver, PrintStream out) {
		this.driver = driver;
		this.out = out;
	}

	/**
	 * Times the stages on {@code problems}, after ranking {@code warmUp} (other problems) once each, untimed, so
	 * that the first problems do not pay for the just-in-time compiler.
	 */
	void print(RawRankings rankings, List<String> problems, List<String> warmUp) {
		for (String problem : warmUp) {
			RawRankings.Query query = rankings.of(problem);
			this.driver.executableQuery(query.cypher()).withParameters(query.parameters()).execute();
		}
		Map<String, UnaryOperator<String>> stages = new LinkedHashMap<>();
		stages.put("candidates", cut("WITH originIds, a, collect(coverage)", "RETURN count(*) AS rows"));
		stages.put("to the shortlist", cut("// the problem's owner's topics", "RETURN total, size(shortlist) AS kept"));
		stages.put("+ topics, groups, marks", cut("// A page past the end", "RETURN total, size(page) AS kept"));
		stages.put("+ the page's places", cut("// Words for the evidence", "RETURN total, count(*) AS kept"));
		stages.put("whole statement", UnaryOperator.identity());
		for (String problem : problems) {
			long started = System.nanoTime();
			RawRankings.Query query = rankings.of(problem);
			this.latencies.computeIfAbsent("new problem: preparation", Latencies::new)
				.add(System.nanoTime() - started);
			Map<String, Object> ranking = ranking(query);
			timeOnce("new problem: whole statement, first run", query.cypher(), ranking);
			stages.forEach((stage, cut) -> time(stage, cut.apply(query.cypher()), ranking));
			Map<String, Object> withoutWords = new HashMap<>(ranking);
			withoutWords.put("textQuery", null);
			time("whole, without the problem's words", query.cypher(), withoutWords);
			String candidates = stages.get("candidates").apply(query.cypher());
			for (String kind : NEED_KINDS) {
				Map<String, Object> alone = new HashMap<>(withoutWords);
				alone.put("needs", needs(ranking).stream().filter(need -> kind.equals(need.get("kind"))).toList());
				time("candidates, " + kind + " needs alone", candidates, alone);
			}
		}
		this.out.printf("Raw ranking by stage, %d problems after %d others ranked to warm up (each stage run once to "
				+ "warm, then timed; a new problem's first run timed as it comes), ms%n", problems.size(), warmUp.size());
		this.out.printf("  %-46s %8s %8s %8s%n", "stage", "p50", "p95", "p99");
		this.latencies.values()
			.forEach(latency -> this.out.printf("  %-46s %8.1f %8.1f %8.1f%n", latency.operation(),
					latency.percentile(50), latency.percentile(95), latency.percentile(99)));
	}

	private void time(String stage, String cypher, Map<String, Object> ranking) {
		if (cypher == null) {
			this.latencies.computeIfAbsent(stage + " (marker not found)", Latencies::new);
			return;
		}
		this.driver.executableQuery(cypher).withParameters(Map.of("ranking", ranking)).execute();
		timeOnce(stage, cypher, ranking);
	}

	private void timeOnce(String stage, String cypher, Map<String, Object> ranking) {
		long started = System.nanoTime();
		this.driver.executableQuery(cypher).withParameters(Map.of("ranking", ranking)).execute();
		this.latencies.computeIfAbsent(stage, Latencies::new).add(System.nanoTime() - started);
	}

	/** The statement up to a marker, with its own RETURN; null when the marker is not in it. */
	private static UnaryOperator<String> cut(String marker, String returned) {
		return cypher -> {
			int at = cypher.indexOf(marker);
			return at < 0 ? null : cypher.substring(0, at) + returned;
		};
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> ranking(RawRankings.Query query) {
		return new HashMap<>((Map<String, Object>) query.parameters().get("ranking"));
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> needs(Map<String, Object> ranking) {
		return new ArrayList<>((List<Map<String, Object>>) ranking.get("needs"));
	}

}
