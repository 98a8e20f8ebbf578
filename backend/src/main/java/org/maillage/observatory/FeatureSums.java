package org.maillage.observatory;

import java.util.Arrays;

/**
 * A group's summed weight for each of its features, the features being numbers: an open-addressing table (linear
 * probing), since the grouping reads it for every problem and every group that problem could join, and a map of
 * boxed numbers spent most of that time hashing and unboxing.
 */
final class FeatureSums {

	private static final int FREE = -1;

	private int[] features = free(16);

	private double[] sums = new double[16];

	private int size;

	/** @return the feature's sum, 0 when the group does not hold it */
	double get(int feature) {
		int mask = this.features.length - 1;
		for (int slot = slot(feature, mask);; slot = (slot + 1) & mask) {
			if (this.features[slot] == feature) {
				return this.sums[slot];
			}
			if (this.features[slot] == FREE) {
				return 0;
			}
		}
	}

	/** @return whether the feature is new to the group */
	boolean put(int feature, double sum) {
		int mask = this.features.length - 1;
		int slot = slot(feature, mask);
		while (this.features[slot] != feature && this.features[slot] != FREE) {
			slot = (slot + 1) & mask;
		}
		this.sums[slot] = sum;
		if (this.features[slot] == feature) {
			return false;
		}
		this.features[slot] = feature;
		if (++this.size * 2 > this.features.length) {
			grow();
		}
		return true;
	}

	void forEach(Entry entry) {
		for (int slot = 0; slot < this.features.length; slot++) {
			if (this.features[slot] != FREE) {
				entry.accept(this.features[slot], this.sums[slot]);
			}
		}
	}

	private void grow() {
		int[] features = this.features;
		double[] sums = this.sums;
		this.features = free(features.length * 2);
		this.sums = new double[features.length * 2];
		this.size = 0;
		for (int slot = 0; slot < features.length; slot++) {
			if (features[slot] != FREE) {
				put(features[slot], sums[slot]);
			}
		}
	}

	/** Fibonacci hashing: features are numbered in the order met, so neighbours must not crowd one slot. */
	private static int slot(int feature, int mask) {
		int hash = feature * 0x9E3779B9;
		return (hash ^ (hash >>> 16)) & mask;
	}

	private static int[] free(int length) {
		int[] features = new int[length];
		Arrays.fill(features, FREE);
		return features;
	}

	@FunctionalInterface
	interface Entry {

		void accept(int feature, double sum);

	}

}
