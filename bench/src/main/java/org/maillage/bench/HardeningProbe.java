package org.maillage.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an outside auditor and a demanding operator send a running service (public requests only, no token), and
 * what came back, as numbers: the looping deep query, many aliases, oversized bodies (declared and chunked), then a
 * soak of public reads and rankings by several clients, counting errors, latencies and the lines the service logged
 * meanwhile. Usage: {@code HardeningProbe URL SECONDS CLIENTS [LOG_FILE]}.
 */
public final class HardeningProbe {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final URI endpoint;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private HardeningProbe(URI endpoint) {
		this.endpoint = endpoint;
	}

	public static void main(String[] args) throws Exception {
		URI endpoint = URI.create(args.length > 0 ? args[0] : "http://localhost:8080/graphql");
		int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 300;
		int clients = args.length > 2 ? Integer.parseInt(args[2]) : 8;
		Path log = args.length > 3 ? Path.of(args[3]) : null;
		HardeningProbe probe = new HardeningProbe(endpoint);
		probe.refusals();
		long linesBefore = log == null ? 0 : Files.lines(log).count();
		probe.soak(seconds, clients);
		if (log != null) {
			System.out.printf("service log: %d lines written during the soak (%s)%n",
					Files.lines(log).count() - linesBefore, log);
		}
	}

	private void refusals() throws Exception {
		StringBuilder deep = new StringBuilder("{ actors(first: 100) { edges { node { name ");
		for (int level = 0; level < 20; level++) {
			deep.append(level % 2 == 0 ? "knowHow { name " : "actor { name ");
		}
		deep.append("}".repeat(20)).append(" } } } }");
		report("deep query (20 loops, " + deep.length() + " bytes)", json(Map.of("query", deep.toString())), false);
		String aliases = IntStream.range(0, 1000)
			.mapToObj(i -> "a" + i + ": trade(code: \"C\") { label }")
			.collect(Collectors.joining(" ", "{ ", " }"));
		report("1,000 aliases (" + aliases.length() + " bytes)", json(Map.of("query", aliases)), false);
		byte[] huge = ("{\"query\": \"{ trade(code: \\\"C\\\") { label } }\", \"pad\": \"" + " ".repeat(100 * 1024 * 1024)
				+ "\"}").getBytes(StandardCharsets.UTF_8);
		report("100 MB body, declared length", huge, false);
		report("100 MB body, chunked", huge, true);
	}

	private void report(String what, byte[] body, boolean chunked) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.endpoint)
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json");
		request.POST(chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
				: HttpRequest.BodyPublishers.ofByteArray(body));
		long started = System.nanoTime();
		String outcome;
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			outcome = "HTTP " + response.statusCode() + ", " + response.body().length() + " bytes: "
					+ firstError(response.body());
		}
		catch (IOException ex) {
			outcome = "connection closed by the service (" + ex.getClass().getSimpleName() + ")";
		}
		System.out.printf("%-40s %8.1f ms  %s%n", what, (System.nanoTime() - started) / 1e6, outcome);
	}

	private static String firstError(String body) {
		try {
			JsonNode error = JSON.readTree(body).path("errors").path(0);
			return error.path("extensions").path("classification").asString("?") + " "
					+ error.path("extensions").path("limit").asString("") + " — " + error.path("message").asString("");
		}
		catch (RuntimeException ex) {
			return body.length() > 120 ? body.substring(0, 120) : body;
		}
	}

	private void soak(int seconds, int clients) throws Exception {
		GraphQlClient reader = new GraphQlClient(this.endpoint);
		List<String> problems = new ArrayList<>();
		reader.post("{ problems(first: 100) { edges { node { id } } } }", Map.of())
			.data("problems")
			.path("edges")
			.forEach(edge -> problems.add(edge.path("node").path("id").asString()));
		List<String> reads = List.of(
				"query($p: ID!) { matchActors(problem: $p, first: 10) { edges { node { score actor { name } explanation } } } }",
				"query($p: ID!) { proposeWorkingGroup(problem: $p) { members { actor { name } reasons } } }",
				"{ actors(filter: {text: \"recyclage\"}, first: 20) { totalCount edges { node { name knowHow { name } } } } }",
				"{ actors(filter: {trades: [\"C\"], sectors: [PRIVATE]}, first: 20) { totalCount edges { node { name } } } }",
				"{ equipment(filter: {text: \"four\"}) { edges { node { name actor { name } } } } topics { edges { node { name } } } }");
		Latencies latencies = new Latencies("soak");
		AtomicLong answered = new AtomicLong();
		AtomicLong errors = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		long until = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			Thread thread = new Thread(() -> {
				GraphQlClient client = new GraphQlClient(this.endpoint);
				while (System.nanoTime() < until) {
					String query = reads.get(ThreadLocalRandom.current().nextInt(reads.size()));
					Map<String, Object> variables = query.contains("$p") && !problems.isEmpty()
							? Map.of("p", problems.get(ThreadLocalRandom.current().nextInt(problems.size()))) : Map.of();
					try {
						GraphQlClient.Answer answer = client.post(query, variables);
						synchronized (latencies) {
							latencies.add(answer.nanos());
						}
						(answer.failed() ? errors : answered).incrementAndGet();
					}
					catch (RuntimeException ex) {
						failed.incrementAndGet();
					}
				}
			});
			thread.start();
			threads.add(thread);
		}
		for (Thread thread : threads) {
			thread.join();
		}
		System.out.printf("soak: %d clients, %d s: %d answered, %d with GraphQL errors, %d failed (no answer); "
				+ "p50 %.0f ms, p95 %.0f ms, p99 %.0f ms%n", clients, seconds, answered.get(), errors.get(), failed.get(),
				latencies.percentile(50), latencies.percentile(95), latencies.percentile(99));
	}

	private static byte[] json(Map<String, Object> body) {
		return JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
	}

}
