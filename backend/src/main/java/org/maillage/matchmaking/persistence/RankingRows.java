package org.maillage.matchmaking.persistence;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.types.Point;

/**
 * The typed rows of the matchmaking statements ({@link MatchQueries}): what the service reads, named, instead of
 * maps decoded with casts.
 */
public final class RankingRows {

	private RankingRows() {
	}

	/**
	 * A problem to rank for, as the caller may see it.
	 *
	 * @param location the problem's actor's position, or null
	 * @param category its category's name, or null
	 * @param rejected the actors facilitators rejected for it (more marks against than for)
	 * @param ownTrades NAF codes of the problem's actor
	 * @param ownEquipment the equipment categories of the problem's actor that the caller may see
	 * @param needs its stated needs, in order
	 */
	/** @param places the names of the owner's commune, its département and its région */
	public record ProblemToRank(String ownerId, String communeId, Point location, String title, String description,
			String category, List<String> rejected, List<String> ownTrades, List<String> ownEquipment,
			List<StatedNeed> needs, List<String> places) {
	}

	/** @param label the trade's or topic's label, when the need names one */
	public record StatedNeed(String kind, String value, boolean essential, String label) {
	}

	/**
	 * @param total how many actors scored above zero
	 * @param page the page's actors, in order
	 * @param words the page's evidence and best texts in words, by element id
	 */
	public record RankedRows(long total, List<RankedActor> page, Map<String, EvidenceWords> words) {
	}

	/**
	 * One ranked actor with every signal's score, as {@code MatchQueries#RANKING} computes them.
	 *
	 * @param sharedPlace the territory the actor shares with the problem's place, most local first, or null
	 * @param distanceKm null when either position is unknown
	 * @param approvals, rejections other problems of the same category where facilitators found it relevant, or not
	 * @param textNodes the element ids of its best texts (itself, visible know-how or equipment) for the problem's
	 * words, at most three per search, best first; their words are in {@link RankedRows#words}
	 */
	public record RankedActor(String id, String name, String kind, String sector, double needScore, double textScore,
			double willingness, double proximity, double ties, List<String> sharedTopics, List<String> sharedGroups,
			SharedPlace sharedPlace, Double distanceKm, boolean furtherAfield, long approvals, long rejections,
			double markAdjustment, List<String> textNodes, List<CoveredNeed> coverage) {
	}

	/** @param level a territory level (COMMUNE, EPCI, DEPARTEMENT, REGION) */
	public record SharedPlace(String level, String name) {
	}

	/**
	 * @param rank the need's place in the ranking's needs
	 * @param evidence at most three, strongest first
	 */
	public record CoveredNeed(int rank, double strength, List<EvidenceRow> evidence) {
	}

	/**
	 * @param kind an {@code EvidenceKind} name
	 * @param match how it was found: exact, related, text, or beyond (its trade's reach, {@code reachKm})
	 * @param node the element id of the item, trade, topic or actor behind it
	 * @param reachKm for a trade held beyond its reach, that reach; null otherwise
	 * @param counted whether it counts as the need met; a hint otherwise (a trade code or an equipment category alone
	 * with few of the problem's words, one word of the actor's own description)
	 */
	public record EvidenceRow(String kind, String match, String node, Integer reachKm, boolean counted) {
	}

	/** @param itemId the item's id when the evidence is an item */
	public record EvidenceWords(String itemId, String label, String description) {

		public static final EvidenceWords NONE = new EvidenceWords(null, null, null);

	}

	/**
	 * @param problemTitle the problem the words come from, or null for the actor's own description
	 * @param text what it says
	 */
	public record OwnWords(String problemTitle, String text) {
	}

	public record TopicName(String key, String name) {
	}

	public record TradeHit(String code, String label, double score) {
	}

	/**
	 * @param actors how many actors the directory holds in the région
	 * @param latitude where its people live: its communes' centre weighted by their population; NaN when none of its
	 * communes has a known centre (some overseas collectivities)
	 */
	public record RegionCentre(String id, long actors, double latitude, double longitude) {
	}

}
