package org.maillage.database;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.maillage.MaillageIntegrationTest;
import org.maillage.core.DatabaseFailures;
import org.maillage.core.Deadline;
import org.maillage.core.DeadlineExceededException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The database work of a request ends at the request's deadline: a statement still running is stopped and its
 * transaction freed, and nothing starts once the deadline has passed. Through the service's own driver, on the
 * real embedded database.
 */
@MaillageIntegrationTest
class TransactionDeadlineIntegrationTests {

	/** Seconds of work for the database, without touching any data. */
	private static final String SLOW = "UNWIND range(1, 2000000000) AS i WITH i WHERE i % 7919 = -1 RETURN count(i)";

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	TransactionTemplate transactions;

	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS)
	void aStatementStillRunningAtTheDeadlineIsStoppedAndItsTransactionFreed() {
		Throwable outside = catchThrowable(() -> Deadline.within(Duration.ofMillis(300),
				() -> this.neo4j.query(SLOW).fetchAs(Long.class).one()));
		assertThat(DatabaseFailures.explain(outside)).as(String.valueOf(outside))
			.isInstanceOf(DeadlineExceededException.class);

		Throwable inside = catchThrowable(() -> Deadline.within(Duration.ofMillis(300),
				() -> this.transactions.execute(status -> this.neo4j.query(SLOW).fetchAs(Long.class).one())));
		assertThat(DatabaseFailures.explain(inside)).as(String.valueOf(inside))
			.isInstanceOf(DeadlineExceededException.class);

		// (the marker is a parameter, so that this statement does not find itself)
		assertThat(this.neo4j.query("""
				SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $marker RETURN count(*)""")
			.bind("range(1, 2000000000)")
			.to("marker")
			.fetchAs(Long.class)
			.one()).contains(0L);
	}

	@Test
	void nothingStartsOnceTheDeadlineHasPassed() {
		String probe = "probe-" + System.nanoTime();
		Throwable refused = catchThrowable(() -> Deadline.within(Duration.ofNanos(1),
				() -> this.neo4j.query("CREATE (:DeadlineProbe {name: $name})").bind(probe).to("name").run()));
		assertThat(DatabaseFailures.explain(refused)).isInstanceOf(DeadlineExceededException.class);
		assertThat(this.neo4j.query("MATCH (p:DeadlineProbe {name: $name}) RETURN count(p)")
			.bind(probe)
			.to("name")
			.fetchAs(Long.class)
			.one()).contains(0L);
	}

	@Test
	void workWithoutADeadlineIsNotLimited() {
		assertThat(this.neo4j.query("UNWIND range(1, 100000) AS i RETURN count(i)").fetchAs(Long.class).one())
			.contains(100000L);
	}

}
