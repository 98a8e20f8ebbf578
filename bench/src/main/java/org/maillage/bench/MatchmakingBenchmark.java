package org.maillage.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Latency of matchmaking at scale: starts the service ({@link BenchService}), then for each round asks
 * {@code matchActors}, {@code proposeWorkingGroup} and {@code proposeConglomerate} over HTTP for a random public
 * problem with needs as a public visitor, the first two again as a signed-in facilitator, and runs the public ranking
 * as one raw Cypher statement through the driver. Each round also asks {@code problemsICouldHelpWith} for one of
 * {@value #HELPERS} actors with core trades and know-how, as a public visitor and as a member of that actor (its
 * private items then count): the benchmark makes {@code bench-member-<i>} an owner of the i-th of them, once, in the
 * database. Each round first asks {@code matchActors} for another problem that nothing has ranked yet ("new
 * problem"): each round's own problem is prepared for the raw ranking before its operations, which counts the
 * rarity of its words, and a facilitator opening a problem meets those counts cold. Prints p50, p95 and p99 per
 * operation and the GraphQL-over-raw ratios. Run it with {@code bench/matchmaking.sh}; options:
 * <ul>
 * <li>{@code --actors=100000}: the size of the territory;</li>
 * <li>{@code --rounds=200}, {@code --warmup=20}: measured rounds of each operation, and unmeasured ones before;</li>
 * <li>{@code --data=bench/target/data-<actors>} ({@code data-<actors>-france} with {@code --regions=all}): the
 * embedded database's folder;</li>
 * <li>{@code --seed=42}: the territory's seed (the same seed gives the same territory);</li>
 * <li>{@code --regions=44,32,27}: INSEE codes of the régions actors are placed in, {@code all} for France;</li>
 * <li>{@code --page-cache=1g}: Neo4j's page cache; {@code --batch=2000}: actors per write transaction;</li>
 * <li>{@code --generate-only}: generate (or grow) the territory, print what it holds, and stop;</li>
 * <li>any other {@code --name=value} is handed to the service as a Spring property.</li>
 * </ul>
 */
public final class MatchmakingBenchmark {

	private static final Logger log = LoggerFactory.getLogger(MatchmakingBenchmark.class);

	static final long DEFAULT_SEED = 42;

	static final String MATCH_ACTORS = """
			query($p: ID!) { matchActors(problem: $p, first: 10) { totalCount edges { node { score actor { id name }
			  signals { signal score } coverage { need { kind value } strength } explanation } } } }""";

	static final String PROPOSE_WORKING_GROUP = """
			query($p: ID!) { proposeWorkingGroup(problem: $p) { members { actor { id } reasons }
			  uncovered { need { value } } method } }""";

	static final String PROPOSE_CONGLOMERATE = """
			query($p: ID!, $chain: ID!, $territory: ID) { proposeConglomerate(problem: $p, valueChain: $chain,
			  territory: $territory) { steps { step { name } ableNow { actor { id } score } conversionCandidates {
			  actor { id } reasons } } gaps { name } } }""";

	static final String PROBLEMS_I_COULD_HELP_WITH = """
			query($a: ID!) { problemsICouldHelpWith(actor: $a, first: 10) { totalCount edges { node { score
			  problem { id title } signals { signal score } coverage { need { kind value } strength
			  evidence { kind label detail } } explanation } } } }""";

	/** How many actors "problems I could help with" is asked for, round after round. */
	static final int HELPERS = 20;

	/** Actors with core trades and know-how, in a stable order: those "problems I could help with" is asked for. */
	private static final String HELPERS_QUERY = """
			MATCH (a:Actor) WHERE EXISTS { (a)-[:HAS_CORE_TRADE]->() } AND EXISTS { (a)-[:HAS_KNOW_HOW]->() }
			RETURN a.id AS id ORDER BY id LIMIT 2000""";

	/** Each helper's member, as the service's own registration would make it: an owner. */
	private static final String MEMBERS = """
			UNWIND $members AS member
			MERGE (p:Person {subject: member.subject})
			  ON CREATE SET p.createdAt = datetime(), p.username = member.subject,
			                p.email = member.subject + '@bench.example.org'
			WITH p, member
			MATCH (a:Actor {id: member.actorId})
			MERGE (p)-[m:MEMBER_OF]->(a)
			  ON CREATE SET m.role = 'OWNER', m.since = datetime()""";

	/** The value chains the migrations ship: conglomerate rounds alternate between them. */
	private static final List<String> VALUE_CHAINS = List.of("rare-earth-magnet-recycling", "short-food-supply-chain");

	/** The problems rounds are drawn from: those a public visitor may see, open, with stated needs. */
	private static final String PUBLIC_PROBLEMS_WITH_NEEDS = """
			MATCH (:Actor)-[:FACES]->(p:Problem {visibility: 'PUBLIC', status: 'OPEN'})
			WHERE EXISTS { (p)-[:HAS_NEED]->() }
			RETURN p.id AS id ORDER BY id""";

	private static final double MATCH_ACTORS_P95_TARGET = 100;

	private static final double WORKING_GROUP_P99_TARGET = 500;

	private static final double OVERHEAD_TARGET = 1.3;

	private final BenchService.Options options;

	private MatchmakingBenchmark(BenchService.Options options) {
		this.options = options;
	}

	public static void main(String[] args) {
		BenchService.Options options = BenchService.Options.parse(args, 200);
		int status;
		try {
			status = new MatchmakingBenchmark(options).run();
		}
		catch (RuntimeException ex) {
			// A command-line run: say what failed, with its cause, and exit non-zero for scripts.
			log.error("Matchmaking benchmark failed: {}", ex.getMessage(), ex);
			status = 1;
		}
		System.exit(status);
	}

	private int run() {
		// the observatory's first figures (25 s at 100k actors) would be computed during the first measured rounds
		// and lift every figure by a quarter (docs/performance.md); --maillage.observatory.first-refresh-delay=5s
		// (the service's default) measures with them
		try (BenchService service = BenchService.start(
				this.options.withDefault("maillage.observatory.first-refresh-delay", "1h"))) {
			Driver driver = service.driver();
			if (this.options.generateOnly()) {
				service.printDataSet(this.options);
				return 0;
			}
			List<String> problems = driver.executableQuery(PUBLIC_PROBLEMS_WITH_NEEDS)
				.execute()
				.records()
				.stream()
				.map(record -> record.get("id").asString())
				.toList();
			if (this.options.profile() != null) {
				RawRankings rankings = new RawRankings(service.context());
				service.awaitRankingsPlanned();
				if ("stages".equals(this.options.profile())) {
					List<String> drawn = new ArrayList<>(problems);
					Collections.shuffle(drawn, new Random(this.options.seed() + 1));
					int measured = Math.min(100, drawn.size() / 2);
					new RankingStages(driver, System.out).print(rankings, drawn.subList(0, measured),
							drawn.subList(drawn.size() - Math.min(this.options.warmup(), drawn.size() - measured),
									drawn.size()));
					return 0;
				}
				String problem = "slowest".equals(this.options.profile()) ? slowest(driver, rankings, problems)
						: this.options.profile();
				QueryProfile.print(driver, rankings.of(problem), System.out);
				return 0;
			}
			if (problems.isEmpty()) {
				System.out.println("No public open problem with needs in this database: nothing to match.");
				return 1;
			}
			service.printDataSet(this.options);
			System.out.printf("  %-22s %,10d  (the problems rounds are drawn from)%n", "public open with needs",
					problems.size());
			return measure(service, new RawRankings(service.context()), problems);
		}
	}

	/**
	 * {@code --profile=slowest}: the problem whose raw ranking took longest among 100 drawn like the rounds' (each
	 * run twice, the second timed), so that a profile shows the tail rather than a typical case.
	 */
	private String slowest(Driver driver, RawRankings rankings, List<String> all) {
		List<String> problems = new ArrayList<>(all);
		Collections.shuffle(problems, new Random(this.options.seed() + 1));
		String slowest = null;
		long longest = -1;
		for (String problem : problems.subList(0, Math.min(100, problems.size()))) {
			RawRankings.Query query = rankings.of(problem);
			Supplier<?> ranking = () -> driver.executableQuery(query.cypher()).withParameters(query.parameters()).execute();
			ranking.get();
			long nanos = time(ranking);
			if (nanos > longest) {
				longest = nanos;
				slowest = problem;
			}
		}
		System.out.printf("Slowest of %d problems: %s, %.1f ms%n", Math.min(100, problems.size()), slowest,
				longest / 1e6);
		return slowest;
	}

	private int measure(BenchService service, RawRankings rankings, List<String> all) {
		GraphQlClient visitor = service.publicVisitor();
		GraphQlClient facilitator = service.facilitator();
		Driver driver = service.driver();
		String territory = this.options.regions().isEmpty() ? null
				: "region:" + this.options.regions().stream().sorted().findFirst().orElseThrow();
		List<String> problems = new ArrayList<>(all);
		Random random = new Random(this.options.seed() + 1);
		Collections.shuffle(problems, random);
		Latencies raw = new Latencies("raw ranking (driver)");
		Latencies matches = new Latencies("matchActors");
		Latencies groups = new Latencies("proposeWorkingGroup");
		Latencies conglomerates = new Latencies("proposeConglomerate");
		Latencies facilitatorMatches = new Latencies("matchActors, facilitator");
		Latencies firstMatches = new Latencies("matchActors, new problem");
		Latencies facilitatorGroups = new Latencies("proposeWorkingGroup, facil.");
		Latencies help = new Latencies("problemsICouldHelpWith");
		Latencies memberHelp = new Latencies("problemsICould…, member");
		List<String> helpers = helpers(driver, new Random(this.options.seed() + 2));
		List<GraphQlClient> members = new ArrayList<>();
		for (int i = 0; i < helpers.size(); i++) {
			members.add(service.member("bench-member-" + i));
		}
		long[] helpTotals = new long[2];
		long[] totals = new long[2];
		// the slowest problem ranked for the first time, for --profile=<its id>
		long[] slowestFirst = { -1 };
		String slowestUnseen = null;
		int warmup = this.options.warmup();
		int rounds = this.options.rounds();
		service.awaitRankingsPlanned();
		System.out.printf("%d warm-up rounds, then %d measured rounds of each operation...%n", warmup, rounds);
		for (int round = 0; round < warmup + rounds; round++) {
			String problem = problems.get(round % problems.size());
			boolean measured = round >= warmup;
			// a problem nothing has ranked yet, as a facilitator opening it meets it: no word of it counted yet
			// (each round's own problem is prepared for the raw ranking first, which counts its words)
			String unseen = problems.get(problems.size() - 1 - round % problems.size());
			GraphQlClient.Answer first = checked(visitor.post(MATCH_ACTORS, Map.of("p", unseen)),
					"matchActors of a new problem", unseen);
			if (measured) {
				firstMatches.add(first.nanos());
				if (first.nanos() > slowestFirst[0]) {
					slowestFirst[0] = first.nanos();
					slowestUnseen = unseen;
				}
			}
			RawRankings.Query query = rankings.of(problem);
			String helper = helpers.isEmpty() ? null : helpers.get(round % helpers.size());
			GraphQlClient member = helpers.isEmpty() ? null : members.get(round % helpers.size());
			Map<String, Object> conglomerate = new java.util.HashMap<>(Map.of("p", problem, "chain",
					VALUE_CHAINS.get(round % VALUE_CHAINS.size())));
			conglomerate.put("territory", territory);
			List<Runnable> operations = new ArrayList<>(List.of(() -> {
				long nanos = time(() -> driver.executableQuery(query.cypher())
					.withParameters(query.parameters())
					.execute());
				if (measured) {
					raw.add(nanos);
				}
			}, () -> {
				GraphQlClient.Answer match = checked(visitor.post(MATCH_ACTORS, Map.of("p", problem)), "matchActors",
						problem);
				if (measured) {
					matches.add(match.nanos());
					totals[0] += match.data("matchActors").path("totalCount").asLong();
				}
			}, () -> {
				GraphQlClient.Answer group = checked(visitor.post(PROPOSE_WORKING_GROUP, Map.of("p", problem)),
						"proposeWorkingGroup", problem);
				if (measured) {
					groups.add(group.nanos());
					totals[1] += group.data("proposeWorkingGroup").path("members").size();
				}
			}, () -> {
				GraphQlClient.Answer answer = checked(visitor.post(PROPOSE_CONGLOMERATE, conglomerate),
						"proposeConglomerate", problem);
				if (measured) {
					conglomerates.add(answer.nanos());
				}
			}, () -> {
				GraphQlClient.Answer answer = checked(facilitator.post(MATCH_ACTORS, Map.of("p", problem)),
						"matchActors as a facilitator", problem);
				if (measured) {
					facilitatorMatches.add(answer.nanos());
				}
			}, () -> {
				GraphQlClient.Answer answer = checked(facilitator.post(PROPOSE_WORKING_GROUP, Map.of("p", problem)),
						"proposeWorkingGroup as a facilitator", problem);
				if (measured) {
					facilitatorGroups.add(answer.nanos());
				}
			}));
			if (helper != null) {
				operations.add(() -> {
					GraphQlClient.Answer answer = checked(visitor.post(PROBLEMS_I_COULD_HELP_WITH, Map.of("a", helper)),
							"problemsICouldHelpWith", helper);
					if (measured) {
						help.add(answer.nanos());
						helpTotals[0] += answer.data("problemsICouldHelpWith").path("totalCount").asLong();
					}
				});
				operations.add(() -> {
					GraphQlClient.Answer answer = checked(member.post(PROBLEMS_I_COULD_HELP_WITH, Map.of("a", helper)),
							"problemsICouldHelpWith as a member", helper);
					if (measured) {
						memberHelp.add(answer.nanos());
						helpTotals[1] += answer.data("problemsICouldHelpWith").path("totalCount").asLong();
					}
				});
			}
			// a new order each round: whichever runs first for a problem meets the colder caches
			Collections.shuffle(operations, random);
			operations.forEach(Runnable::run);
		}
		System.out.printf("On average %,.0f actors scored above zero per problem; working groups of %.1f members%n",
				(double) totals[0] / rounds, (double) totals[1] / rounds);
		System.out.printf("On average %,.0f problems listed per helper for the public, %,.0f for its member%n",
				(double) helpTotals[0] / rounds, (double) helpTotals[1] / rounds);
		printTable(raw, List.of(matches, firstMatches, groups, conglomerates, facilitatorMatches, facilitatorGroups),
				List.of(help, memberHelp));
		if (slowestUnseen != null) {
			System.out.printf("Slowest problem ranked for the first time: %s, %.1f ms (--profile=%1$s shows its plan)%n",
					slowestUnseen, slowestFirst[0] / 1e6);
		}
		printTargets(raw, matches, groups, facilitatorMatches);
		return 0;
	}

	/**
	 * {@value #HELPERS} actors with core trades and know-how, drawn with the benchmark's seed, each with its member
	 * {@code bench-member-<i>} (written once: the same seed draws the same actors).
	 */
	private static List<String> helpers(Driver driver, Random random) {
		List<String> all = new ArrayList<>(driver.executableQuery(HELPERS_QUERY)
			.execute()
			.records()
			.stream()
			.map(record -> record.get("id").asString())
			.toList());
		Collections.shuffle(all, random);
		List<String> helpers = all.subList(0, Math.min(HELPERS, all.size()));
		List<Map<String, Object>> members = new ArrayList<>();
		for (int i = 0; i < helpers.size(); i++) {
			members.add(Map.of("subject", "bench-member-" + i, "actorId", helpers.get(i)));
		}
		driver.executableQuery(MEMBERS).withParameters(Map.of("members", members)).execute();
		return List.copyOf(helpers);
	}

	private static GraphQlClient.Answer checked(GraphQlClient.Answer answer, String operation, String problem) {
		if (answer.failed()) {
			throw new IllegalStateException(operation + " failed for problem " + problem + ": "
					+ answer.body().path("errors"));
		}
		return answer;
	}

	private static long time(Supplier<?> work) {
		long started = System.nanoTime();
		work.get();
		return System.nanoTime() - started;
	}

	/** @param unranked operations that run no ranking of a problem: no ratio to the raw ranking */
	private static void printTable(Latencies raw, List<Latencies> graphQl, List<Latencies> unranked) {
		System.out.println();
		System.out.printf("%-22s %7s %9s %9s %9s %13s %13s%n", "operation", "rounds", "p50 ms", "p95 ms", "p99 ms",
				"p50 / raw", "p95 / raw");
		printRow(raw, null);
		graphQl.forEach(latencies -> printRow(latencies, raw));
		unranked.forEach(latencies -> printRow(latencies, null));
		System.out.println();
	}

	private static void printRow(Latencies latencies, Latencies raw) {
		System.out.printf(Locale.ROOT, "%-22s %7d %9.1f %9.1f %9.1f %13s %13s%n", latencies.operation(),
				latencies.count(), latencies.percentile(50), latencies.percentile(95), latencies.percentile(99),
				raw == null ? "" : ratio(latencies.percentile(50), raw.percentile(50)),
				raw == null ? "" : ratio(latencies.percentile(95), raw.percentile(95)));
	}

	private static String ratio(double graphQl, double raw) {
		return String.format(Locale.ROOT, "%.2f×", graphQl / raw);
	}

	private static void printTargets(Latencies raw, Latencies matches, Latencies groups, Latencies facilitator) {
		System.out.println("Targets (at 100,000 actors on 2 cores):");
		target("matchActors p95 ≤ 100 ms", matches.percentile(95), MATCH_ACTORS_P95_TARGET, " ms");
		target("matchActors p95 ≤ 100 ms, facilitator", facilitator.percentile(95), MATCH_ACTORS_P95_TARGET, " ms");
		target("proposeWorkingGroup p99 ≤ 500 ms", groups.percentile(99), WORKING_GROUP_P99_TARGET, " ms");
		target("matchActors over raw query, p50 ≤ 1.3×", matches.percentile(50) / raw.percentile(50), OVERHEAD_TARGET,
				"×");
		target("matchActors over raw query, p95 ≤ 1.3×", matches.percentile(95) / raw.percentile(95), OVERHEAD_TARGET,
				"×");
	}

	private static void target(String what, double measured, double limit, String unit) {
		System.out.printf(Locale.ROOT, "  %-40s %8.2f%s  %s%n", what, measured, unit,
				measured <= limit ? "met" : "NOT met");
	}

}
