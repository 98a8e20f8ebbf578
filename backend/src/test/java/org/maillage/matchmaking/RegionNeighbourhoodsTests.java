package org.maillage.matchmaking;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.maillage.matchmaking.persistence.RankingRows.RegionCentre;

import static org.assertj.core.api.Assertions.assertThat;

/** Which régions a neighbourhood holds: its own, then the nearest, until a tenth of the directory's actors. */
class RegionNeighbourhoodsTests {

	// where people live in each (rounded), with a directory of 1,000 actors
	private static final RegionCentre CORSE = new RegionCentre("region:94", 5, 42.1, 9.0);

	private static final RegionCentre PROVENCE = new RegionCentre("region:93", 60, 43.5, 5.9);

	private static final RegionCentre OCCITANIE = new RegionCentre("region:76", 80, 43.6, 2.4);

	private static final RegionCentre ILE_DE_FRANCE = new RegionCentre("region:11", 700, 48.8, 2.4);

	private static final RegionCentre REUNION = new RegionCentre("region:04", 15, -21.1, 55.5);

	private static final RegionCentre MAYOTTE = new RegionCentre("region:06", 4, -12.8, 45.2);

	private static final RegionCentre GRAND_EST = new RegionCentre("region:44", 136, 48.7, 6.3);

	private static final RegionCentre POLYNESIE = new RegionCentre("region:987", 3, Double.NaN, Double.NaN);

	private static final Map<String, List<String>> NEIGHBOURHOODS = RegionNeighbourhoods
		.of(List.of(CORSE, PROVENCE, OCCITANIE, ILE_DE_FRANCE, REUNION, MAYOTTE, GRAND_EST, POLYNESIE));

	@Test
	void aRegionOfFewActorsReachesItsNearestUntilATenthOfThemAll() {
		// 5 + 60 = 65 of 1,000, then Occitanie: 145
		assertThat(NEIGHBOURHOODS.get("region:94")).containsExactly("region:94", "region:93", "region:76");
	}

	@Test
	void anOverseasRegionReachesAcrossTheSeaNearestFirst() {
		// Réunion, then Mayotte (1,400 km), then the mainland's nearest: Corsica, Provence (5 + 60 more)...
		assertThat(NEIGHBOURHOODS.get("region:04")).startsWith("region:04", "region:06", "region:94", "region:93")
			.hasSize(5);
	}

	@Test
	void aRegionWithoutACentreReachesTheRegionsHoldingTheMostActors() {
		assertThat(NEIGHBOURHOODS.get("region:987")).containsExactly("region:987", "region:11");
		assertThat(NEIGHBOURHOODS.get("region:04")).as("after every région with a centre").doesNotContain("region:987");
	}

	@Test
	void aRegionHoldingATenthOnItsOwnHasNoNeighbourhood() {
		assertThat(NEIGHBOURHOODS).doesNotContainKeys("region:11", "region:44");
	}

}
