package org.maillage.observatory;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Counts by key, where a key joins the values it counts with {@code |}: {@code COMPANY|PRIVATE|24} is a private
 * company whose trade is in NAF division 24. Keys start with the actor's kind and sector, so that a filter on either
 * applies to every figure alike.
 */
public final class Tally {

	static final String SEPARATOR = "|";

	private final Map<String, Long> counts;

	/**
	 * Counts in a hash map: a refresh adds up tens of millions of counts at 1,000,000 actors, and a sorted map's
	 * comparisons of keys were a third of its time.
	 */
	public Tally() {
		this(new HashMap<>());
	}

	Tally(Map<String, Long> counts) {
		this.counts = counts;
	}

	public static String key(Object... parts) {
		StringBuilder key = new StringBuilder();
		for (Object part : parts) {
			if (!key.isEmpty()) {
				key.append(SEPARATOR);
			}
			key.append(part == null ? "" : part);
		}
		return key.toString();
	}

	public void add(String key, long count) {
		this.counts.merge(key, count, Long::sum);
	}

	void addAll(Tally other) {
		other.counts.forEach(this::add);
	}

	/** The counts of the keys kept, summed by one part of the key ({@code position}, from 0). */
	Map<String, Long> by(int position, Predicate<String[]> kept) {
		Map<String, Long> sums = new TreeMap<>();
		this.counts.forEach((key, count) -> {
			String[] parts = key.split("\\|", -1);
			if (kept.test(parts) && position < parts.length && !parts[position].isEmpty()) {
				sums.merge(parts[position], count, Long::sum);
			}
		});
		return sums;
	}

	long total(Predicate<String[]> kept) {
		return this.counts.entrySet().stream()
			.filter(entry -> kept.test(entry.getKey().split("\\|", -1)))
			.mapToLong(Map.Entry::getValue)
			.sum();
	}

	public Map<String, Long> counts() {
		return Collections.unmodifiableMap(this.counts);
	}

}
