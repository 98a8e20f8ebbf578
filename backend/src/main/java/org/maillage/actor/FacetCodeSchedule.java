package org.maillage.actor;

import java.time.Duration;
import java.util.OptionalLong;

import org.maillage.actor.persistence.FacetCodes;
import org.maillage.core.BackgroundThread;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Numbers the facet tokens of the directory entries awaiting numbers ({@link FacetCodes}) once the service is ready,
 * then every {@code maillage.directory.facet-codes-interval} (30 seconds; zero numbers nothing), on a thread of its
 * own. Until then those entries' facets are counted from their tokens: the same counts, a little slower.
 * A pass that fails (the database away) is logged, and the next one takes up what it left. Its progress is the
 * health component {@code facetCodes} (always up): {@code state} {@code numbering} with the entries still
 * {@code awaiting}, then {@code done}; {@code off} when the interval is zero.
 */
@Component("facetCodesHealthIndicator")
class FacetCodeSchedule extends BackgroundThread implements HealthIndicator {

	private final FacetCodes codes;

	private final Duration interval;

	FacetCodeSchedule(FacetCodes codes, @Value("${maillage.directory.facet-codes-interval:30s}") Duration interval) {
		super("facet-codes");
		this.codes = codes;
		this.interval = interval;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		if (this.interval.isZero()) {
			return;
		}
		repeat("Facet codes", this.codes::numberAwaiting, Duration.ofSeconds(5), this.interval);
	}

	@Override
	public Health health() {
		if (this.interval.isZero()) {
			return Health.up().withDetail("state", "off").build();
		}
		OptionalLong awaiting = this.codes.awaiting();
		if (awaiting.isEmpty()) {
			return Health.up().withDetail("state", "starting").build();
		}
		return Health.up()
			.withDetail("state", awaiting.getAsLong() == 0 ? "done" : "numbering")
			.withDetail("awaiting", awaiting.getAsLong())
			.build();
	}

}
