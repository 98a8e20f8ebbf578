package org.maillage.matchmaking;

/**
 * Matchmaking quality on a fifteenth labelled territory kept apart (test resources scenarios-unseen-15,
 * docs/matchmaking-scenarios.md, "The sets kept apart"), in eastern Occitanie and Corsica, written by someone who read
 * neither the ranking's code nor its rules, once the fourteen earlier sets had become tuning sets: six domains (candle-wax remains at Lourdes, a reservoir's
 * sediment flushing, dry-stone terraces, remote workers in Lozère, soils after a wildfire, tiger-mosquito breeding
 * sites), each problem ranked as a facilitator with its stated needs and on its text alone.
 * <p>
 * Left out, 2026-12-07, of the runs that chose the rule that a trade code alone meets a secondary need naming one NAF
 * subclass only with the actor's words in common, as one naming a class (but its rows were read when that lead was
 * sought, so not wholly held out): before it (the ranking of 8e26ed5) with stated needs precision@5
 * 0.87, core recall@10 0.79, recall@10 0.75 and six labelled decoys in the six top 10s, on text alone 0.77, 0.71, 0.58
 * and three; with it 0.87, 0.79, 0.73 and three with stated needs, the same on text alone.
 */
class FifteenthUnseenTerritoryQualityIntegrationTests extends KeptApartQualityTests {

	FifteenthUnseenTerritoryQualityIntegrationTests() {
		super(ScenarioTerritory.FIFTEENTH_UNSEEN, "unseen 15", Bounds.reached(0.89, 0.78, 3),
				Bounds.reached(0.76, 0.70, 3),
				new Offers(20, 20));
	}

}
