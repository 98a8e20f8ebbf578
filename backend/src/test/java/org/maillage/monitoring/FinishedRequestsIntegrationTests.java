package org.maillage.monitoring;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.maillage.MaillageIntegrationTest;
import org.maillage.TestActors;
import org.maillage.TestCallers;
import org.maillage.TestHttp;
import org.maillage.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.observation.ExecutionRequestObservationContext;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing keeps a request once it is answered. The database driver kept every request it served for a minute (its
 * connection hand-overs' timeout tasks, through their observations' parents), and Neo4j's data collector the last
 * 8,192 statements with their parameters: at 100k actors that filled the old generation and gave the directory its
 * long pauses (performance.md, "What the heap held").
 */
@MaillageIntegrationTest
class FinishedRequestsIntegrationTests {

	/** Far below the driver's acquisition timeout (60 s). */
	private static final Duration RELEASED_WITHIN = Duration.ofSeconds(3);

	@LocalServerPort
	int port;

	@Autowired
	ObservationRegistry observations;

	@Autowired
	Driver driver;

	@Autowired
	GraphQlTester graphQl;

	RestClient api;

	final Requests requests = new Requests();

	@BeforeEach
	void watchRequests() {
		this.api = TestHttp.client(this.port);
		this.observations.observationConfig().observationHandler(this.requests);
	}

	@AfterEach
	void stopWatching() {
		// the registry keeps its handlers; this one stops recording
		this.requests.recording = false;
		TestCallers.signOut();
	}

	@Test
	void aRequestIsReleasedOnceAnswered() throws InterruptedException {
		// a profile with a list, so that the request's data loaders read the database
		this.requests.recording = false;
		TestCallers.signIn("finished-" + System.nanoTime(), Role.MEMBER);
		String actor = TestActors.register(this.graphQl, "Fonderie des requêtes finies");
		this.graphQl.document("""
				mutation($actorId: ID!) { addKnowHow(input: {actorId: $actorId, name: "Moulage au sable",
				  visibility: PUBLIC}) { knowHow { id } } }""").variable("actorId", actor).executeAndVerify();
		TestCallers.signOut();
		this.requests.recording = true;

		for (int i = 0; i < 3; i++) {
			post("query($id: ID!) { actor(id: $id) { name knowHow { name } equipment { name } topics { topic { name } } } }",
					Map.of("id", actor));
		}
		this.requests.recording = false;
		assertThat(this.requests.seen).as("the requests and their inputs were observed").hasSize(6);

		long until = System.nanoTime() + RELEASED_WITHIN.toNanos();
		while (this.requests.held() > 0 && System.nanoTime() < until) {
			System.gc();
			Thread.sleep(50);
		}
		assertThat(this.requests.held()).as("requests still held %s after their answer", RELEASED_WITHIN).isZero();
	}

	@Test
	void theDatabaseKeepsNoCopyOfPastStatements() {
		// a name of our own in the statement's text (no input of anyone's: a generated name)
		String marker = "finishedRequests" + System.nanoTime();
		try (var session = this.driver.session()) {
			session.run("RETURN 1 AS " + marker).consume();
			String recent = session.run("CALL db.stats.retrieve('QUERIES')").list().toString();
			assertThat(recent).doesNotContain(marker);
		}
	}

	private void post(String query, Map<String, Object> variables) {
		this.api.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("query", query, "variables", variables))
			.retrieve()
			.toBodilessEntity();
	}

	/** Each GraphQL request's observation and input, held weakly: a reference cleared once nothing else holds it. */
	static final class Requests implements ObservationHandler<Observation.Context> {

		final List<WeakReference<Object>> seen = new CopyOnWriteArrayList<>();

		volatile boolean recording = true;

		@Override
		public boolean supportsContext(Observation.Context context) {
			return this.recording && context instanceof ExecutionRequestObservationContext;
		}

		@Override
		public void onStart(Observation.Context context) {
			this.seen.add(new WeakReference<>(context));
			// the input holds the request's data loaders and all they loaded
			this.seen.add(new WeakReference<>(((ExecutionRequestObservationContext) context).getExecutionInput()));
		}

		long held() {
			return this.seen.stream().filter(reference -> reference.get() != null).count();
		}

	}

}
