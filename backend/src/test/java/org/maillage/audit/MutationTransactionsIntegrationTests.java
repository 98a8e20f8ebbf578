package org.maillage.audit;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.execution.MergedField;
import graphql.language.Field;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.GraphQLSchema;
import org.junit.jupiter.api.Test;
import org.maillage.MaillageIntegrationTest;
import org.maillage.core.ConflictException;
import org.maillage.core.Messages;
import org.maillage.security.Callers;
import org.neo4j.driver.exceptions.TransientException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A mutation and its audit entry commit together or not at all, and a transaction the database gave up in a
 * conflict is tried again; on the real database, with the mutation's work played by a fetcher that writes a node.
 */
@MaillageIntegrationTest
class MutationTransactionsIntegrationTests {

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	AuditTrail trail;

	@Autowired
	Callers callers;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	Messages messages;

	@Autowired
	GraphQlSource graphQl;

	@Test
	void aMutationWhoseAuditEntryCannotBeWrittenIsNotCommitted() {
		String marker = "unaudited-" + System.nanoTime();
		AuditTrail failing = new AuditTrail(this.neo4j, this.callers, this.messages) {

			@Override
			void recordDone(java.util.Optional<org.maillage.security.Caller> caller, String operation, String target) {
				throw new IllegalStateException("the audit trail cannot be written");
			}

		};
		MutationTransactions mutations = new MutationTransactions(this.transactions, failing, this.callers);
		assertThatThrownBy(() -> mutations.run(writing(marker), environment(marker)))
			.hasMessageContaining("the audit trail cannot be written");
		assertThat(probes(marker)).isZero();
	}

	@Test
	void aMutationCommittedHasItsAuditEntry() {
		String marker = "audited-" + System.nanoTime();
		new MutationTransactions(this.transactions, this.trail, this.callers).run(writing(marker), environment(marker));
		assertThat(probes(marker)).isOne();
		assertThat(entries(marker, "DONE")).isOne();
	}

	@Test
	void aDeadlockIsTriedAgainAndTheMutationDoneOnce() {
		String marker = "deadlocked-" + System.nanoTime();
		AtomicInteger attempts = new AtomicInteger();
		DataFetcher<Object> deadlocking = env -> {
			if (attempts.incrementAndGet() < 3) {
				this.neo4j.query("CREATE (:AuditProbe {name: $name})").bind(marker).to("name").run();
				throw new TransientException("Neo.TransientError.Transaction.DeadlockDetected", "deadlock");
			}
			return writing(marker).get(env);
		};
		new MutationTransactions(this.transactions, this.trail, this.callers).run(deadlocking, environment(marker));
		assertThat(attempts).hasValue(3);
		assertThat(probes(marker)).as("what the failed attempts wrote was rolled back").isOne();
		assertThat(entries(marker, "DONE")).isOne();
	}

	@Test
	void aConflictThatLastsIsAnsweredAsAConflictAndALostVersionRaceIsNotRetried() {
		String marker = "contended-" + System.nanoTime();
		AtomicInteger attempts = new AtomicInteger();
		MutationTransactions mutations = new MutationTransactions(this.transactions, this.trail, this.callers);
		assertThatThrownBy(() -> mutations.run(env -> {
			attempts.incrementAndGet();
			throw new TransientException("Neo.TransientError.Transaction.DeadlockDetected", "deadlock");
		}, environment(marker))).isInstanceOf(ConflictException.class);
		assertThat(attempts).hasValue(MutationTransactions.ATTEMPTS);
		assertThat(entries(marker, "REFUSED")).isOne();

		attempts.set(0);
		assertThatThrownBy(() -> mutations.run(env -> {
			attempts.incrementAndGet();
			throw new OptimisticLockingFailureException("stale");
		}, environment(marker))).isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(attempts).hasValue(1);
	}

	private DataFetcher<Object> writing(String marker) {
		return env -> {
			this.neo4j.query("CREATE (:AuditProbe {name: $name})").bind(marker).to("name").run();
			return "done";
		};
	}

	/** What graphql-java hands a top-level mutation field: here one whose input names the marker. */
	private DataFetchingEnvironment environment(String marker) {
		GraphQLSchema schema = this.graphQl.schema();
		return DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
			.graphQLSchema(schema)
			.parentType(schema.getMutationType())
			.mergedField(MergedField.newMergedField(Field.newField("addKnowHow").build()).build())
			.arguments(Map.of("input", Map.of("actorId", marker)))
			.build();
	}

	private long probes(String marker) {
		return this.neo4j.query("MATCH (p:AuditProbe {name: $name}) RETURN count(p)")
			.bind(marker)
			.to("name")
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
	}

	private long entries(String target, String outcome) {
		return this.neo4j.query("MATCH (e:AuditEntry {target: $target, outcome: $outcome}) RETURN count(e)")
			.bindAll(Map.of("target", target, "outcome", outcome))
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
	}

}
