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
 * time is the slowest request at 1,000,000 actors (docs/performance.md). After the stages, the statement is run with
 * a lower bound on what it reads ({@link #VARIANTS}) and its pages compared with the service's: how much faster, and
 * which actors leave the pages for which (their need score, their distance).
 */
final class RankingStages {

	private static final List<String> NEED_KINDS = List.of("TRADE", "EQUIPMENT_CATEGORY", "TOPIC", "KNOW_HOW");

	/** The problem's text is one full-text lookup of at most this many hits (MatchQueries). */
	private static final int PROBLEM_TEXT_HITS = 500;

	private static final String TEXT_LOOKUP = "CALL db.index.fulltext.queryNodes($ranking.textIndex, query, {limit: %d})";

	/**
	 * Rankings changed on one point, each timed and compared with the service's own: what a lower bound would save,
	 * and how many of the page's actors it would keep.
	 */
	private static final List<Variant> VARIANTS = List.of(textBound(300), perNeed(150));

	private final Driver driver;

	private final PrintStream out;

	private final Map<String, Latencies> latencies = new LinkedHashMap<>();

	/** For each variant, what it did to the service's pages. */
	private final Map<String, Changes> changes = new LinkedHashMap<>();

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
		stages.put("grouped by actor", cut("// Proximity halves every halfDistanceKm", "RETURN count(*) AS rows"));
		stages.put("+ words in common, needs met", cut("// The needs met, each as strongly", "RETURN count(*) AS rows"));
		stages.put("+ the words floor", cut("// nor when all its trades serve households", "RETURN count(*) AS rows"));
		stages.put("+ households' trades", cut("// its distance, for the candidates left only", "RETURN count(*) AS rows"));
		stages.put("+ distances, in order", cut("// Shared topics and groups only break", "RETURN count(*) AS rows"));
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
			Map<String, Placed> page = page(query.cypher(), ranking);
			for (Variant variant : VARIANTS) {
				String cypher = variant.statement().apply(query.cypher());
				Map<String, Object> parameters = variant.parameters().apply(new HashMap<>(ranking));
				if (cypher.equals(query.cypher()) && parameters.equals(ranking)) {
					this.latencies.computeIfAbsent(variant.name() + " (no such change)", Latencies::new);
					continue;
				}
				time(variant.name(), cypher, parameters);
				Map<String, Placed> changed = page(cypher, parameters);
				Changes changes = this.changes.computeIfAbsent(variant.name(), name -> new Changes());
				changes.shown += page.size();
				page.forEach((id, placed) -> (changed.containsKey(id) ? changes.kept : changes.dropped).add(placed));
				changed.forEach((id, placed) -> {
					if (!page.containsKey(id)) {
						changes.brought.add(placed);
					}
				});
			}
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
		this.changes.forEach((variant, changes) -> {
			this.out.printf("  %s: %d of the %d actors of the pages kept%n", variant, changes.kept.size(), changes.shown);
			this.out.printf("    %-9s %6s %18s %18s%n", "actors", "count", "need score (mean)", "distance (median)");
			changes.print("kept", changes.kept, this.out);
			changes.print("left out", changes.dropped, this.out);
			changes.print("brought", changes.brought, this.out);
		});
	}

	/** The actors of the page a statement answers, by id, in order. */
	private Map<String, Placed> page(String cypher, Map<String, Object> ranking) {
		Map<String, Placed> page = new LinkedHashMap<>();
		this.driver.executableQuery(cypher)
			.withParameters(Map.of("ranking", ranking))
			.execute()
			.records()
			.get(0)
			.get("page")
			.asList(match -> match)
			.forEach(match -> page.put(match.get("id").asString(), new Placed(match.get("needScore").asDouble(0.0),
					match.get("distanceKm").isNull() ? Double.NaN : match.get("distanceKm").asDouble())));
		return page;
	}

	/** An actor of a page: how much of the needs it meets, and how far it is from the problem. */
	private record Placed(double needScore, double distanceKm) {
	}

	/** What a variant did to the pages: the actors it kept, those it left out, those it brought in their place. */
	private static final class Changes {

		int shown;

		final List<Placed> kept = new ArrayList<>();

		final List<Placed> dropped = new ArrayList<>();

		final List<Placed> brought = new ArrayList<>();

		void print(String name, List<Placed> actors, PrintStream out) {
			double[] distances = actors.stream().mapToDouble(Placed::distanceKm).filter(d -> !Double.isNaN(d)).sorted()
				.toArray();
			out.printf("    %-9s %6d %18.2f %18s%n", name, actors.size(),
					actors.stream().mapToDouble(Placed::needScore).average().orElse(Double.NaN),
					distances.length == 0 ? "-" : "%.1f km".formatted(distances[distances.length / 2]));
		}

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

	private static Variant textBound(int hits) {
		return new Variant("whole, the problem's text at " + hits + " hits",
				cypher -> cypher.replace(TEXT_LOOKUP.formatted(PROBLEM_TEXT_HITS), TEXT_LOOKUP.formatted(hits)),
				UnaryOperator.identity());
	}

	private static Variant perNeed(int holders) {
		return new Variant("whole, " + holders + " holders per need", UnaryOperator.identity(), ranking -> {
			ranking.put("perNeed", holders);
			return ranking;
		});
	}

	/** A ranking changed on one point: its statement, or its parameters (a copy, changed in place). */
	private record Variant(String name, UnaryOperator<String> statement,
			UnaryOperator<Map<String, Object>> parameters) {
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
