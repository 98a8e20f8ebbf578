package org.maillage.bench;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;

/**
 * Useful effects at scale (issue 13). The synthetic territory has no working group: the benchmark writes
 * {@code --groups} of them (2,000 by default, once: a second run finds them), each with three actors of one
 * département taking part and ten effects benefiting one to three of them, half verified, a quarter of the groups on
 * the rare-earth value chain, one group in ten visible to facilitators only. It then measures
 * {@code usefulEffectTotals} for a département and a région, as the public and as a facilitator, with and without
 * the value chain, and the territory overview asking for the totals, over HTTP. Run it with
 * {@code bench/useful-effects.sh}.
 */
public final class UsefulEffectsBenchmark {

	private static final String TOTALS = """
			query($territory: ID!, $chain: ID) { usefulEffectTotals(territory: $territory, valueChain: $chain) {
			  indicator total unit effects groups } }""";

	private static final String OVERVIEW = """
			query($territory: ID!) { territoryOverview(territory: $territory) { actorCount
			  usefulEffects { indicator total unit effects groups } } }""";

	private static final String CHAIN = "rare-earth-magnet-recycling";

	private static final List<String> INDICATORS = List.of("MATERIAL_KEPT_IN_USE", "CO2E_AVOIDED", "EUROS_SAVED",
			"JOBS_CREATED", "ENERGY_SAVED");

	private final BenchService.Options options;

	private final int groups;

	private UsefulEffectsBenchmark(BenchService.Options options, int groups) {
		this.options = options;
		this.groups = groups;
	}

	public static void main(String[] args) {
		BenchService.Options.runAndExit(args, 200, "groups", 2_000,
				(options, count) -> new UsefulEffectsBenchmark(options, count).run());
	}

	private int run() {
		try (BenchService service = BenchService.start(this.options)) {
			service.printDataSet(this.options);
			if (this.options.generateOnly()) {
				return 0;
			}
			List<String> places = writeGroupsAndEffects(service.driver());
			service.awaitRankingsPlanned();
			String departement = places.get(0);
			String region = places.get(1);
			System.out.printf("Measured on %s and %s%n", departement, region);
			GraphQlClient visitor = service.publicVisitor();
			GraphQlClient facilitator = service.signedIn("bench-facilitator", "FACILITATOR");
			List<Measure> measures = List.of(new Measure("totals, département", visitor, TOTALS, departement, null),
					new Measure("totals, région", visitor, TOTALS, region, null),
					new Measure("totals, région, chain", visitor, TOTALS, region, CHAIN),
					new Measure("totals, région, facil.", facilitator, TOTALS, region, null),
					new Measure("overview, région", visitor, OVERVIEW, region, null));
			System.out.printf("%-26s %8s %8s %8s %8s %10s%n", "operation", "count", "p50 ms", "p95 ms", "p99 ms",
					"effects");
			for (Measure measure : measures) {
				Latencies latencies = new Latencies(measure.name());
				long effects = 0;
				for (int round = -this.options.warmup(); round < this.options.rounds(); round++) {
					Map<String, Object> variables = new java.util.HashMap<>();
					variables.put("territory", measure.territory());
					variables.put("chain", measure.chain());
					GraphQlClient.Answer answer = measure.client().post(measure.query(), variables);
					if (answer.failed()) {
						throw new IllegalStateException(measure.name() + " failed: " + answer.body());
					}
					if (round >= 0) {
						latencies.add(answer.nanos());
						var totals = measure.query() == OVERVIEW
								? answer.data("territoryOverview").path("usefulEffects") : answer.data("usefulEffectTotals");
						effects = 0;
						for (var total : totals) {
							effects += total.path("effects").asLong();
						}
					}
				}
				System.out.printf("%-26s %8d %8.1f %8.1f %8.1f %10d%n", measure.name(), latencies.count(),
						latencies.percentile(50), latencies.percentile(95), latencies.percentile(99), effects);
			}
			return 0;
		}
	}

	private record Measure(String name, GraphQlClient client, String query, String territory, String chain) {
	}

