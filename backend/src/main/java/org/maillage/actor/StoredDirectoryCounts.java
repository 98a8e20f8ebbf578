package org.maillage.actor;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.maillage.core.Visibility;

/**
 * Counts of the directory's actors, equipment and problems that another part of the service keeps up to date (the
 * observatory's figures, refreshed every few minutes), by territory, kind and sector (and trade) for actors, by territory and
 * category (and status, for problems) for items. The directory reads its facets from them when a list is broad:
 * counting each of tens of thousands of matches at every request costs several times the page itself, while stored
 * counts cost the same for any size (docs/observatory.md, "Facets").
 */
public interface StoredDirectoryCounts {

	/**
	 * The actors of one territory, of some kinds and sectors, and of one trade when one is given, counted by facet.
	 * @param territory a territory's id, or null for the whole directory
	 * @param trade a NAF section ("C") or division ("24") their core trades fall under, or null for any trade: stored
	 * for France, régions and départements only, where they are many
	 * @param kinds the kinds kept, or empty for every kind
	 * @param sectors the sectors kept, or empty for every sector
	 * @param levels the visibility levels of items and interests the caller sees on any actor: equipment and topics
	 * of other levels are not counted
	 * @param facets the facets asked: {@code kinds}, {@code sectors}, {@code nafSections}, {@code nafDivisions},
	 * {@code departements}, {@code epcis}, {@code topics}, {@code equipmentCategories}
	 * @return empty when no counts are stored yet
	 */
	Optional<Counted> count(String territory, String trade, List<String> kinds, List<String> sectors,
			List<Visibility> levels, List<String> facets);

	/**
	 * The equipment or problems of one territory, of some categories and statuses, counted by facet.
	 * @param items which items
	 * @param territory a territory's id, or null for the whole directory
	 * @param categories the categories kept, or empty for every category
	 * @param statuses the statuses kept (problems only), or empty for every status
	 * @param levels the visibility levels of items the caller sees on any actor: items of other levels are not
	 * counted
	 * @param facets the facets asked: {@code categories}, {@code statuses} (problems), {@code departements},
	 * {@code epcis}
	 * @return empty when no counts are stored yet
	 */
	Optional<Counted> countItems(Items items, String territory, List<String> categories, List<String> statuses,
			List<Visibility> levels, List<String> facets);

	/** The items whose lists' facets may be read from stored counts. */
	enum Items {

		EQUIPMENT, PROBLEMS

	}

	/**
	 * @param matches how many actors (or items) the territory and filters have
	 * @param byFacet each asked facet's values with their counts: territories and topics by id and key
	 * @param topicNames the names of the topics counted, by key, as they were when counted
	 * @param countedAt when the counts were computed
	 */
	record Counted(long matches, Map<String, Map<String, Long>> byFacet, Map<String, String> topicNames,
			OffsetDateTime countedAt) {
	}

}
