package org.maillage.observatory;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.maillage.core.Visibility;

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

	private static final TypeReference<Map<String, Map<String, Long>>> STORED = new TypeReference<>() {
	};

	private final Map<String, Tally> actors = new LinkedHashMap<>();

	private final Map<Visibility, Map<String, Tally>> items = new EnumMap<>(Visibility.class);

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

	void addAll(Figures other) {
		other.actors.forEach((part, tally) -> actors(part).addAll(tally));
		other.items.forEach((level, parts) -> parts.forEach((part, tally) -> items(level, part).addAll(tally)));
	}

	String actorsJson(JsonMapper json) {
		return json.writeValueAsString(counts(this.actors));
	}

	/** The items of one level as JSON, null when it has none. */
	String itemsJson(JsonMapper json, Visibility level) {
		Map<String, Tally> parts = this.items.get(level);
		return parts == null ? null : json.writeValueAsString(counts(parts));
	}

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
