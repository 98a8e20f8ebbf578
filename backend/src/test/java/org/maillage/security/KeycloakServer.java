package org.maillage.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

/**
 * A real Keycloak for the tests: the official distribution that the build unpacks into {@code target/keycloak},
 * started once per test run in development mode on a free loopback port, with the realm of
 * {@code infra/keycloak/maillage-realm.json} imported. Stopped when the JVM ends.
 */
public final class KeycloakServer {

	public static final String REALM = "maillage";

	private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

	private static KeycloakServer shared;

	private final Process process;

	private final int port;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Path log;

	private volatile boolean ready;

	private KeycloakServer(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/**
	 * The run's Keycloak, launched on first use. Its issuer is known at once; it finishes starting in the
	 * background, beside the Spring context, and the first token request waits for it.
	 */
	public static synchronized KeycloakServer shared() {
		if (shared == null) {
			shared = start();
			Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "keycloak-stop"));
		}
		return shared;
	}

	/** The issuer of this realm's tokens, as Spring Security's resource server is configured with it. */
	public String issuer() {
		return "http://127.0.0.1:" + this.port + "/realms/" + REALM;
	}

	/** An access token for a demo user, through the password grant the development realm allows. */
	public String accessToken(String username, String password) {
		Map<String, Object> body = tokenResponse(username, password);
		Object token = body.get("access_token");
		if (token == null) {
			throw new IllegalStateException("Keycloak refused a token to " + username + ": " + body);
		}
		return (String) token;
	}

	/** The raw token endpoint's answer (error fields included), for tests of refusals. */
	public Map<String, Object> tokenResponse(String username, String password) {
		awaitReady();
		String form = Map.of("grant_type", "password", "client_id", "maillage-web", "username", username, "password",
				password, "scope", "openid")
			.entrySet()
			.stream()
			.map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest request = HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		try {
			String answer = this.http.send(request, HttpResponse.BodyHandlers.ofString()).body();
			return JsonMapper.builder().build().readValue(answer, Map.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static KeycloakServer start() {
		Path home = Path.of(System.getProperty("keycloak.home", "target/keycloak/keycloak-unknown"));
		Path realm = Path.of(System.getProperty("maillage.realm", "../infra/keycloak/maillage-realm.json"));
		if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
			throw new IllegalStateException("No Keycloak distribution at " + home.toAbsolutePath()
					+ ": the build unpacks it (maven-dependency-plugin, phase generate-test-resources)");
		}
		try {
			Path imports = Files.createDirectories(home.resolve("data/import"));
			Files.copy(realm, imports.resolve("maillage-realm.json"), StandardCopyOption.REPLACE_EXISTING);
			int port = freePort();
			Path log = home.resolveSibling("keycloak.log");
			ProcessBuilder builder = new ProcessBuilder(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
					"--import-realm", "--http-host=127.0.0.1", "--http-port=" + port,
					"--http-management-port=" + freePort(), "--cache=local"))
				.redirectErrorStream(true)
				.redirectOutput(log.toFile());
			// A cache folder of its own, not one shared in the system's temporary directory.
			builder.environment()
				.put("JAVA_OPTS_APPEND", "-Dvertx.cacheDirBase=" + home.resolveSibling("vertx-cache").toAbsolutePath());
			return new KeycloakServer(builder.start(), port, log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start Keycloak from " + home, ex);
		}
	}

	/** Waits until the realm is served; the first caller waits for the start, later ones return at once. */
	public synchronized void awaitReady() {
		if (!this.ready) {
			awaitRealm(this.log);
			this.ready = true;
		}
	}

	private void awaitRealm(Path log) {
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		HttpRequest discovery = HttpRequest
			.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
			.timeout(Duration.ofSeconds(5))
			.build();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("Keycloak stopped while starting; see " + log.toAbsolutePath());
			}
			try {
				if (this.http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			sleep(500);
		}
		stop();
		throw new IllegalStateException("Keycloak did not serve realm " + REALM + " within " + START_TIMEOUT
				+ "; see " + log.toAbsolutePath());
	}

	void stop() {
		this.process.descendants().forEach(ProcessHandle::destroy);
		this.process.destroy();
		try {
			if (!this.process.waitFor(20, TimeUnit.SECONDS)) {
				this.process.descendants().forEach(ProcessHandle::destroyForcibly);
				this.process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
