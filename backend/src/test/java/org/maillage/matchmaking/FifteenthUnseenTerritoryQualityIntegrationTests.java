package org.maillage.matchmaking;

/**
 * Matchmaking quality on a fifteenth labelled territory kept apart (test resources scenarios-unseen-15,
 * docs/matchmaking-scenarios.md, "The sets kept apart"), in eastern Occitanie and Corsica, written by someone who read
 * neither the ranking's code nor its rules, once the fourteen earlier sets had become tuning sets.
 */
class FifteenthUnseenTerritoryQualityIntegrationTests extends KeptApartQualityTests {

	FifteenthUnseenTerritoryQualityIntegrationTests() {
		super(ScenarioTerritory.FIFTEENTH_UNSEEN, "unseen 15", Bounds.reached(0.86, 0.78, 6),
				Bounds.reached(0.76, 0.70, 3));
	}

}
