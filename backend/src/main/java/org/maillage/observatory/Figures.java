package org.maillage.observatory;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.Map;
import java.util.Set;

import org.maillage.core.Visibility;
import org.maillage.observatory.persistence.FigureQueries;
import org.maillage.observatory.persistence.FigureQueries.StoredFigures;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * One territory's counts. The actors' own figures are public, as actors are: by kind and sector ({@code actors}),
 * by NAF division ({@code divisions}) and section ({@code sections}). Items are counted per visibility level, so that
 * a caller adds up only the levels it may see: shared equipment by category ({@code equipment}), topic interests
 * ({@code topics}) and problems by category and status ({@code problems}).
 */
final class Figures {

	static final String ACTORS = "actors";

	static final String DIVISIONS = "divisions";

	static final String SECTIONS = "sections";

	static final String EQUIPMENT = "equipment";

	static final String TOPICS = "topics";

	static final String PROBLEMS = "problems";

	/**
	 * The actors by the départements and EPCIs they are in, for the directory's facets: stored apart from the other
	 * actors' figures, since the whole country's runs to thousands of values an overview never reads.
	 */
	static final String PLACES = "places";

	/**
	 * The actors holding equipment of a category, each counted at the most open level of its equipment of that
	 * category: a caller adds up the levels it sees and counts each actor once, as the directory's facets do.
	 */
	static final String EQUIPMENT_HOLDERS = "equipmentHolders";

	/**
	 * Equipment by its actor's département and EPCI, and problems likewise, for the directory's facets of broad item
	 * lists: stored apart from the other items' figures, as {@link #PLACES} is, since an overview never reads them.
	 */
	static final String EQUIPMENT_PLACES = "equipmentPlaces";

	static final String PROBLEM_PLACES = "problemPlaces";

	private static final Set<String> ITEM_PLACES = Set.of(EQUIPMENT_PLACES, PROBLEM_PLACES);

	private static final TypeReference<Map<String, Map<String, Long>>> STORED = new TypeReference<>() {
	};

	private final Map<String, Tally> actors = new LinkedHashMap<>();

	private final Map<Visibility, Map<String, Tally>> items = new EnumMap<>(Visibility.class);

	/** Stored figures read back, with the items of these levels ({@link FigureQueries#read}); none when null. */
	static Figures read(JsonMapper json, StoredFigures stored, List<Visibility> levels) {
		Figures figures = new Figures();
		if (stored != null) {
			figures.readActors(json, stored.actors());
			figures.readActors(json, stored.places());
			for (int i = 0; i < levels.size(); i++) {
				figures.readItems(json, levels.get(i), stored.items().get(i));
				if (!stored.itemPlaces().isEmpty()) {
					figures.readItems(json, levels.get(i), stored.itemPlaces().get(i));
				}
			}
		}
		return figures;
	}

	/**
	 * The actors' figures of one part, to read: empty when there are none, without adding the part, so that figures
	 * read by several requests at once are never written to.
	 */
	Tally read(String part) {
		Tally tally = this.actors.get(part);
		return tally == null ? new Tally() : tally;
	}

	Tally actors(String part) {
		return this.actors.computeIfAbsent(part, name -> new Tally());
	}

	Tally items(Visibility level, String part) {
		return this.items.computeIfAbsent(level, any -> new LinkedHashMap<>())
			.computeIfAbsent(part, name -> new Tally());
	}

	/** The items' counts of every level read, added up. */
	Tally items(String part) {
		Tally sum = new Tally();
		this.items.values().forEach(parts -> {
			Tally tally = parts.get(part);
			if (tally != null) {
				sum.addAll(tally);
			}
		});
		return sum;
	}

	/** The items' counts of every level read, summed by one part of their keys, without copying them first. */
	Map<String, Long> itemsBy(String part, int position, Predicate<String[]> kept) {
		Map<String, Long> sums = new TreeMap<>();
		this.items.values().forEach(parts -> {
			Tally tally = parts.get(part);
			if (tally != null) {
				tally.by(position, kept).forEach((value, count) -> sums.merge(value, count, Long::sum));
			}
		});
		return sums;
	}

	void addAll(Figures other) {
		other.actors.forEach((part, tally) -> actors(part).addAll(tally));
		other.items.forEach((level, parts) -> parts.forEach((part, tally) -> items(level, part).addAll(tally)));
	}

	String actorsJson(JsonMapper json) {
		Map<String, Tally> parts = new LinkedHashMap<>(this.actors);
		parts.remove(PLACES);
		return json.writeValueAsString(counts(parts));
	}

	/** The actors by place ({@link #PLACES}) as JSON, null when there are none. */
	String placesJson(JsonMapper json) {
		Tally places = this.actors.get(PLACES);
		return places == null ? null : json.writeValueAsString(Map.of(PLACES, places.counts()));
	}

	/** The items of one level as JSON, but their places ({@link #itemPlacesJson}); null when it has none. */
	String itemsJson(JsonMapper json, Visibility level) {
		return itemsJson(json, level, part -> !ITEM_PLACES.contains(part));
	}

	/** The items of one level by place ({@link #EQUIPMENT_PLACES}, {@link #PROBLEM_PLACES}) as JSON, or null. */
	String itemPlacesJson(JsonMapper json, Visibility level) {
		return itemsJson(json, level, ITEM_PLACES::contains);
	}

	private String itemsJson(JsonMapper json, Visibility level, Predicate<String> kept) {
		Map<String, Tally> parts = new LinkedHashMap<>(this.items.getOrDefault(level, Map.of()));
		parts.keySet().removeIf(kept.negate());
		return parts.isEmpty() ? null : json.writeValueAsString(counts(parts));
	}

	/** Reads the actors' figures, or their places' ({@link #placesJson}). */
	void readActors(JsonMapper json, String stored) {
		if (stored != null) {
			json.readValue(stored, STORED).forEach((part, counts) -> counts.forEach(actors(part)::add));
		}
	}

	void readItems(JsonMapper json, Visibility level, String stored) {
		if (stored != null) {
			json.readValue(stored, STORED).forEach((part, counts) -> counts.forEach(items(level, part)::add));
		}
	}

	private static Map<String, Map<String, Long>> counts(Map<String, Tally> parts) {
		Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
		parts.forEach((part, tally) -> counts.put(part, tally.counts()));
		return counts;
	}

}
