package org.maillage.bench;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Picks one of a fixed list of values with probability proportional to its weight, in O(log n) by binary search
 * over cumulative weights. Immutable: the randomness comes from the caller, so the same random sequence always
 * gives the same picks.
 */
final class WeightedChoice<T> {

	private final List<T> values;

	private final double[] cumulative;

	private WeightedChoice(List<T> values, double[] weights) {
		if (values.isEmpty() || values.size() != weights.length) {
			throw new IllegalArgumentException("Needs as many weights as values, and at least one");
		}
		this.values = List.copyOf(values);
		this.cumulative = new double[weights.length];
		double total = 0;
		for (int i = 0; i < weights.length; i++) {
			if (weights[i] < 0 || Double.isNaN(weights[i])) {
				throw new IllegalArgumentException("Weights must be zero or more: " + weights[i]);
			}
			total += weights[i];
			this.cumulative[i] = total;
		}
		if (total <= 0) {
			throw new IllegalArgumentException("At least one weight must be above zero");
		}
	}

	static <T> WeightedChoice<T> of(List<T> values, ToDoubleFunction<T> weight) {
		return new WeightedChoice<>(values, values.stream().mapToDouble(weight).toArray());
	}

	static <T> WeightedChoice<T> of(List<T> values, double... weights) {
		return new WeightedChoice<>(values, weights);
	}

	/** The k-th value weighs 1 / k^exponent: the first is the most frequent, the tail long and thin. */
	static <T> WeightedChoice<T> zipf(List<T> values, double exponent) {
		double[] weights = new double[values.size()];
		for (int i = 0; i < weights.length; i++) {
			weights[i] = 1 / Math.pow(i + 1, exponent);
		}
		return new WeightedChoice<>(values, weights);
	}

	T pick(SplittableRandom random) {
		double target = random.nextDouble() * this.cumulative[this.cumulative.length - 1];
		int index = Arrays.binarySearch(this.cumulative, target);
		index = index >= 0 ? index + 1 : -index - 1;
		// skip zero-weight values that share their cumulative weight with the one before
		while (index < this.cumulative.length - 1
				&& this.cumulative[index] == (index == 0 ? 0 : this.cumulative[index - 1])) {
			index++;
		}
		return this.values.get(Math.min(index, this.values.size() - 1));
	}

	/** The probability of the i-th value. */
	double probability(int index) {
		double previous = index == 0 ? 0 : this.cumulative[index - 1];
		return (this.cumulative[index] - previous) / this.cumulative[this.cumulative.length - 1];
	}

	List<T> values() {
		return this.values;
	}

}
