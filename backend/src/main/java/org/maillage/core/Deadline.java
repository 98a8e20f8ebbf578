package org.maillage.core;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The moment the current request must be done by. Every HTTP request gets one ({@code maillage.limits.deadline});
 * the GraphQL engine stops fetching fields past it and every database transaction of the request times out at it,
 * so that no request holds a thread or a transaction longer than that, even when its client has gone. Work the
 * service does for itself (start-up, imports) has none.
 * <p>
 * Held per thread: Spring MVC serves a request on one thread, and Spring GraphQL fetches its fields on that same
 * thread (no executor is configured for controllers). Work handed to another thread carries it only when that
 * thread {@linkplain #adopt() adopts} it.
 */
public final class Deadline {

	private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();

	private final long endsAtNanos;

	private final Duration allowed;

	private Deadline(Duration allowed) {
		this.allowed = allowed;
		this.endsAtNanos = System.nanoTime() + allowed.toNanos();
	}

	/** The deadline of the work going on in this thread, if it has one. */
	public static Optional<Deadline> current() {
		return Optional.ofNullable(CURRENT.get());
	}

	/** Runs work that must be done within {@code allowed}, then forgets the deadline. */
	public static <T> T within(Duration allowed, Supplier<T> work) {
		try (Scope scope = start(allowed)) {
			return work.get();
		}
	}

	/** Gives the work that follows in this thread {@code allowed} to finish, until the scope is closed. */
	public static Scope start(Duration allowed) {
		Deadline previous = CURRENT.get();
		CURRENT.set(new Deadline(allowed));
		return () -> restore(previous);
	}

	/**
	 * Gives the work that follows in this thread the same end as this deadline, until the scope is closed: for work a
	 * request hands to another thread, whose transactions must end when the request's do.
	 */
	public Scope adopt() {
		Deadline previous = CURRENT.get();
		CURRENT.set(this);
		return () -> restore(previous);
	}

	private static void restore(Deadline previous) {
		if (previous == null) {
			CURRENT.remove();
		}
		else {
			CURRENT.set(previous);
		}
	}

	/** What is left, never negative. */
	public Duration remaining() {
		return Duration.ofNanos(Math.max(0, this.endsAtNanos - System.nanoTime()));
	}

	public boolean passed() {
		return System.nanoTime() - this.endsAtNanos >= 0;
	}

	/** The whole time the request was given, for the message that tells it ran out. */
	public Duration allowed() {
		return this.allowed;
	}

	/** @throws DeadlineExceededException if the deadline has passed */
	public void check() {
		if (passed()) {
			throw new DeadlineExceededException(this.allowed);
		}
	}

	/** The span of work a deadline covers; closing it forgets the deadline. */
	public interface Scope extends AutoCloseable {

		@Override
		void close();

	}

}
