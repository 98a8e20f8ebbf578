package org.maillage.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Keycloak of the official distribution, run as a child process in development mode on a loopback port, with the
 * development realm imported: what the run command and the tests sign in with. Not for production (see
 * docs/operations.md for a real Keycloak).
 */
public final class LocalKeycloak implements AutoCloseable {

	public static final String REALM = "maillage";

	private final Process process;

	private final int port;

	private final Path log;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private volatile boolean ready;

	private LocalKeycloak(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/**
	 * Launches Keycloak and returns at once; it takes 15–40 s to serve the realm (see {@link #awaitReady}).
	 * @param home the unpacked distribution (the folder holding {@code bin/kc.sh})
	 * @param realm the realm file to import
	 * @param port the HTTP port on 127.0.0.1
	 * @param managementPort the port of Keycloak's management interface, on 127.0.0.1 too
	 */
	public static LocalKeycloak launch(Path home, Path realm, int port, int managementPort) {
		if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
			throw new IllegalStateException("No Keycloak distribution at " + home.toAbsolutePath()
					+ ": the build unpacks it into backend/target/keycloak (maven-dependency-plugin)");
		}
		try {
			Path imports = Files.createDirectories(home.resolve("data/import"));
			Files.copy(realm, imports.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
			Path log = home.resolveSibling("keycloak.log");
			ProcessBuilder builder = new ProcessBuilder(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
					"--import-realm", "--http-host=127.0.0.1", "--http-port=" + port,
					"--http-management-port=" + managementPort, "--cache=local"))
				.redirectErrorStream(true)
				.redirectOutput(log.toFile());
			// A cache folder of its own, not one shared in the system's temporary directory.
			builder.environment()
				.put("JAVA_OPTS_APPEND", "-Dvertx.cacheDirBase=" + home.resolveSibling("vertx-cache").toAbsolutePath());
			return new LocalKeycloak(builder.start(), port, log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start Keycloak from " + home, ex);
		}
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

	/** The issuer of the realm's tokens. */
	public String issuer() {
		return baseUrl() + "/realms/" + REALM;
	}

	public Path log() {
		return this.log;
	}

	/** Waits until the realm is served. */
	public synchronized void awaitReady(Duration timeout) {
		if (this.ready) {
			return;
		}
		long deadline = System.nanoTime() + timeout.toNanos();
		HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
			.timeout(Duration.ofSeconds(5))
			.build();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("Keycloak stopped while starting; see " + this.log.toAbsolutePath());
			}
			try {
				if (this.http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					this.ready = true;
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
			pause();
		}
		throw new IllegalStateException(
				"Keycloak did not serve realm " + REALM + " within " + timeout + "; see " + this.log.toAbsolutePath());
	}

	@Override
	public void close() {
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

	private static void pause() {
		try {
			Thread.sleep(500);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
