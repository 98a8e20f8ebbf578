package org.maillage.limits;

import java.time.Duration;

import org.maillage.core.InFlightRequests;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Part of liveness ({@code /actuator/health/liveness}): DOWN when a request has been running longer than
 * {@code maillage.limits.stuck-after}. Every request is stopped at its deadline, well before that; one that is
 * still running means the service no longer ends its work (a thread stuck, memory exhausted), and only a restart
 * helps. The orchestrator's liveness probe then restarts it, as it would if the probe got no answer at all.
 */
@Component
class AnsweringHealthIndicator implements HealthIndicator {

	private final InFlightRequests inFlight;

	private final RequestLimits limits;

	AnsweringHealthIndicator(InFlightRequests inFlight, RequestLimits limits) {
		this.inFlight = inFlight;
		this.limits = limits;
	}

	@Override
	public Health health() {
		Duration oldest = this.inFlight.oldest();
		Health.Builder health = oldest.compareTo(this.limits.stuckAfter()) > 0 ? Health.down() : Health.up();
		return health.withDetail("requestsInFlight", this.inFlight.count())
			.withDetail("oldestRequestMs", oldest.toMillis())
			.withDetail("stuckAfterMs", this.limits.stuckAfter().toMillis())
			.build();
	}

}
