package org.maillage.actor.persistence;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.maillage.core.Deadline;
import org.maillage.core.DeadlineExceededException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Facets counted beside the page: on another thread while one is free, within the request's deadline, their failure
 * the request's; on the request's own thread when every counting thread is busy. (That the counts are the list's is
 * checked through the API, in the directory's and the visibility tests.)
 */
class FacetsAlongsideTests {

	private final FacetsAlongside alongside = new FacetsAlongside(1);

	@AfterEach
	void stop() {
		this.alongside.destroy();
	}

	@Test
	void theCountingRunsWhileTheRequestGoesOn() throws Exception {
		CountDownLatch pageRead = new CountDownLatch(1);
		AtomicReference<String> countedOn = new AtomicReference<>();
		Supplier<String> counts = this.alongside.started(() -> {
			countedOn.set(Thread.currentThread().getName());
			await(pageRead);
			return "counted";
		});
		// the request reads its page meanwhile; the counting waits for it, so it cannot be running on this thread
		pageRead.countDown();
		assertThat(counts.get()).isEqualTo("counted");
		assertThat(countedOn.get()).startsWith("facet-counting-").isNotEqualTo(Thread.currentThread().getName());
	}

	@Test
	void whenEveryThreadIsBusyTheRequestCountsItself() {
		CountDownLatch release = new CountDownLatch(1);
		Supplier<String> first = this.alongside.started(() -> {
			await(release);
			return "first";
		});
		AtomicReference<String> countedOn = new AtomicReference<>();
		Supplier<String> second = this.alongside.started(() -> {
			countedOn.set(Thread.currentThread().getName());
			return "second";
		});
		assertThat(second.get()).isEqualTo("second");
		assertThat(countedOn.get()).isEqualTo(Thread.currentThread().getName());
		release.countDown();
		assertThat(first.get()).isEqualTo("first");
	}

	@Test
	void theCountingHasTheRequestsDeadline() {
		AtomicReference<Duration> left = new AtomicReference<>();
		try (Deadline.Scope scope = Deadline.start(Duration.ofSeconds(10))) {
			this.alongside.started(() -> {
				left.set(Deadline.current().map(Deadline::remaining).orElse(null));
				return null;
			}).get();
		}
		assertThat(left.get()).isNotNull().isLessThanOrEqualTo(Duration.ofSeconds(10))
			.isGreaterThan(Duration.ofSeconds(5));
		// and the counting thread forgets it afterwards: work without a deadline gets none
		this.alongside.started(() -> {
			left.set(Deadline.current().map(Deadline::remaining).orElse(null));
			return null;
		}).get();
		assertThat(left.get()).isNull();
	}

	@Test
	void aFailedCountingFailsTheRequestWithItsOwnException() {
		Supplier<Object> counts = this.alongside.started(() -> {
			throw new DeadlineExceededException(Duration.ofSeconds(10));
		});
		assertThatThrownBy(counts::get).isInstanceOf(DeadlineExceededException.class);
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
