package org.maillage.watch;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WatchPropertiesTests {

	@Test
	void aRetentionShorterThanTheFeedWindowStopsTheStartWithBothNamed() {
		assertThatIllegalArgumentException().isThrownBy(() -> properties(Duration.ofDays(90), Duration.ofDays(30)))
			.withMessageContaining("maillage.watch.retention (PT720H)")
			.withMessageContaining("maillage.watch.feed-window (PT2160H)");
	}

	@Test
	void aRetentionAsLongAsTheFeedWindowIsAccepted() {
		assertThat(properties(Duration.ofDays(90), Duration.ofDays(90)).retention()).isEqualTo(Duration.ofDays(90));
	}

	private static WatchProperties properties(Duration feedWindow, Duration retention) {
		return new WatchProperties(feedWindow, Duration.ofHours(1), Duration.ofMinutes(3), 200, 50, retention,
				Duration.ofDays(1), Duration.ofMinutes(10));
	}

}
