package org.maillage.limits;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.maillage.core.InFlightRequests;

import org.springframework.boot.health.contributor.Status;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/** Liveness turns DOWN when a request outlives every deadline, and UP again once no request is stuck. */
class AnsweringHealthIndicatorTests {

	@Test
	void aRequestRunningPastTheStuckLimitTurnsLivenessDown() throws InterruptedException {
		InFlightRequests inFlight = new InFlightRequests();
		RequestLimits limits = new RequestLimits(DataSize.ofKilobytes(64), 10, 30, 100_000, 10, 10_000,
				Duration.ofMillis(20), Duration.ofMillis(200), java.util.List.of("/imports"));
		AnsweringHealthIndicator answering = new AnsweringHealthIndicator(inFlight, limits);
		assertThat(answering.health().getStatus()).isEqualTo(Status.UP);
		try (InFlightRequests.Handle stuck = inFlight.begin()) {
			assertThat(answering.health().getStatus()).isEqualTo(Status.UP);
			Thread.sleep(300);
			assertThat(answering.health().getStatus()).isEqualTo(Status.DOWN);
			assertThat(answering.health().getDetails()).containsEntry("requestsInFlight", 1);
		}
		assertThat(answering.health().getStatus()).isEqualTo(Status.UP);
	}

}
