package org.maillage.actor.persistence;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.maillage.actor.StoredDirectoryCounts;
import org.maillage.core.Total;

/**
 * How many of a search's matches carry each value of each facet, read from their facet tokens ({@link Facets}):
 * the values by facet name ({@code kinds}, {@code departements}…), each with its count, the most common first.
 *
 * @param topicNames the names of the topics counted, by key
 * @param exact false when the search matched more than {@link FacetedSearch#FACET_WINDOW} nodes: the counts are those
 * of the first ones, and each value has at least that many
 * @param countedAt when stored counts were computed ({@link org.maillage.actor.StoredDirectoryCounts}); null for counts
 * made with the request
 * @param matches how many nodes the search matched, as its {@code totalCount} says, when the counting read them all
 * (up to {@link Total#CAP}) from the same lookup as the total: the total is then not counted again; else null
 */
public record FacetCounts(boolean exact, Map<String, Map<String, Long>> byFacet, Map<String, String> topicNames,
		OffsetDateTime countedAt, Total matches) {

	/** The search's total, when counting the facets gave it. */
	public Optional<Total> total() {
		return Optional.ofNullable(this.matches);
	}

	/** A value's name and count. */
	record Named(String name, long count) {
	}

	/** The same counts with the topics' counted by key, and named. */
	FacetCounts withTopics(Map<String, Named> byKey) {
		Map<String, Map<String, Long>> facets = new LinkedHashMap<>(this.byFacet);
		Map<String, Long> topics = new HashMap<>();
		Map<String, String> names = new HashMap<>();
		byKey.forEach((key, named) -> {
			topics.put(key, named.count());
			names.put(key, named.name());
		});
		facets.put("topics", topics);
		return new FacetCounts(this.exact, facets, names, this.countedAt, this.matches);
	}

	/** Stored counts, to which {@code own} (the caller's own actors' items of levels others do not see) is added. */
	static FacetCounts stored(StoredDirectoryCounts.Counted counted, FacetCounts own) {
		return new FacetCounts(true, counted.byFacet(), counted.topicNames(), counted.countedAt(), null).plus(own);
	}

	/**
	 * These counts with {@code added}'s added to their facets (what a caller's own actors add to its audience's
	 * counts), and its topics' names: as exact, as old and of as many matches as these.
	 */
	FacetCounts plus(FacetCounts added) {
		Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
		this.byFacet.forEach((facet, values) -> {
			Map<String, Long> sum = new HashMap<>(values);
			added.byFacet().getOrDefault(facet, Map.of()).forEach((value, n) -> sum.merge(value, n, Long::sum));
			facets.put(facet, sum);
		});
		Map<String, String> names = new HashMap<>(this.topicNames);
		names.putAll(added.topicNames());
		return new FacetCounts(this.exact, facets, names, this.countedAt, this.matches);
	}

	/** The keys of the topics counted whose names are not known yet. */
	Set<String> unnamedTopics() {
		return this.byFacet.getOrDefault("topics", Map.of())
			.keySet()
			.stream()
			.filter(key -> !this.topicNames.containsKey(key))
			.collect(Collectors.toSet());
	}

	/** The same counts, kept from a counting made at this time ({@link KeptFacets}). */
	FacetCounts countedAt(OffsetDateTime time) {
		return new FacetCounts(this.exact, this.byFacet, this.topicNames, time, this.matches);
	}

	/** The same counts, made over every match of the search, which were this many. */
	FacetCounts withMatches(Total matches) {
		return new FacetCounts(this.exact, this.byFacet, this.topicNames, this.countedAt, matches);
	}

	/** The same counts with these topic names too. */
	FacetCounts withTopicNames(Map<String, String> names) {
		if (names.isEmpty()) {
			return this;
		}
		Map<String, String> all = new HashMap<>(this.topicNames);
		all.putAll(names);
		return new FacetCounts(this.exact, this.byFacet, all, this.countedAt, this.matches);
	}

	/** A facet: its name, the prefix of its tokens, and how a token's rest reads back as a value. */
	private record Facet(String name, Pattern token, boolean territory) {

		/** The value a token names, or null when it is not one of this facet's. */
		String value(String token) {
			Matcher matcher = this.token.matcher(token);
			if (!matcher.matches()) {
				return null;
			}
			return this.territory ? matcher.group(1) + ":" + matcher.group(2) : matcher.group(1);
		}

	}

	private static final Map<String, Facet> FACETS = new LinkedHashMap<>();

	static {
		enumFacet("kinds", Facets.KIND);
		enumFacet("sectors", Facets.SECTOR);
		enumFacet("equipmentCategories", Facets.EQUIPMENT);
		enumFacet("statuses", Facets.STATUS);
		FACETS.put("nafSections", new Facet("nafSections", Pattern.compile(Facets.TRADE + "([A-U])_"), false));
		FACETS.put("nafDivisions", new Facet("nafDivisions", Pattern.compile(Facets.TRADE + "([0-9]{2})_"), false));
		FACETS.put("departements",
				new Facet("departements", Pattern.compile(Facets.PLACE + "(departement)_([0-9AB]{2,3})_"), true));
		FACETS.put("epcis", new Facet("epcis", Pattern.compile(Facets.PLACE + "(epci)_([0-9A-Z]{9})_"), true));
		// topic keys are words with spaces and accents: their tokens are read back by the topics they come from
		FACETS.put("topics", new Facet("topics", Pattern.compile("(" + Facets.TOPIC + ".+)"), false));
	}

	private static void enumFacet(String name, String prefix) {
		FACETS.put(name, new Facet(name, Pattern.compile(prefix + "([A-Z_]+)_"), false));
	}

	/** The token prefixes a search counts for these facets. */
	static List<String> prefixes(SearchSpace space, List<String> facets) {
		return facets.stream().map(facet -> prefix(space, facet)).distinct().toList();
	}

	private static String prefix(SearchSpace space, String facet) {
		return switch (facet) {
			case "kinds" -> Facets.KIND;
			case "sectors" -> Facets.SECTOR;
			case "equipmentCategories" -> Facets.EQUIPMENT;
			case "categories" -> space == SearchSpace.PROBLEMS ? Facets.PROBLEM_CATEGORY : Facets.EQUIPMENT;
			case "statuses" -> Facets.STATUS;
			case "nafSections", "nafDivisions" -> Facets.TRADE;
			case "departements" -> Facets.PLACE + "departement_";
			case "epcis" -> Facets.PLACE + "epci_";
			case "topics" -> Facets.TOPIC;
			default -> throw new IllegalArgumentException("No facet " + facet);
		};
	}

	/** Sorts counted tokens into the asked facets' values. */
	static FacetCounts of(SearchSpace space, List<String> facets, boolean exact, Map<String, Long> byToken) {
		Map<String, Map<String, Long>> byFacet = new LinkedHashMap<>();
		for (String name : facets) {
			Facet facet = facetOf(space, name);
			Map<String, Long> values = new HashMap<>();
			byToken.forEach((token, count) -> {
				String value = facet.value(token);
				if (value != null) {
					values.merge(value, count, Long::sum);
				}
			});
			byFacet.put(name, values);
		}
		return new FacetCounts(exact, byFacet, Map.of(), null, null);
	}

	private static Facet facetOf(SearchSpace space, String name) {
		if ("categories".equals(name)) {
			String prefix = space == SearchSpace.PROBLEMS ? Facets.PROBLEM_CATEGORY : Facets.EQUIPMENT;
			return new Facet(name, Pattern.compile(prefix + "([A-Z_]+)_"), false);
		}
		Facet facet = FACETS.get(name);
		if (facet == null) {
			throw new IllegalArgumentException("No facet " + name);
		}
		return facet;
	}

}
