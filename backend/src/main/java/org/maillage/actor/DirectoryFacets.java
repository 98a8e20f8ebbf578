package org.maillage.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.maillage.actor.persistence.FacetCounts;
import org.maillage.taxonomy.Trade;
import org.maillage.taxonomy.Trades;
import org.maillage.territory.Territories;
import org.maillage.territory.Territory;

/**
 * A directory list's facets as the API shows them: for each facet asked, its values with their counts, the most common
 * first, at most {@value #MAX_VALUES}; NAF sections and divisions as trades, départements and EPCIs as territories.
 * Read by GraphQL by field name ({@code exact}, {@code kinds}…, each value's {@code count} beside its {@code kind},
 * {@code sector}, {@code trade}, {@code territory}, {@code key} and {@code name}, {@code category} or
 * {@code status}).
 */
final class DirectoryFacets {

	/** Values shown per facet: every kind, sector or category, and the most common territories, trades and topics. */
	static final int MAX_VALUES = 100;

	private DirectoryFacets() {
	}

	static Map<String, Object> of(FacetCounts counts, Trades trades, Territories territories) {
		Map<String, Object> facets = new LinkedHashMap<>();
		facets.put("exact", counts.exact());
		facets.put("countedAt", counts.countedAt() == null ? null : counts.countedAt().toString());
		counts.byFacet().forEach((facet, values) -> {
			List<Map.Entry<String, Long>> top = values.entrySet()
				.stream()
				.sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
					.thenComparing(Map.Entry.comparingByKey()))
				.limit(MAX_VALUES)
				.toList();
			List<String> keys = top.stream().map(Map.Entry::getKey).toList();
			List<Map<String, Object>> shown = new ArrayList<>(top.size());
			switch (facet) {
				case "nafSections", "nafDivisions" -> {
					Map<String, Trade> known = trades.byCode(keys);
					top.stream()
						.filter(entry -> known.containsKey(entry.getKey()))
						.forEach(entry -> shown.add(value("trade", known.get(entry.getKey()), entry.getValue())));
				}
				case "departements", "epcis" -> {
					Map<String, Territory> known = territories.byIds(keys);
					top.stream()
						.filter(entry -> known.containsKey(entry.getKey()))
						.forEach(entry -> shown.add(value("territory", known.get(entry.getKey()), entry.getValue())));
				}
				case "topics" -> top.forEach(entry -> {
					Map<String, Object> value = value("key", entry.getKey(), entry.getValue());
					value.put("name", counts.topicNames().getOrDefault(entry.getKey(), entry.getKey()));
					shown.add(value);
				});
				case "kinds" -> top.forEach(entry -> shown.add(value("kind", entry.getKey(), entry.getValue())));
				case "sectors" -> top.forEach(entry -> shown.add(value("sector", entry.getKey(), entry.getValue())));
				case "statuses" -> top.forEach(entry -> shown.add(value("status", entry.getKey(), entry.getValue())));
				default -> top.forEach(entry -> shown.add(value("category", entry.getKey(), entry.getValue())));
			}
			facets.put(facet, shown);
		});
		return facets;
	}

	private static Map<String, Object> value(String name, Object value, long count) {
		Map<String, Object> shown = new LinkedHashMap<>();
		shown.put(name, value);
		shown.put("count", count);
		return shown;
	}

}
