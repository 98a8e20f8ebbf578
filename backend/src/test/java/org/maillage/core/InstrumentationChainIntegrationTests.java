package org.maillage.core;

import graphql.execution.instrumentation.ChainedInstrumentation;
import org.junit.jupiter.api.Test;

import org.maillage.MaillageIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;

import static org.assertj.core.api.Assertions.assertThat;

/** The service answers through the chain that skips idle field hooks, with every instrumentation in it. */
@MaillageIntegrationTest
class InstrumentationChainIntegrationTests {

	@Autowired
	GraphQlSource graphQlSource;

	@Test
	void theServiceChainsEveryInstrumentationAndSkipsIdleFieldHooks() {
		assertThat(this.graphQlSource.graphQl().getInstrumentation())
			.isInstanceOf(InstrumentationChain.FieldHooksSkipped.class);
		ChainedInstrumentation chain = (ChainedInstrumentation) this.graphQlSource.graphQl().getInstrumentation();
		// Spring's observation (the metrics of each operation), the audit's transactions, the limits, the deadline,
		// the monitoring's operation names
		assertThat(chain.getInstrumentations()).hasAtLeastOneElementOfType(GraphQlObservationInstrumentation.class)
			.extracting(instrumentation -> instrumentation.getClass().getSimpleName())
			.contains("MutationTransactions", "QueryLimits", "DeadlineCancellation", "OperationFields");
	}

}
