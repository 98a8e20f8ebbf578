package org.maillage.bench;

import java.util.Arrays;

/** Durations of one operation, in nanoseconds, and their percentiles in milliseconds. */
final class Latencies {

	private final String operation;

	private long[] nanos = new long[64];

	private int size;

	Latencies(String operation) {
		this.operation = operation;
	}

	void add(long duration) {
		if (this.size == this.nanos.length) {
			this.nanos = Arrays.copyOf(this.nanos, this.size * 2);
		}
		this.nanos[this.size++] = duration;
	}

	String operation() {
		return this.operation;
	}

	int count() {
		return this.size;
	}

	/** The nearest-rank percentile ({@code 0 < p <= 100}), in milliseconds. */
	double percentile(double p) {
		if (this.size == 0) {
			return Double.NaN;
		}
		long[] sorted = Arrays.copyOf(this.nanos, this.size);
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(p / 100 * this.size);
		return sorted[Math.max(0, Math.min(this.size, rank) - 1)] / 1e6;
	}

}
