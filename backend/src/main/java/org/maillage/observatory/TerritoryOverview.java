package org.maillage.observatory;

import java.time.OffsetDateTime;
import java.util.List;

import org.maillage.taxonomy.Trade;
import org.maillage.territory.Territory;

/**
 * A territory at a glance, as the caller may see it: counts of actors and of the items the caller may read, never of
 * hidden ones (docs/observatory.md explains each figure).
 *
 * @param computedAt when the figures were computed, null when they have not been yet
 * @param actorsPer10kInhabitants null when the territory's population is unknown
 * @param reference the territory the location quotients compare with, null for France
 * @param specialisations each NAF division's location quotient against the reference, the most over-represented first
 * @param subTerritories the territories one level down, the most actors first
 */
public record TerritoryOverview(Territory territory, OffsetDateTime computedAt, Integer population, long actorCount,
		Double actorsPer10kInhabitants, List<KindCount> byKind, List<SectorCount> bySector,
		List<TradeCount> byNafSection, List<TradeCount> byNafDivision, List<EquipmentCount> equipmentByCategory,
		List<TopicCount> topics, List<ProblemCount> problemsByCategory, Territory reference,
		List<Specialisation> specialisations, List<SubTerritoryFigures> subTerritories) {

	public record KindCount(String kind, long count) {
	}

	public record SectorCount(String sector, long count) {
	}

	public record TradeCount(Trade trade, long count) {
	}

	public record EquipmentCount(String category, long shared, long notShared) {
	}

	public record TopicCount(String key, String name, long count) {
	}

	public record ProblemCount(String category, long open, long solved) {
	}

	/**
	 * How much more (above 1) or less (below 1) common a NAF division is among the territory's actors than among the
	 * reference's: its share here divided by its share there.
	 * @param expected how many actors it would have here at the reference's share
	 */
	public record Specialisation(Trade trade, long count, double expected, double share, double referenceShare,
			double locationQuotient) {
	}

	public record SubTerritoryFigures(Territory territory, long actorCount, Double actorsPer10kInhabitants) {
	}

}
