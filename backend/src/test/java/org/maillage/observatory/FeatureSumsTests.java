package org.maillage.observatory;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A group's sums stay exact however many features it gathers (its table grows many times over here). */
class FeatureSumsTests {

	@Test
	void everySumIsReadBackAfterTheTableGrew() {
		FeatureSums sums = new FeatureSums();
		for (int feature = 0; feature < 5_000; feature += 3) {
			assertThat(sums.put(feature, feature / 2.0)).isTrue();
		}
		assertThat(sums.put(9, 1.5)).as("a feature the group holds already").isFalse();
		assertThat(sums.get(9)).isEqualTo(1.5);
		assertThat(sums.get(4_998)).isEqualTo(2_499.0);
		assertThat(sums.get(4)).as("a feature never added").isZero();
		Map<Integer, Double> read = new HashMap<>();
		sums.forEach(read::put);
		assertThat(read).hasSize(1_667).containsEntry(0, 0.0).containsEntry(3, 1.5);
	}

}
