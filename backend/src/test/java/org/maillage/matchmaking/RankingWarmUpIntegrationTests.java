package org.maillage.matchmaking;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.maillage.matchmaking.persistence.MatchQueries;
import org.maillage.MaillageIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/** Readiness waits for the rankings' statements to be planned, then says UP; the warm-up fails nothing. */
@MaillageIntegrationTest
class RankingWarmUpIntegrationTests {

	@Autowired
	Matchmaking matchmaking;

	@Autowired
	WorkingGroupProposals proposals;

	@Autowired
	MatchQueries queries;

	@Autowired
	ProblemsToHelpWith help;

	@Autowired
	TermRarity rarity;

	@Autowired
	MatchmakingProperties properties;

	@Test
	void readinessIsOutOfServiceUntilTheRankingsArePlanned() throws InterruptedException {
		RankingWarmUp warmUp = new RankingWarmUp(this.matchmaking, this.proposals, this.queries, this.help, this.rarity,
				new MatchmakingProperties(this.properties.weights(), false, this.properties.shortlist(),
						this.properties.candidatesPerNeed(), this.properties.proximityHalfDistanceKm(),
						this.properties.localKm(), this.properties.inferenceThreshold(),
						this.properties.markWeight(), true));
		assertThat(warmUp.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
		warmUp.warmUp();
		long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (warmUp.health().getStatus() != Status.UP && System.nanoTime() < until) {
			Thread.sleep(100);
		}
		assertThat(warmUp.health().getStatus()).isEqualTo(Status.UP);
	}

}
