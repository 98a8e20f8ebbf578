package org.maillage.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j 5 server in a process of its own, for tests of the service against an external database: the same
 * Neo4j the service embeds, run by {@link #main} in another JVM with Bolt on a loopback port and a password, as a
 * standalone server would be. (No Docker engine and no Neo4j server distribution on Maven Central: this is the
 * closest real server the build can fetch.) {@link #start} launches it and waits until it listens;
 * {@link #stop} kills it.
 */
final class Neo4jServerProcess {

	static final String READY = "neo4j-server-ready";

	private final Path home;

	private final int port;

	private final String password;

	private Process process;

	Neo4jServerProcess(Path home, String password) {
		this.home = home;
		this.port = freePort();
		this.password = password;
	}

	/** The server: {@code home port password}; prints {@value #READY} once Bolt listens, runs until killed. */
	public static void main(String[] args) {
		try {
			DatabaseManagementService service = new DatabaseManagementServiceBuilder(Path.of(args[0]))
				.setConfig(BoltConnector.enabled, true)
				.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", Integer.parseInt(args[1])))
				.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
				.setConfig(HttpConnector.enabled, false)
				.setConfig(HttpsConnector.enabled, false)
				.setConfig(GraphDatabaseSettings.auth_enabled, true)
				.build();
			Runtime.getRuntime().addShutdownHook(new Thread(service::shutdown));
			setPassword(service, args[2]);
			System.out.println(READY);
			System.out.flush();
		}
		catch (RuntimeException ex) {
			// the database's threads would keep this JVM alive: end it, so that start() sees the output end
			LoggerFactory.getLogger(Neo4jServerProcess.class).error("The Neo4j server did not start", ex);
			System.exit(1);
		}
	}

	private static void setPassword(DatabaseManagementService service, String password) {
		try {
			service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
				.executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
						Map.of("password", password));
		}
		catch (RuntimeException ex) {
			// a restart on the same folder: Neo4j refuses to set the password it already has
			if (!String.valueOf(ex.getMessage()).contains("cannot be the same")) {
				throw ex;
			}
		}
	}

	/** Starts the server (again, on the same folder and port) and returns once it accepts connections. */
	void start() {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-cp", System.getProperty("java.class.path"), Neo4jServerProcess.class.getName(),
				this.home.toAbsolutePath().toString(), String.valueOf(this.port), this.password));
		try {
			this.process = new ProcessBuilder(command).redirectErrorStream(true).start();
			// never outlive the test run, however it ends
			Runtime.getRuntime().addShutdownHook(new Thread(this.process::destroyForcibly));
			var output = this.process.inputReader();
			String line;
			while ((line = output.readLine()) != null) {
				if (line.contains(READY)) {
					// keep draining its output so that it never blocks on a full pipe
					Thread drain = new Thread(() -> output.lines().forEach(ignored -> {
					}), "neo4j-server-output");
					drain.setDaemon(true);
					drain.start();
					return;
				}
			}
			throw new IllegalStateException("The Neo4j server process ended before listening: " + this.process.waitFor());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Kills the server at once, like a crash or a lost machine. */
	void kill() {
		if (this.process != null) {
			this.process.destroyForcibly();
			try {
				this.process.waitFor(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	String uri(String scheme) {
		return scheme + "://127.0.0.1:" + this.port;
	}

	String password() {
		return this.password;
	}

	boolean running() {
		return this.process != null && this.process.isAlive();
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
