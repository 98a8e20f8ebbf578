package org.maillage.freshness;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Reminders of stale profiles ({@code maillage.freshness.*}).
 *
 * @param checkInterval how often stale profiles are looked for; zero never (tests run the check themselves)
 * @param remindAfter how long after its last confirmation a profile is stale and its owners are reminded
 * @param firstCheckDelay how long after start-up the first check runs, so that it does not compete with the first
 * requests
 * @param batch actors reminded per transaction
 */
@Validated
@ConfigurationProperties("maillage.freshness")
public record FreshnessProperties(@DefaultValue("1d") Duration checkInterval, @DefaultValue("365d") Duration remindAfter,
		@DefaultValue("2m") Duration firstCheckDelay, @DefaultValue("500") @Min(1) @Max(10000) int batch) {

	public FreshnessProperties {
		if (remindAfter.isNegative() || remindAfter.isZero()) {
			throw new IllegalArgumentException("maillage.freshness.remind-after must be positive, not " + remindAfter);
		}
		if (checkInterval.isNegative()) {
			throw new IllegalArgumentException("maillage.freshness.check-interval must not be negative");
		}
	}

}
