package org.maillage.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.maillage.MaillageApplication;
import org.maillage.actor.persistence.DirectoryEntries;
import org.maillage.actor.persistence.FacetCodes;
import org.neo4j.driver.Driver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service a benchmark measures: started in the benchmark's JVM on an embedded database of its own, with the
 * benchmark's sign-in service ({@link BenchIssuer}), and filled with a synthetic territory when it holds fewer
 * actors than asked (a second run reuses it). Clients call it over HTTP as a public visitor or as a facilitator.
 * With {@code --jar=PATH} the service is the packaged jar in a JVM of its own instead (as in production: the client's
 * work and garbage do not share the service's heap), on a territory generated beforehand.
 */
final class BenchService implements AutoCloseable {

	private static final String TRADES = "{ trades(first: 1) { totalCount } }";

	private final ConfigurableApplicationContext context;

	private final Process process;

	private final BenchIssuer issuer;

	private final GraphQlClient publicVisitor;

	private final Map<String, Long> counts;

	private final double startSeconds;

	private BenchService(ConfigurableApplicationContext context, BenchIssuer issuer, Map<String, Long> counts,
			double startSeconds) {
		this(context, null, ((WebServerApplicationContext) context).getWebServer().getPort(), issuer, counts,
				startSeconds);
	}

	private BenchService(ConfigurableApplicationContext context, Process process, int port, BenchIssuer issuer,
			Map<String, Long> counts, double startSeconds) {
		this.context = context;
		this.process = process;
		this.issuer = issuer;
		this.publicVisitor = new GraphQlClient(URI.create("http://127.0.0.1:" + port + "/graphql"));
		this.counts = counts;
		this.startSeconds = startSeconds;
	}

	/** Starts the service and grows its territory to the options' size. */
	static BenchService start(Options given) {
		// the stale-profile reminders walk every actor of a new territory two minutes after start-up, writing as they
		// go: on a fresh 1M store they ran beside a benchmark's measured rounds (docs/performance.md); a benchmark
		// measures them only when told (--maillage.freshness.first-check-delay=2m)
		Options options = given.withDefault("maillage.freshness.first-check-delay", "1h");
		BenchIssuer issuer = BenchIssuer.start();
		Path data = options.data();
		System.out.printf("Starting the service on %s (embedded Neo4j, page cache %s)%n", data.toAbsolutePath(),
				options.pageCache());
		if (options.jar() != null) {
			return startJar(options, issuer);
		}
		List<String> arguments = serviceArguments(options, issuer, 0, 0);
		long started = System.nanoTime();
		ConfigurableApplicationContext context = new SpringApplication(MaillageApplication.class)
			.run(arguments.toArray(String[]::new));
		double startSeconds = (System.nanoTime() - started) / 1e9;
		System.out.printf("Service started in %.1f s%n", startSeconds);
		BenchService service = new BenchService(context, issuer, Map.of(), startSeconds);
		service.awaitReferenceData();
		TerritoryGenerator generator = new TerritoryGenerator(service.driver(),
				new SyntheticTerritory(ReferenceData.load(options.regions()), options.seed()), options.batch(),
				System.out);
		long generating = System.nanoTime();
		long written = generator.growTo(options.actors());
		if (written > 0) {
			double seconds = (System.nanoTime() - generating) / 1e9;
			System.out.printf("Generated %,d actors in %.1f s (%,.0f actors/s)%n", written, seconds, written / seconds);
			// what the service does at start-up for actors written outside it: their directory entries, topic counts
			long indexing = System.nanoTime();
			service.context.getBean(DirectoryEntries.class).bringUpToDate();
			service.context.getBean(FacetCodes.class).numberAwaiting();
			System.out.printf("Directory entries and topic counts brought up to date in %.1f s%n",
					(System.nanoTime() - indexing) / 1e9);
		}
		return new BenchService(context, issuer, generator.counts(), startSeconds);
	}

	/** The packaged jar in a JVM of its own ({@code BENCH_SERVICE_JAVA_OPTS}, default -Xmx4g), on fixed free ports. */
	private static BenchService startJar(Options options, BenchIssuer issuer) {
		if (!Files.isDirectory(options.data())) {
			throw new IllegalStateException("--jar serves an existing territory: generate " + options.data()
					+ " first (the same command without --jar, with --generate-only)");
		}
		int port = freePort();
		int managementPort = freePort();
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(List.of(System.getenv().getOrDefault("BENCH_SERVICE_JAVA_OPTS", "-Xmx4g").trim().split("\\s+")));
		command.addAll(List.of("-XX:+ExitOnOutOfMemoryError", "-jar", options.jar().toAbsolutePath().toString()));
		command.addAll(serviceArguments(options, issuer, port, managementPort));
		// the warm-up's progress is in its health details, which the management port shows only when told
		command.add("--management.endpoint.health.show-details=always");
		long started = System.nanoTime();
		Process process;
		try {
			process = new ProcessBuilder(command).inheritIO().start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot start " + options.jar() + ": " + ex.getMessage(), ex);
		}
		// the service must not outlive the benchmark, whatever ends it
		Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
		BenchService service = new BenchService(null, process, port, issuer, Map.of(), 0);
		try {
			service.awaitReferenceData();
		}
		catch (RuntimeException ex) {
			service.close();
			throw ex;
		}
		double startSeconds = (System.nanoTime() - started) / 1e9;
		System.out.printf("Service (%s, pid %d) answered in %.1f s%n", options.jar().getFileName(), process.pid(),
				startSeconds);
		long actors = service.publicVisitor.post("{ actors(first: 1) { totalCount } }", Map.of())
			.data("actors")
			.path("totalCount")
			.asLong();
		if (actors < options.actors()) {
			service.close();
			throw new IllegalStateException("The territory holds " + actors + " actors, fewer than asked: generate it"
					+ " without --jar first");
		}
		awaitPageCacheWarmedUp(managementPort);
		awaitFacetCodes(managementPort);
		return new BenchService(null, process, port, issuer, Map.of("actors", actors), startSeconds);
	}

	/**
	 * As {@link #awaitRankingsPlanned} for a service in a JVM of its own: waits until its embedded database's page
	 * cache warm-up is over, as its management port's health says (nothing to wait for on an external database).
	 */
	private static void awaitPageCacheWarmedUp(int managementPort) {
		JsonNode details = awaitHealth(managementPort, "pageCacheWarmUp", "The page cache was not warmed up");
		if (details != null) {
			System.out.printf("Page cache warmed up (%s MB read)%n", details.path("megabytesRead").asString("0"));
		}
	}

	/**
	 * Waits until the directory entries awaiting facet codes have them (the service numbers them in the background
	 * after an upgrade or a generation), so that no query is measured beside that work nor half on numbers.
	 */
	private static void awaitFacetCodes(int managementPort) {
		if (awaitHealth(managementPort, "facetCodes", "The directory entries' facet codes were not written") != null) {
			System.out.println("Directory entries' facet codes written");
		}
	}

	/**
	 * Waits until a health component of the service's management port says {@code done} or {@code off} in its
	 * details, and returns them; null at once when the service has no such component.
	 */
	private static JsonNode awaitHealth(int managementPort, String component, String failure) {
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/actuator/health/" + component))
			.timeout(java.time.Duration.ofSeconds(10))
			.build();
		long started = System.nanoTime();
		while (true) {
			JsonNode details;
			try {
				HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 404) {
					return null;
				}
				details = JsonMapper.builder().build().readTree(response.body()).path("details");
			}
			catch (IOException ex) {
				throw new IllegalStateException("The service's health does not answer: " + ex.getMessage(), ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted", ex);
			}
			String state = details.path("state").asString("");
			if (state.equals("done") || state.equals("off")) {
				System.out.printf("%s: %s after %.1f s more%n", component, state, (System.nanoTime() - started) / 1e9);
				return details;
			}
			if (System.nanoTime() - started > 900_000_000_000L) {
				throw new IllegalStateException(failure + " within 900 s");
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted", ex);
			}
		}
	}

	/** The service's settings, the same in the benchmark's JVM and in its own: ports, data, sign-in, logs. */
	private static List<String> serviceArguments(Options options, BenchIssuer issuer, int port, int managementPort) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=" + port,
				"--management.server.port=" + managementPort, "--maillage.demo.enabled=false",
				"--maillage.database.embedded.data-directory=" + options.data().toAbsolutePath(),
				"--maillage.database.embedded.page-cache=" + options.pageCache(),
				"--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer.issuer(),
				"--maillage.security.client-id=" + BenchIssuer.CLIENT, "--logging.level.root=WARN",
				"--logging.level.org.maillage=INFO"));
		arguments.addAll(options.springArguments());
		return arguments;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException("No free port: " + ex.getMessage(), ex);
		}
	}

	/** The service's own driver; a service in its own JVM ({@code --jar}) has none to share. */
	Driver driver() {
		return context().getBean(Driver.class);
	}

	boolean ownJvm() {
		return this.process != null;
	}

	ConfigurableApplicationContext context() {
		if (this.context == null) {
			throw new IllegalStateException("This benchmark needs the service in its own JVM: run it without --jar");
		}
		return this.context;
	}

	GraphQlClient publicVisitor() {
		return this.publicVisitor;
	}

	/** A signed-in facilitator, with no membership: sees PUBLIC, MEMBERS and FACILITATORS items. */
	GraphQlClient facilitator() {
		return this.publicVisitor.as(this.issuer.token("bench-facilitator", "MEMBER", "FACILITATOR"));
	}

	/** A signed-in person with these realm roles (the watch's subscribers). */
	GraphQlClient signedIn(String subject, String... roles) {
		return this.publicVisitor.as(this.issuer.token(subject, roles));
	}

	/** A signed-in member: sees PUBLIC and MEMBERS items, and every item of the actors {@code subject} belongs to. */
	GraphQlClient member(String subject) {
		return this.publicVisitor.as(this.issuer.token(subject, "MEMBER"));
	}

	Map<String, Long> counts() {
		return this.counts;
	}

	double startSeconds() {
		return this.startSeconds;
	}

	/** The web server opens after the reference data, but a public answer is the proof that matters. */
	/**
	 * Waits until the rankings' statements are planned (the service's readiness), as an orchestrator waits before
	 * sending traffic: a ranking asked during that planning competes with it and may run past its deadline.
	 */
	void awaitRankingsPlanned() {
		if (this.context == null) {
			return;
		}
		double seconds = awaitHealth("rankingWarmUp", health -> health.getStatus() == Status.UP, 300,
				"The rankings were not planned");
		System.out.printf("Rankings planned (the service is ready) after %.1f s more%n", seconds);
		// the embedded database reads its store into the page cache in the background after a start (a minute at
		// 1,000,000 actors): rounds measured meanwhile would measure the warm-up, and compete with it for the
		// processor (a service in a JVM of its own: awaitPageCacheWarmedUp(int))
		if (this.context.containsBean("pageCacheWarmUp")) {
			seconds = awaitHealth("pageCacheWarmUp",
					health -> List.of("done", "off").contains(String.valueOf(health.getDetails().get("state"))), 900,
					"The page cache was not warmed up");
			System.out.printf("Page cache warmed up (%s MB read) after %.1f s more%n",
					this.context.getBean("pageCacheWarmUp", HealthIndicator.class)
						.health()
						.getDetails()
						.getOrDefault("megabytesRead", 0),
					seconds);
		}
	}

	/** Waits until this health indicator's answer is {@code ready}, at most {@code limitSeconds}; the seconds waited. */
	private double awaitHealth(String indicator, java.util.function.Predicate<Health> ready, long limitSeconds,
			String failure) {
		HealthIndicator health = this.context.getBean(indicator, HealthIndicator.class);
		long started = System.nanoTime();
		while (!ready.test(health.health())) {
			if (System.nanoTime() - started > limitSeconds * 1_000_000_000L) {
				throw new IllegalStateException(failure + " within " + limitSeconds + " s");
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted", ex);
			}
		}
		return (System.nanoTime() - started) / 1e9;
	}

	private void awaitReferenceData() {
		for (int attempt = 0; attempt < 600; attempt++) {
			if (this.process != null && !this.process.isAlive()) {
				throw new IllegalStateException("The service stopped with status " + this.process.exitValue());
			}
			try {
				GraphQlClient.Answer answer = this.publicVisitor.post(TRADES, Map.of());
				if (!answer.failed() && answer.data("trades").path("totalCount").asInt() > 0) {
					return;
				}
			}
			catch (java.io.UncheckedIOException ex) {
				// a service in its own JVM opens its port after a while
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted", ex);
			}
		}
		throw new IllegalStateException("The service answered no trade in 120 s: reference data not loaded");
	}

	void printDataSet(Options options) {
		Runtime runtime = Runtime.getRuntime();
		System.out.println();
		System.out.printf("JVM: %s %s, %d cores, max heap %,d MB; Neo4j page cache %s%n",
				System.getProperty("java.vm.name"), Runtime.version(), runtime.availableProcessors(),
				runtime.maxMemory() / (1024 * 1024), options.pageCache());
		String regions = options.regions().isEmpty() ? "all"
				: String.join(",", options.regions().stream().sorted().toList());
		System.out.printf("Data set (%s, seed %d, régions %s):%n", options.data(), options.seed(), regions);
		this.counts.forEach((what, count) -> System.out.printf("  %-22s %,10d%n", what, count));
	}

	@Override
	public void close() {
		if (this.context != null) {
			this.context.close();
		}
		if (this.process != null) {
			this.process.destroy();
			try {
				this.process.waitFor();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		this.issuer.close();
	}

	/**
	 * A benchmark's options ({@code --name=value}): {@code actors}, {@code rounds}, {@code warmup}, {@code data},
	 * {@code seed}, {@code regions}, {@code page-cache}, {@code batch}, {@code generate-only}, {@code profile},
	 * {@code only}, {@code jar};
	 * any other is handed to the service as a Spring property.
	 *
	 * @param profile a problem id whose ranking is profiled instead of measuring, or null
	 * @param only measure only the queries whose name contains this text, or null for all
	 * @param jar the packaged service to run in a JVM of its own, or null to run it in the benchmark's
	 */
	record Options(long actors, int rounds, int warmup, Path data, long seed, Set<String> regions, String pageCache,
			int batch, boolean generateOnly, List<String> springArguments, String profile, String only, Path jar) {

		/**
		 * Runs a benchmark that takes a count of its own ({@code --name=N}, {@code _} allowed as a thousands
		 * separator) beside these options, and exits with its status: 1, logged, when it fails.
		 */
		static void runAndExit(String[] args, int defaultRounds, String countName, int defaultCount,
				java.util.function.BiFunction<Options, Integer, Integer> benchmark) {
			int count = defaultCount;
			List<String> rest = new ArrayList<>();
			for (String arg : args) {
				if (arg.startsWith("--" + countName + "=")) {
					count = Integer.parseInt(arg.substring(countName.length() + 3).replace("_", ""));
				}
				else {
					rest.add(arg);
				}
			}
			int status;
			try {
				status = benchmark.apply(parse(rest.toArray(String[]::new), defaultRounds), count);
			}
			catch (RuntimeException ex) {
				org.slf4j.LoggerFactory.getLogger(BenchService.class).error("The benchmark failed: {}", ex.getMessage(), ex);
				status = 1;
			}
			System.exit(status);
		}

		/**
		 * These options with a Spring property the service gets unless the command line gives it: a benchmark's
		 * own default, such as the observatory's first figures deferred while rankings are measured.
		 */
		Options withDefault(String property, String value) {
			if (this.springArguments.stream().anyMatch(argument -> argument.startsWith("--" + property + "="))) {
				return this;
			}
			List<String> spring = new ArrayList<>(this.springArguments);
			spring.add("--" + property + "=" + value);
			return new Options(this.actors, this.rounds, this.warmup, this.data, this.seed, this.regions,
					this.pageCache, this.batch, this.generateOnly, List.copyOf(spring), this.profile, this.only,
					this.jar);
		}

		static Options parse(String[] args, int defaultRounds) {
			Map<String, String> values = new LinkedHashMap<>();
			List<String> spring = new ArrayList<>();
			Set<String> known = Set.of("actors", "rounds", "warmup", "data", "seed", "regions", "page-cache", "batch",
					"generate-only", "profile", "only", "jar");
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
			Set<String> regions = TerritoryGenerator.regions(values.getOrDefault("regions",
					String.join(",", ReferenceData.DEFAULT_REGIONS.stream().sorted().toList())));
			String defaultData = "bench/target/data-" + actors + (regions.isEmpty() ? "-france" : "");
			return new Options(actors, Integer.parseInt(values.getOrDefault("rounds", String.valueOf(defaultRounds))),
					Integer.parseInt(values.getOrDefault("warmup", "20")),
					Path.of(values.getOrDefault("data", defaultData)),
					Long.parseLong(values.getOrDefault("seed", String.valueOf(MatchmakingBenchmark.DEFAULT_SEED))),
					regions, values.getOrDefault("page-cache", "1g"), Integer.parseInt(values.getOrDefault("batch",
							String.valueOf(TerritoryGenerator.DEFAULT_BATCH))),
					Boolean.parseBoolean(values.getOrDefault("generate-only", "false")), List.copyOf(spring),
					values.get("profile"), values.get("only"),
					values.containsKey("jar") ? Path.of(values.get("jar")) : null);
		}

	}

}
