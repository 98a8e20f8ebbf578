package org.maillage.watch;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The watch ({@code maillage.watch.*}).
 *
 * @param feedWindow how far back a feed and a first digest go
 * @param digestCheckInterval how often digests due are looked for; zero never (tests and the bench run them)
 * @param digestFirstCheckDelay how long after start-up the first look runs
 * @param digestBatch digests sent per transaction
 * @param digestMaxEvents events listed in one digest, the most recent
 * @param retention how long an event is kept; at least the feed window, or feeds and digests would lose events they
 * still show
 * @param retentionCheckInterval how often events older than the retention are deleted; zero never
 * @param retentionFirstCheckDelay how long after start-up the first deletion runs
 */
@Validated
@ConfigurationProperties("maillage.watch")
public record WatchProperties(@DefaultValue("90d") Duration feedWindow, @DefaultValue("1h") Duration digestCheckInterval,
		@DefaultValue("3m") Duration digestFirstCheckDelay, @DefaultValue("200") @Min(1) @Max(5000) int digestBatch,
		@DefaultValue("50") @Min(1) @Max(100) int digestMaxEvents, @DefaultValue("120d") Duration retention,
		@DefaultValue("1d") Duration retentionCheckInterval, @DefaultValue("10m") Duration retentionFirstCheckDelay) {

	public WatchProperties {
		if (feedWindow.isNegative() || feedWindow.isZero()) {
			throw new IllegalArgumentException("maillage.watch.feed-window must be positive, not " + feedWindow);
		}
		if (digestCheckInterval.isNegative()) {
			throw new IllegalArgumentException("maillage.watch.digest-check-interval must not be negative");
		}
		if (retention.compareTo(feedWindow) < 0) {
			throw new IllegalArgumentException("maillage.watch.retention (" + retention
					+ ") must be at least maillage.watch.feed-window (" + feedWindow
					+ "): events still in a feed would be deleted");
		}
		if (retentionCheckInterval.isNegative()) {
			throw new IllegalArgumentException("maillage.watch.retention-check-interval must not be negative");
		}
	}

}
