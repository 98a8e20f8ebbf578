package org.maillage.actor.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.maillage.core.TextAudience;
import org.maillage.core.Visibility;

/**
 * What a {@link FacetedSearch} runs over: actors through their directory entries, equipment, or problems. Each names
 * its label, id and sort properties, its full-text index per audience, and the facet prefix of each filter it knows.
 * Everything here is a constant, assembled into Cypher and Lucene queries; values travel as parameters or as facet
 * tokens ({@link Facets}).
 */
enum SearchSpace {

	/**
	 * Directory entries ({@link DirectoryEntries}): one per actor, its text and its topics' and equipment's facets
	 * split by visibility level, in fields an audience's index holds only when it may see them.
	 */
	ACTORS("DirectoryEntry", "actorId", "name", null,
			Map.of("kinds", Facets.KIND, "sectors", Facets.SECTOR, "territories", Facets.PLACE, "trades", Facets.TRADE),
			Map.of("topics", Facets.TOPIC, "equipmentCategories", Facets.EQUIPMENT)),

	/** Equipment, in the directory's text indexes (beside actors and know-how, told apart by their item facet). */
	EQUIPMENT("Equipment", "id", "name", Facets.EQUIPMENT_ITEM,
			Map.of("categories", Facets.EQUIPMENT, "territories", Facets.PLACE), Map.of()),

	/** Problems, in the problems' text indexes. */
	PROBLEMS("Problem", "id", "title", Facets.PROBLEM_ITEM,
			Map.of("categories", Facets.PROBLEM_CATEGORY, "statuses", Facets.STATUS, "territories", Facets.PLACE),
			Map.of());

	final String label;

	/**
	 * Reads the node at {@code ids[rank]} for the page, as {@code row}: an actor with its commune's id, or an item
	 * with its actor's id, the item's visibility checked again.
	 */
	final String fetch;

	final String id;

	final String sort;

	/** The facet every node of the space carries, or null when its index holds nothing else. */
	final String marker;

	/**
	 * The property first in a composite index with the sort and id (an entry's {@code kind}, an item's
	 * {@code category}), or null: one value of its filter ({@link #anchorFilter}) lets a page be read in order from
	 * that index.
	 */
	final String anchor;

	/** The filter whose one value is looked up in the {@link #anchor} index ({@code kinds}, {@code categories}). */
	final String anchorFilter;

	/**
	 * The places whose nodes are read in order from a (place, sort, id) index, by the prefix of their territory ids,
	 * with the property holding them: an entry's {@code region} and {@code departement} (migration V0017) and
	 * {@code commune} (V0018); an item's {@code region} and {@code departement} (V0040).
	 */
	private final Map<String, String> placeAnchors;

	/** Filters on facets anyone who may see the node may see, in field {@code facets}. */
	private final Map<String, String> publicFilters;

	/** Filters on facets of items with a visibility, in the entry field of each level ({@code publicFacets}…). */
	private final Map<String, String> levelFilters;

	SearchSpace(String label, String id, String sort, String marker, Map<String, String> publicFilters,
			Map<String, String> levelFilters) {
		this.label = label;
		this.fetch = switch (label) {
			case "DirectoryEntry" -> """
					MATCH (a:Actor {id: ids[rank]})
					OPTIONAL MATCH (a)-[:LOCATED_IN]->(commune:Commune)
					WITH rank, {node: a, communeId: commune.id} AS row""";
			case "Equipment" -> item("HAS_EQUIPMENT", label);
			default -> item("FACES", label);
		};
		this.id = id;
		this.sort = sort;
		this.marker = marker;
		this.anchorFilter = "DirectoryEntry".equals(label) ? "kinds" : "categories";
		this.anchor = "DirectoryEntry".equals(label) ? "kind" : "category";
		this.placeAnchors = "DirectoryEntry".equals(label)
				? Map.of("region:", "region", "departement:", "departement", "commune:", "commune")
				: Map.of("region:", "region", "departement:", "departement");
		this.publicFilters = publicFilters;
		this.levelFilters = levelFilters;
	}

	private static String item(String relationship, String label) {
		return """
				MATCH (a:Actor)-[:%s]->(i:%s {id: ids[rank]})
				WHERE i.visibility IN $visible OR a.id IN $ownActors
				WITH rank, {actorId: a.id, node: i} AS row""".formatted(relationship, label);
	}

	/**
	 * The property of a (place, sort, id) index holding this territory, or null when this space has none for its level
	 * (an EPCI's actors, a commune's items are still sorted or read from the name index).
	 */
	String placeAnchor(String territoryId) {
		return this.placeAnchors.entrySet().stream()
			.filter(anchor -> territoryId.startsWith(anchor.getKey()))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
	}

	/** The facet prefix of a filter this space knows. */
	String prefix(String filter) {
		String prefix = this.publicFilters.containsKey(filter) ? this.publicFilters.get(filter)
				: this.levelFilters.get(filter);
		if (prefix == null) {
			throw new IllegalArgumentException("No filter " + filter + " on " + this);
		}
		return prefix;
	}

	boolean byLevel(String filter) {
		return this.levelFilters.containsKey(filter);
	}

	/** The relationship from an actor to an item of this space ({@code HAS_EQUIPMENT}, {@code FACES}). */
	String owning() {
		return switch (this) {
			case ACTORS -> throw new IllegalStateException("An actor's entry is not an item");
			case EQUIPMENT -> "HAS_EQUIPMENT";
			case PROBLEMS -> "FACES";
		};
	}

	/** Whether each node has a visibility of its own (items), rather than fields per level (entries). */
	boolean itemsWithVisibility() {
		return this != ACTORS;
	}

	String index(TextAudience audience) {
		return switch (this) {
			case ACTORS -> audience.entryIndex();
			case EQUIPMENT -> audience.directoryIndex();
			case PROBLEMS -> audience.problemIndex();
		};
	}

	/** The fields a search word may match, for an audience seeing these levels. */
	List<String> textFields(List<Visibility> levels) {
		List<String> fields = new ArrayList<>(List.of(this.sort, "description"));
		if (this == ACTORS) {
			levels.forEach(level -> fields.add(DirectoryEntries.field(level, "Text")));
		}
		return fields;
	}

	/** The fields holding a filter's facets, for an audience seeing these levels. */
	List<String> facetFields(String filter, List<Visibility> levels) {
		return byLevel(filter) ? levels.stream().map(level -> DirectoryEntries.field(level, "Facets")).toList()
				: List.of("facets");
	}

}
