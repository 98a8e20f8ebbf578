package org.maillage.startup;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Runs as soon as the configuration is known, before the banner, the database or the web server: each check takes
 * milliseconds, where the failure it prevents would otherwise surface tens of seconds later, deep in a log.
 * Registered in {@code META-INF/spring.factories}, since it runs before any bean exists.
 */
public class StartupChecks implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		check(event.getEnvironment());
	}

	static void check(ConfigurableEnvironment environment) {
		String issuer = environment.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri");
		if (issuer != null) {
			requireHttpAddress(issuer, "The sign-in service's address (MAILLAGE_ISSUER_URI)",
					"Set MAILLAGE_ISSUER_URI to the realm's issuer, such as https://sso.example.org/realms/maillage.");
		}
		requireHttpAddress(environment.getProperty("maillage.public-url", "http://localhost:8080"),
				"The service's public address (MAILLAGE_PUBLIC_URL)",
				"Set MAILLAGE_PUBLIC_URL to the address clients use, such as https://maillage.example.org.");
		String address = environment.getProperty("server.address");
		requireFreePort(address, environment.getProperty("server.port", Integer.class, 8080), "HTTP (PORT)");
		requireFreePort(address, environment.getProperty("management.server.port", Integer.class, -1),
				"management (MANAGEMENT_SERVER_PORT)");
		if (environment.getProperty("maillage.dev.keycloak.home") != null) {
			requireFreePort("127.0.0.1", environment.getProperty("maillage.dev.keycloak.port", Integer.class, 8180),
					"development Keycloak");
		}
		String database = environment.getProperty("spring.neo4j.uri", "");
		if (database.isBlank()) {
			requireFreePort("127.0.0.1",
					environment.getProperty("maillage.database.embedded.bolt-port", Integer.class, 0),
					"embedded database's Bolt (MAILLAGE_DATABASE_EMBEDDED_BOLT_PORT)");
			requireUsableDataFolder(Path.of(environment.getProperty("maillage.database.embedded.data-directory",
					"data/neo4j")));
		}
		else {
			requireReachableDatabase(database);
		}
	}

	private static void requireHttpAddress(String value, String what, String action) {
		try {
			URI uri = new URI(value);
			if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
					&& uri.getQuery() == null && uri.getFragment() == null) {
				return;
			}
		}
		catch (URISyntaxException ex) {
			// told below
		}
		throw new StartupCheckFailure(what + " '" + value + "' is not an http(s) address.", action);
	}

	private static void requireFreePort(String address, int port, String what) {
		if (port <= 0) {
			return;
		}
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(address == null ? new InetSocketAddress(port)
					: new InetSocketAddress(InetAddress.getByName(address), port));
		}
		catch (IOException ex) {
			throw new StartupCheckFailure("The " + what + " port " + port + " is already in use ("
					+ ex.getMessage() + ").", "Stop what uses it (another Maillage?) or choose another port.", ex);
		}
	}

	/** Writable, and not in use by another running service: Neo4j holds its store lock while it runs. */
	private static void requireUsableDataFolder(Path folder) {
		Path absolute = folder.toAbsolutePath().normalize();
		try {
			Files.createDirectories(absolute);
			Path probe = Files.createTempFile(absolute, ".write-check", ".tmp");
			Files.delete(probe);
		}
		catch (IOException | RuntimeException ex) {
			throw new StartupCheckFailure("The database folder " + absolute + " cannot be written (" + ex + ").",
					"Give the service's user write access to it, or set MAILLAGE_DATA_DIR to a folder it can write.",
					ex);
		}
		Path storeLock = absolute.resolve("data/databases/store_lock");
		if (!Files.exists(storeLock)) {
			return;
		}
		try (FileChannel channel = FileChannel.open(storeLock, StandardOpenOption.WRITE)) {
			FileLock lock = channel.tryLock();
			if (lock != null) {
				lock.release();
				return;
			}
		}
		catch (OverlappingFileLockException ex) {
			// held by this very process: an embedded database already runs on it here
		}
		catch (IOException ex) {
			throw new StartupCheckFailure("The database folder " + absolute + " cannot be locked (" + ex + ").",
					"Check the folder's permissions and file system.", ex);
		}
		throw new StartupCheckFailure("The database folder " + absolute + " is in use by another running service.",
				"Stop the other Maillage using it, or set MAILLAGE_DATA_DIR to another folder.");
	}

	private static void requireReachableDatabase(String database) {
		URI uri;
		try {
			uri = new URI(database);
		}
		catch (URISyntaxException ex) {
			throw new StartupCheckFailure("The database address (SPRING_NEO4J_URI) '" + database + "' is malformed.",
					"Set it like neo4j://host:7687 or bolt://host:7687.", ex);
		}
		if (uri.getHost() == null || uri.getScheme() == null || !uri.getScheme().matches("(neo4j|bolt)(\\+s|\\+ssc)?")) {
			throw new StartupCheckFailure("The database address (SPRING_NEO4J_URI) '" + database
					+ "' is not a neo4j:// or bolt:// address.", "Set it like neo4j://host:7687 or bolt://host:7687.");
		}
		int port = uri.getPort() > 0 ? uri.getPort() : 7687;
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(uri.getHost(), port), 5_000);
		}
		catch (IOException ex) {
			throw new StartupCheckFailure("The database at " + uri.getHost() + ":" + port + " cannot be reached ("
					+ ex.getMessage() + ").", "Start it, or check SPRING_NEO4J_URI and the network between them.", ex);
		}
	}

}
