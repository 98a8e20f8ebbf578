package org.maillage.watch;

import java.time.Duration;

/** How often a person's digest is sent. */
public enum DigestFrequency {

	DAILY(Duration.ofDays(1)), WEEKLY(Duration.ofDays(7));

	private final Duration period;

	DigestFrequency(Duration period) {
		this.period = period;
	}

	public Duration period() {
		return this.period;
	}

}
