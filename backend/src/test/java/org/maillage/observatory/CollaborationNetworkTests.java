package org.maillage.observatory;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Brokers are computed for the networks a request can afford, whatever their number of actors alone. */
class CollaborationNetworkTests {

	@Test
	void brokersAreLeftOutWhenActorsTimesLinksWouldTakeSeconds() {
		// a small département of the 100k benchmark: 509 linked actors, 5,636 links, about 0.2 s
		assertThat(CollaborationNetwork.betweennessComputed(509, 5_636)).isTrue();
		assertThat(CollaborationNetwork.betweennessComputed(1_000, 4_556)).isTrue();
		// fewer actors than the old bound of 3,000, but 7 to 18 s of betweenness; a région's sparse network
		assertThat(CollaborationNetwork.betweennessComputed(2_900, 34_000)).isFalse();
		assertThat(CollaborationNetwork.betweennessComputed(40_000, 60_000)).isFalse();
	}

}
