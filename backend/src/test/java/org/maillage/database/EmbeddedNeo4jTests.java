package org.maillage.database;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

import org.maillage.core.InFlightRequests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded database as the driver sees it: durable across restarts, and closed to anyone without the password. */
class EmbeddedNeo4jTests {

	@TempDir
	Path dataDirectory;

	@Test
	void dataSurvivesARestartOfTheEmbeddedDatabase() {
		var properties = new EmbeddedDatabaseProperties(this.dataDirectory, 0, "64m", true);
		try (EmbeddedNeo4j database = started(properties); Driver driver = driver(database)) {
			driver.executableQuery("CREATE (:Probe {name: $name})").withParameters(Map.of("name", "before restart"))
				.execute();
		}
		try (EmbeddedNeo4j database = started(properties); Driver driver = driver(database)) {
			var names = driver.executableQuery("MATCH (p:Probe) RETURN p.name AS name")
				.execute()
				.records()
				.stream()
				.map(record -> record.get("name").asString())
				.toList();
			assertThat(names).containsExactly("before restart");
		}
	}

	@Test
	void boltListensOnLoopbackAndRefusesAWrongPassword() {
		var properties = new EmbeddedDatabaseProperties(this.dataDirectory, 0, "64m", true);
		try (EmbeddedNeo4j database = started(properties);
				Driver intruder = GraphDatabase.driver(database.boltUri(), AuthTokens.basic("neo4j", "neo4j"))) {
			assertThat(database.boltUri().getHost()).isEqualTo("127.0.0.1");
			assertThatThrownBy(intruder::verifyConnectivity).isInstanceOf(AuthenticationException.class);
		}
	}

	@Test
	void aDatabaseThatCannotStartSaysWhy() throws Exception {
		try (var taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			var properties = new EmbeddedDatabaseProperties(this.dataDirectory, taken.getLocalPort(), "64m", true);
			try (EmbeddedNeo4j database = EmbeddedNeo4j.start(properties, new InFlightRequests())) {
				assertThatThrownBy(database::awaitReady).isInstanceOf(IllegalStateException.class)
					.hasMessageStartingWith("The embedded Neo4j did not start");
			}
		}
	}

	@Test
	void aShutdownWaitsForTheRequestStillBeingServed() throws Exception {
		InFlightRequests inFlight = new InFlightRequests();
		EmbeddedNeo4j database = EmbeddedNeo4j.start(new EmbeddedDatabaseProperties(this.dataDirectory, 0, "64m", true),
				inFlight);
		database.awaitReady();
		try (Driver driver = driver(database)) {
			InFlightRequests.Handle request = inFlight.begin();
			java.util.concurrent.CompletableFuture<Void> closing = java.util.concurrent.CompletableFuture
				.runAsync(database::close);
			Thread.sleep(300);
			// the request is still served: the database is open to it
			assertThat(closing).isNotDone();
			assertThat(driver.executableQuery("RETURN 1 AS one").execute().records().get(0).get("one").asInt())
				.isEqualTo(1);
			request.close();
			closing.get(30, java.util.concurrent.TimeUnit.SECONDS);
		}
	}

	@Test
	void afterAStartTheStoreIsReadIntoThePageCacheUpToItsSize() {
		try (EmbeddedNeo4j database = started(new EmbeddedDatabaseProperties(this.dataDirectory, 0, "64m", false));
				Driver driver = driver(database)) {
			assertThat(database.warmUpHealth().getDetails()).containsEntry("state", "off");
			// about 24 MB of strings, more than the small page cache below and less than the large one
			driver.executableQuery("UNWIND range(1, 12000) AS i CREATE (:Probe {text: i + $text})")
				.withParameters(Map.of("text", "x".repeat(2000)))
				.execute();
		}
		try (EmbeddedNeo4j database = started(new EmbeddedDatabaseProperties(this.dataDirectory, 0, "64m", true))) {
			assertThat(warmedUp(database)).as("megabytes read into a page cache larger than the store")
				.isGreaterThanOrEqualTo(20);
		}
		try (EmbeddedNeo4j database = started(new EmbeddedDatabaseProperties(this.dataDirectory, 0, "8m", true))) {
			assertThat(warmedUp(database)).as("megabytes read into a page cache smaller than the store")
				.isBetween(1L, 8L);
		}
	}

	/** The megabytes the warm-up read, once it is done. */
	private static long warmedUp(EmbeddedNeo4j database) {
		long deadline = System.nanoTime() + 60_000_000_000L;
		while (!"done".equals(database.warmUpHealth().getDetails().get("state"))) {
			assertThat(System.nanoTime()).as("the warm-up ends within a minute").isLessThan(deadline);
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		return ((Number) database.warmUpHealth().getDetails().get("megabytesRead")).longValue();
	}

	private static EmbeddedNeo4j started(EmbeddedDatabaseProperties properties) {
		EmbeddedNeo4j database = EmbeddedNeo4j.start(properties, new InFlightRequests());
		database.awaitReady();
		return database;
	}

	private static Driver driver(EmbeddedNeo4j database) {
		return GraphDatabase.driver(database.boltUri(), AuthTokens.basic(EmbeddedNeo4j.USER, database.password()));
	}

}