	/**
	 * Writes the groups and their effects unless a run did; returns the département with the most of them and its
	 * région.
	 */
	private List<String> writeGroupsAndEffects(Driver driver) {
		long existing = driver.executableQuery("MATCH (g:WorkingGroup) WHERE g.id STARTS WITH 'bench-group-' RETURN count(g) AS n")
			.execute()
			.records()
			.get(0)
			.get("n")
			.asLong();
		if (existing == 0) {
			long started = System.nanoTime();
			List<String> departements = driver.executableQuery("""
					MATCH (:Actor)-[:LOCATED_IN]->(:Commune)-[:PART_OF]->(d:Departement)
					RETURN DISTINCT d.id AS id ORDER BY id""")
				.execute()
				.records()
				.stream()
				.map(row -> row.get("id").asString())
				.toList();
			int batch = 200;
			for (int from = 0; from < this.groups; from += batch) {
				driver.executableQuery("""
						UNWIND range($from, $to - 1) AS i
						MATCH (d:Departement {id: $departements[i % size($departements)]})
						CALL (i, d) {
						  // three actors of the département, other ones for each of its groups
						  MATCH (a:Actor)-[:LOCATED_IN]->(:Commune)-[:PART_OF]->(d)
						  WITH a LIMIT 900
						  WITH collect(a) AS pool, (i / size($departements)) * 3 AS start
						  RETURN pool[start % (size(pool) - 3)..start % (size(pool) - 3) + 3] AS members
						}
						WITH i, members WHERE size(members) = 3
						CREATE (g:WorkingGroup {id: 'bench-group-' + i, name: 'Cellule ' + i, status: 'ACTIVE',
						                        visibility: CASE WHEN i % 10 = 0 THEN 'FACILITATORS' ELSE 'PUBLIC' END,
						                        valueChainId: CASE WHEN i % 4 = 0 THEN $chain END, createdAt: datetime()})
						FOREACH (a IN members | CREATE (a)-[:PARTICIPATES_IN {status: 'ACCEPTED'}]->(g))
						WITH g, members, i
						UNWIND range(0, 9) AS k
						CREATE (e:UsefulEffect {id: g.id + '-effect-' + k, indicator: $indicators[(i + k) % size($indicators)],
						                        value: toFloat(1 + (i * 7 + k) % 50), periodFrom: '2026-01', periodTo: '2026-06',
						                        status: CASE WHEN k % 2 = 0 THEN 'VERIFIED' ELSE 'DECLARED' END, version: 0,
						                        createdBy: 'bench', createdAt: datetime()})-[:OF_GROUP]->(g)
						FOREACH (a IN members[0..1 + k % 3] | CREATE (e)-[:BENEFITS]->(a))""")
					.withParameters(Map.of("from", from, "to", Math.min(this.groups, from + batch), "chain", CHAIN,
							"indicators", INDICATORS, "departements", departements))
					.execute();
			}
			System.out.printf("%,d groups and their effects written in %.1f s%n", this.groups,
					(System.nanoTime() - started) / 1e9);
		}
		var row = driver.executableQuery("""
				MATCH (e:UsefulEffect)-[:BENEFITS]->(:Actor)-[:LOCATED_IN]->(:Commune)-[:PART_OF]->(d:Departement)
				WHERE e.id STARTS WITH 'bench-group-'
				WITH d, count(DISTINCT e) AS effects ORDER BY effects DESC, d.id LIMIT 1
				MATCH (d)-[:PART_OF]->(r:Region)
				RETURN d.id AS departement, r.id AS region, effects,
				       COUNT { (x:UsefulEffect) WHERE x.id STARTS WITH 'bench-group-' } AS written""")
			.execute()
			.records()
			.get(0);
		System.out.printf("%,d effects in all; %,d benefit actors of %s%n", row.get("written").asLong(),
				row.get("effects").asLong(), row.get("departement").asString());
		return List.of(row.get("departement").asString(), row.get("region").asString());
	}

}
