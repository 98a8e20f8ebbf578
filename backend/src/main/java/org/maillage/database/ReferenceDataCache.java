package org.maillage.database;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Reference data already read (trades, territories), by key: it changes only when its file is loaded again, at
 * start-up, and the loader then calls {@link #clear()}. Pages of actors ask for their communes and trades on every
 * request; reading them from memory saves a statement and its transaction each time. Holds at most what the
 * reference data holds (36,359 territories, 1,728 trades).
 */
public final class ReferenceDataCache<K, V> {

	private final Map<K, V> known = new ConcurrentHashMap<>();

	private final Function<V, K> key;

	public ReferenceDataCache(Function<V, K> key) {
		this.key = key;
	}

	/**
	 * The values of these keys that exist: from memory, and those not read yet by {@code reader} (given the keys it
	 * must read, only when there are some).
	 */
	public Map<K, V> get(Collection<K> keys, Function<List<K>, Collection<V>> reader) {
		Map<K, V> found = new HashMap<>();
		List<K> unread = new ArrayList<>();
		keys.forEach(key -> {
			V known = this.known.get(key);
			if (known != null) {
				found.put(key, known);
			}
			else {
				unread.add(key);
			}
		});
		if (!unread.isEmpty()) {
			reader.apply(unread).forEach(value -> {
				found.put(this.key.apply(value), value);
				this.known.put(this.key.apply(value), value);
			});
		}
		return found;
	}

	public void clear() {
		this.known.clear();
	}

}
