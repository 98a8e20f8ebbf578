package org.maillage.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Hands the results of one batched query back to GraphQL's {@code @BatchMapping}, which wants them keyed by the
 * source objects it asked about, in their order.
 */
public final class BatchResults {

	private BatchResults() {
	}

	/** The distinct keys of the sources: the parameter of the one query that serves them all. */
	public static <S, K> List<K> keys(List<S> sources, Function<S, K> key) {
		return sources.stream().map(key).distinct().toList();
	}

	/**
	 * Each source with what was loaded for its key, or {@code absent} when nothing was (a source left with null is
	 * left out, which GraphQL answers with null).
	 */
	public static <S, K, V> Map<S, V> byKey(List<S> sources, Function<S, K> key, Map<K, V> loaded, V absent) {
		Map<S, V> results = new LinkedHashMap<>();
		for (S source : sources) {
			V value = loaded.getOrDefault(key.apply(source), absent);
			if (value != null) {
				results.put(source, value);
			}
		}
		return results;
	}

}
