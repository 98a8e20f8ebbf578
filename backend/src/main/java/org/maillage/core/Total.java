package org.maillage.core;

/**
 * How many items a list holds for the caller. Counting every match of a broad filter over a million actors costs
 * more than any page, so the directory counts up to {@link #CAP} and says when it stopped there.
 *
 * @param value the count, at most {@link #CAP} when not exact
 * @param exact false when there are at least {@code value} items, maybe more
 */
public record Total(long value, boolean exact) {

	/** Where bounded counts stop: enough to say "more than 10,000", far from what a person pages through. */
	public static final long CAP = 10_000;

	public static Total exactly(long value) {
		return new Total(value, true);
	}

	/** A count that read at most {@code CAP + 1} items: exact up to {@link #CAP}, "at least" beyond. */
	public static Total bounded(long counted) {
		return counted > CAP ? new Total(CAP, false) : exactly(counted);
	}

}
