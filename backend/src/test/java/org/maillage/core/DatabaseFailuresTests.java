package org.maillage.core;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** A database that cannot be reached is told as UNAVAILABLE (try again later), never as an internal error. */
class DatabaseFailuresTests {

	@Test
	void aDatabaseThatDoesNotAnswerIsUnavailable() throws IOException {
		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + closed, AuthTokens.none(),
				Config.builder().withConnectionTimeout(2, java.util.concurrent.TimeUnit.SECONDS).build())) {
			Throwable failure = catchThrowable(() -> driver.session().run("RETURN 1").consume());
			ExplainedException explained = DatabaseFailures.explain(failure);
			assertThat(explained).as(String.valueOf(failure)).isInstanceOf(UnavailableException.class);
			assertThat(explained.classification()).isEqualTo(ErrorClassifications.UNAVAILABLE);
			assertThat(explained.explanation()).isEqualTo(Message.of("unavailable.database"));
		}
	}

	@Test
	void aRefusalWrappedByTheFrameworkIsStillARefusal() {
		ConflictException conflict = ConflictException.of("conflict.busy");
		assertThat(DatabaseFailures.explain(new IllegalStateException("wrapped", new RuntimeException(conflict))))
			.isSameAs(conflict);
		assertThat(DatabaseFailures.explain(new IllegalStateException("a bug"))).isNull();
		assertThat(Deadline.within(Duration.ofSeconds(5), () -> DatabaseFailures.explain(new RuntimeException())))
			.isNull();
	}

}
