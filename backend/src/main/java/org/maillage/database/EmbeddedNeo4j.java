package org.maillage.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.maillage.core.InFlightRequests;

import org.springframework.boot.health.contributor.Health;

/**
 * Neo4j running inside this JVM, reachable only through Bolt on the loopback interface, so that the rest of the
 * service talks to it through the driver exactly as it would to a remote server.
 * <p>
 * Authentication stays on: each start sets a fresh random password that only this process knows, so another
 * local user of the machine cannot open the database through the Bolt port.
 * <p>
 * Neo4j takes several seconds to start, so it starts on a thread of its own while Spring builds the rest of the
 * service; its address and password are known at once, and the first user of the database calls
 * {@link #awaitReady()}.
 */
final class EmbeddedNeo4j implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	static final String USER = "neo4j";

	/** How long a shutdown waits for requests still being served before it closes the database under them. */
	static final Duration REQUESTS_PATIENCE = Duration.ofSeconds(5);

	private final CompletableFuture<DatabaseManagementService> managementService;

	private final InFlightRequests inFlight;

	private final URI boltUri;

	private final String password;

	private final CompletableFuture<PageCacheWarmUp> warmUp;

	private EmbeddedNeo4j(CompletableFuture<DatabaseManagementService> managementService, URI boltUri,
			String password, InFlightRequests inFlight, CompletableFuture<PageCacheWarmUp> warmUp) {
		this.managementService = managementService;
		this.warmUp = warmUp;
		this.inFlight = inFlight;
		this.boltUri = boltUri;
		this.password = password;
	}

	/** Starts Neo4j in the background and returns at once; see {@link #awaitReady()}. */
	static EmbeddedNeo4j start(EmbeddedDatabaseProperties properties, InFlightRequests inFlight) {
		Path home = properties.dataDirectory().toAbsolutePath().normalize();
		int port = properties.boltPort() != 0 ? properties.boltPort() : freeLoopbackPort();
		String password = newPassword();
		CompletableFuture<DatabaseManagementService> starting = new CompletableFuture<>();
		CompletableFuture<PageCacheWarmUp> warmUp = new CompletableFuture<>();
		Thread starter = new Thread(() -> {
			try {
				DatabaseManagementService started = startDatabase(home, port, password, properties.pageCache());
				if (properties.warmUp()) {
					PageCacheWarmUp reading = new PageCacheWarmUp((GraphDatabaseAPI) started
						.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME));
					warmUp.complete(reading);
					reading.start();
				}
				else {
					// said before the database is ready, so that a caller who waited for it reads "off", not "starting"
					warmUp.complete(null);
				}
				starting.complete(started);
			}
			catch (Throwable ex) {
				starting.completeExceptionally(ex);
			}
			finally {
				warmUp.complete(null);
			}
		}, "embedded-neo4j-start");
		starter.start();
		return new EmbeddedNeo4j(starting, URI.create("bolt://127.0.0.1:" + port), password, inFlight, warmUp);
	}

	private static DatabaseManagementService startDatabase(Path home, int port, String password, String pageCache) {
		long started = System.nanoTime();
		DatabaseManagementService managementService = new DatabaseManagementServiceBuilder(home)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			// Neo4j's HTTP connector brings Jetty and Jersey versions that clash with Spring Boot's; Bolt is enough.
			.setConfig(HttpConnector.enabled, false)
			.setConfig(HttpsConnector.enabled, false)
			.setConfig(GraphDatabaseSettings.auth_enabled, true)
			.setConfig(GraphDatabaseSettings.udc_enabled, false)
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
			// A request's transaction times out at its deadline; the default check every 2 s would let it run on.
			.setConfig(GraphDatabaseSettings.transaction_monitor_check_interval, Duration.ofMillis(100))
			// Netty's default quiet period makes every shutdown wait about ten seconds for nothing.
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
			// Neo4j's data collector keeps the last 8,192 statements (text, parameters) from start-up on, for
			// db.stats.retrieve, which we never call. Every statement then lives long enough to be copied out of the
			// young generation: at 100k actors that was most of the tail of a page of profiles (performance.md).
			.setConfig(GraphDatabaseInternalSettings.data_collector_max_recent_query_count, 0)
			.build();
		try {
			managementService.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
				.executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
						Map.of("password", password));
			log.info("Embedded Neo4j started in {} ms on bolt://127.0.0.1:{}, data in {}",
					(System.nanoTime() - started) / 1_000_000, boltPort(managementService), home);
			return managementService;
		}
		catch (RuntimeException ex) {
			managementService.shutdown();
			throw ex;
		}
	}

	/** Blocks until the database accepts connections; rethrows what stopped it from starting. */
	void awaitReady() {
		try {
			this.managementService.join();
		}
		catch (CompletionException ex) {
			throw new IllegalStateException("The embedded Neo4j did not start: " + ex.getCause().getMessage(),
					ex.getCause());
		}
	}

	private static int freeLoopbackPort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free loopback port for the embedded Neo4j's Bolt server", ex);
		}
	}

	private static int boltPort(DatabaseManagementService managementService) {
		var database = (GraphDatabaseAPI) managementService.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		return database.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT)
			.getPort();
	}

	private static String newPassword() {
		byte[] bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** How far the page cache's warm-up is ({@link PageCacheWarmUp}); up whatever it says. */
	Health warmUpHealth() {
		if (!this.warmUp.isDone()) {
			return Health.up().withDetail("state", "database starting").build();
		}
		PageCacheWarmUp reading = this.warmUp.join();
		return reading == null ? Health.up().withDetail("state", "off").build() : reading.health();
	}

	URI boltUri() {
		return this.boltUri;
	}

	String password() {
		return this.password;
	}

	/**
	 * Stops the database once no request is being served: the web server has drained them already (graceful
	 * shutdown), but one it gave up on must not have its database closed under it while it ends at its deadline.
	 */
	@Override
	public void close() {
		DatabaseManagementService started = this.managementService.handle((service, failure) -> service).join();
		if (started != null) {
			if (!this.inFlight.awaitNone(REQUESTS_PATIENCE)) {
				log.warn("Closing the embedded database with {} requests still running after {} s",
						this.inFlight.count(), REQUESTS_PATIENCE.toSeconds());
			}
			PageCacheWarmUp reading = this.warmUp.join();
			if (reading != null) {
				reading.stop();
			}
			long stopping = System.nanoTime();
			started.shutdown();
			log.info("Embedded Neo4j stopped in {} ms", (System.nanoTime() - stopping) / 1_000_000);
		}
	}

}
