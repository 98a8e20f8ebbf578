package org.maillage.core;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class BackgroundThreadTests {

	@Test
	void aRunThatFailsDoesNotStopTheRunsAfterIt() {
		BackgroundThread thread = new BackgroundThread("test-repeat");
		AtomicInteger runs = new AtomicInteger();
		thread.start();
		try {
			thread.repeat("Failing work", () -> {
				if (runs.incrementAndGet() == 1) {
					throw new IllegalStateException("database away");
				}
			}, Duration.ZERO, Duration.ofMillis(10));
			await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() >= 3);
		}
		finally {
			thread.stop();
		}
		assertThat(thread.isRunning()).isFalse();
	}

}
