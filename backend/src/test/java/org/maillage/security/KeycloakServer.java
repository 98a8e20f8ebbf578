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
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

/**
 * A real Keycloak for the tests: the official distribution that the build unpacks into {@code target/keycloak},
 * started once per test run in development mode on a free loopback port, with the realm of
 * {@code infra/keycloak/maillage-realm.json} imported. Stopped when the JVM ends.
 */
public final class KeycloakServer {

	public static final String REALM = LocalKeycloak.REALM;

	private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

	private static KeycloakServer shared;

	private final Path home;

	private final Path realm;

	private final int port;

	private final int managementPort;

	private volatile LocalKeycloak keycloak;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private KeycloakServer(Path home, Path realm, int port, int managementPort) {
		this.home = home;
		this.realm = realm;
		this.port = port;
		this.managementPort = managementPort;
		this.keycloak = LocalKeycloak.launch(home, realm, port, managementPort);
	}

	/**
	 * The run's Keycloak, launched on first use. Its issuer is known at once; it finishes starting in the
	 * background, beside the Spring context, and the first token request waits for it.
	 */
	public static synchronized KeycloakServer shared() {
		if (shared == null) {
			Path home = Path.of(System.getProperty("keycloak.home", "target/keycloak/keycloak-unknown"));
			Path realm = Path.of(System.getProperty("maillage.realm", "../infra/keycloak/maillage-realm.json"));
			shared = new KeycloakServer(home, realm, freePort(), freePort());
			Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "keycloak-stop"));
		}
		return shared;
	}

	/** Stops Keycloak, as an outage would; {@link #restart()} brings it back with the same realm, keys and port. */
	public synchronized void stop() {
		this.keycloak.close();
	}

	/** Starts Keycloak again after {@link #stop()}, and waits until it serves the realm. */
	public synchronized void restart() {
		this.keycloak.close();
		this.keycloak = LocalKeycloak.launch(this.home, this.realm, this.port, this.managementPort);
		this.keycloak.awaitReady(START_TIMEOUT);
	}

	/** The issuer of this realm's tokens, as Spring Security's resource server is configured with it. */
	public String issuer() {
		return this.keycloak.issuer();
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
	@SuppressWarnings("unchecked")
	public Map<String, Object> tokenResponse(String username, String password) {
		this.keycloak.awaitReady(START_TIMEOUT);
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

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
