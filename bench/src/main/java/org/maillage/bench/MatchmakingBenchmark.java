package org.maillage.bench;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import org.maillage.MaillageApplication;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Latency of matchmaking at scale: starts the service in this JVM on an embedded database of its own, fills it
 * with a synthetic territory when it holds fewer actors than asked (a second run reuses it), then for each round
 * asks {@code matchActors} and {@code proposeWorkingGroup} over HTTP for a random public problem with needs, and
 * runs the same ranking as one raw Cypher statement through the driver. Prints p50, p95 and p99 per operation and
 * the GraphQL-over-raw ratios. Run it with {@code bench/matchmaking.sh}; options:
 * <ul>
 * <li>{@code --actors=100000}: the size of the territory;</li>
 * <li>{@code --rounds=200}, {@code --warmup=20}: measured rounds of each operation, and unmeasured ones before;</li>
 * <li>{@code --data=bench/target/data-<actors>}: the embedded database's folder;</li>
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

	private static final String TRADES = "{ trades(first: 1) { totalCount } }";

	/** The problems rounds are drawn from: those a public visitor may see, open, with stated needs. */
	private static final String PUBLIC_PROBLEMS_WITH_NEEDS = """
			MATCH (:Actor)-[:FACES]->(p:Problem {visibility: 'PUBLIC', status: 'OPEN'})
			WHERE EXISTS { (p)-[:HAS_NEED]->() }
			RETURN p.id AS id ORDER BY id""";

	private static final double MATCH_ACTORS_P95_TARGET = 100;

	private static final double WORKING_GROUP_P95_TARGET = 300;

	private static final double OVERHEAD_TARGET = 1.3;

	private final Options options;

	private MatchmakingBenchmark(Options options) {
		this.options = options;
	}

	public static void main(String[] args) {
		Options options = Options.parse(args);
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
		long started = System.nanoTime();
		try (ConfigurableApplicationContext context = start()) {
			System.out.printf("Service started in %.1f s%n", (System.nanoTime() - started) / 1e9);
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			GraphQlClient graphQl = new GraphQlClient(URI.create("http://127.0.0.1:" + port + "/graphql"));
			awaitReferenceData(graphQl);
			Driver driver = context.getBean(Driver.class);
			TerritoryGenerator generator = new TerritoryGenerator(driver,
					new SyntheticTerritory(ReferenceData.load(this.options.regions()), this.options.seed()),
					this.options.batch(), System.out);
			long generating = System.nanoTime();
			long written = generator.growTo(this.options.actors());
			if (written > 0) {
				System.out.printf("Generated %,d actors in %.1f s%n", written, (System.nanoTime() - generating) / 1e9);
			}
			Map<String, Long> counts = generator.counts();
			if (this.options.generateOnly()) {
				printDataSet(counts, -1);
				return 0;
			}
			if (this.options.profile() != null) {
				QueryProfile.print(driver, new RawRankings(context).of(this.options.profile()), System.out);
				return 0;
			}
			List<String> problems = driver.executableQuery(PUBLIC_PROBLEMS_WITH_NEEDS)
				.execute()
				.records()
				.stream()
				.map(record -> record.get("id").asString())
				.toList();
			if (problems.isEmpty()) {
				System.out.println("No public open problem with needs in this database: nothing to match.");
				return 1;
			}
			printDataSet(counts, problems.size());
			return measure(graphQl, driver, new RawRankings(context), problems);
		}
	}

	private ConfigurableApplicationContext start() {
		Path data = this.options.data();
		System.out.printf("Starting the service on %s (embedded Neo4j, page cache %s)%n", data.toAbsolutePath(),
				this.options.pageCache());
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--maillage.demo.enabled=false",
				"--maillage.database.embedded.data-directory=" + data.toAbsolutePath(),
				"--maillage.database.embedded.page-cache=" + this.options.pageCache(),
				"--spring.graphql.graphiql.enabled=false", "--logging.level.root=WARN",
				"--logging.level.org.maillage=INFO", "--logging.level.org.springframework.data.neo4j.cypher=ERROR"));
		arguments.addAll(this.options.springArguments());
		SpringApplication application = new SpringApplication(MaillageApplication.class);
		return application.run(arguments.toArray(String[]::new));
	}

	/** The web server opens after the reference data, but a public answer is the proof that matters. */
	private static void awaitReferenceData(GraphQlClient graphQl) {
		for (int attempt = 0; attempt < 600; attempt++) {
			GraphQlClient.Answer answer = graphQl.post(TRADES, Map.of());
			if (!answer.failed() && answer.data("trades").path("totalCount").asInt() > 0) {
				return;
			}
			sleep(200);
		}
		throw new IllegalStateException("The service answered no trade in 120 s: reference data not loaded");
	}

	private int measure(GraphQlClient graphQl, Driver driver, RawRankings rankings, List<String> all) {
		List<String> problems = new ArrayList<>(all);
		Random random = new Random(this.options.seed() + 1);
		Collections.shuffle(problems, random);
		Latencies raw = new Latencies("raw ranking (driver)");
		Latencies matches = new Latencies("matchActors");
		Latencies groups = new Latencies("proposeWorkingGroup");
		long[] totals = new long[2];
		int warmup = this.options.warmup();
		int rounds = this.options.rounds();
		System.out.printf("%d warm-up rounds, then %d measured rounds of each operation...%n", warmup, rounds);
		for (int round = 0; round < warmup + rounds; round++) {
			String problem = problems.get(round % problems.size());
			boolean measured = round >= warmup;
			RawRankings.Query query = rankings.of(problem);
			List<Runnable> operations = new ArrayList<>(List.of(() -> {
				long nanos = time(() -> driver.executableQuery(query.cypher())
					.withParameters(query.parameters())
					.execute());
				if (measured) {
					raw.add(nanos);
				}
			}, () -> {
				GraphQlClient.Answer match = checked(graphQl.post(MATCH_ACTORS, Map.of("p", problem)), "matchActors",
						problem);
				if (measured) {
					matches.add(match.nanos());
					totals[0] += match.data("matchActors").path("totalCount").asLong();
				}
			}, () -> {
				GraphQlClient.Answer group = checked(graphQl.post(PROPOSE_WORKING_GROUP, Map.of("p", problem)),
						"proposeWorkingGroup", problem);
				if (measured) {
					groups.add(group.nanos());
					totals[1] += group.data("proposeWorkingGroup").path("members").size();
				}
			}));
			// a new order each round: whichever runs first for a problem meets the colder caches
			Collections.shuffle(operations, random);
			operations.forEach(Runnable::run);
		}
		System.out.printf("On average %,.0f actors scored above zero per problem; working groups of %.1f members%n",
				(double) totals[0] / rounds, (double) totals[1] / rounds);
		printTable(raw, List.of(matches, groups));
		printTargets(raw, matches, groups);
		return 0;
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

	private void printDataSet(Map<String, Long> counts, int publicProblems) {
		Runtime runtime = Runtime.getRuntime();
		System.out.println();
		System.out.printf("JVM: %s %s, %d cores, max heap %,d MB; Neo4j page cache %s%n",
				System.getProperty("java.vm.name"), Runtime.version(), runtime.availableProcessors(),
				runtime.maxMemory() / (1024 * 1024), this.options.pageCache());
		String regions = this.options.regions().isEmpty() ? "all"
				: String.join(",", this.options.regions().stream().sorted().toList());
		System.out.printf("Data set (%s, seed %d, régions %s):%n", this.options.data(), this.options.seed(), regions);
		counts.forEach((what, count) -> System.out.printf("  %-22s %,10d%n", what, count));
		if (publicProblems >= 0) {
			System.out.printf("  %-22s %,10d  (the problems rounds are drawn from)%n", "public open with needs",
					publicProblems);
		}
	}

	private static void printTable(Latencies raw, List<Latencies> graphQl) {
		System.out.println();
		System.out.printf("%-22s %7s %9s %9s %9s %13s %13s%n", "operation", "rounds", "p50 ms", "p95 ms", "p99 ms",
				"p50 / raw", "p95 / raw");
		printRow(raw, null);
		graphQl.forEach(latencies -> printRow(latencies, raw));
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

	private static void printTargets(Latencies raw, Latencies matches, Latencies groups) {
		System.out.println("Targets (at 100,000 actors on 2 cores):");
		target("matchActors p95 ≤ 100 ms", matches.percentile(95), MATCH_ACTORS_P95_TARGET, " ms");
		target("proposeWorkingGroup p95 ≤ 300 ms", groups.percentile(95), WORKING_GROUP_P95_TARGET, " ms");
		target("matchActors over raw query, p50 ≤ 1.3×", matches.percentile(50) / raw.percentile(50), OVERHEAD_TARGET,
				"×");
		target("matchActors over raw query, p95 ≤ 1.3×", matches.percentile(95) / raw.percentile(95), OVERHEAD_TARGET,
				"×");
	}

	private static void target(String what, double measured, double limit, String unit) {
		System.out.printf(Locale.ROOT, "  %-40s %8.2f%s  %s%n", what, measured, unit,
				measured <= limit ? "met" : "NOT met");
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	/** @param profile a problem id whose ranking is profiled instead of measuring, or null */
	record Options(long actors, int rounds, int warmup, Path data, long seed, Set<String> regions, String pageCache,
			int batch, boolean generateOnly, List<String> springArguments, String profile) {

		static Options parse(String[] args) {
			Map<String, String> values = new LinkedHashMap<>();
			List<String> spring = new ArrayList<>();
			Set<String> known = Set.of("actors", "rounds", "warmup", "data", "seed", "regions", "page-cache", "batch",
					"generate-only", "profile");
			for (String arg : args) {
				if (!arg.startsWith("--")) {
					throw new IllegalArgumentException("Options are --name=value; got " + arg);
				}
				int equals = arg.indexOf('=');
				String name = arg.substring(2, equals < 0 ? arg.length() : equals);
				String value = equals < 0 ? "true" : arg.substring(equals + 1);
				if (known.contains(name)) {
					values.put(name, value);
				}
				else {
					spring.add(arg);
				}
			}
			long actors = Long.parseLong(values.getOrDefault("actors", "100000").replace("_", ""));
			return new Options(actors, Integer.parseInt(values.getOrDefault("rounds", "200")),
					Integer.parseInt(values.getOrDefault("warmup", "20")),
					Path.of(values.getOrDefault("data", "bench/target/data-" + actors)),
					Long.parseLong(values.getOrDefault("seed", String.valueOf(DEFAULT_SEED))),
					TerritoryGenerator.regions(values.getOrDefault("regions", String.join(",",
							ReferenceData.DEFAULT_REGIONS.stream().sorted().toList()))),
					values.getOrDefault("page-cache", "1g"), Integer.parseInt(values.getOrDefault("batch",
							String.valueOf(TerritoryGenerator.DEFAULT_BATCH))),
					Boolean.parseBoolean(values.getOrDefault("generate-only", "false")), List.copyOf(spring),
					values.get("profile"));
		}

	}

}
