package org.maillage.matchmaking;

/**
 * Matchmaking quality on a ninth labelled territory kept apart (test resources scenarios-unseen-9,
 * docs/matchmaking-scenarios.md, "The sets kept apart"), in Nouvelle-Aquitaine, written while nothing in the ranking
 * was being changed and measured first with the ranking as it stood: six more domains, each problem ranked as a
 * facilitator with its stated needs and on its text alone. The bounds keep what was measured from going back
 * (docs/matchmaking.md, "On a territory never seen").
 * <p>
 * Held out, 2026-12-07 (the ranking of 0acd0b5): with stated needs precision@5 0.87, core recall@10 0.96, recall@10
 * 0.83 and six labelled decoys in the six top 10s; on text alone 0.67, 0.78, 0.72 and eleven.
 * <p>
 * With a problem's words in common weighing a quarter in a name (2026-12-07), the first change measured on it:
 * 0.87, 0.96, 0.81 and six decoys with stated needs; 0.67, 0.78, 0.70 and ten on text alone. Since words of one
 * form count once among a need's or a problem's words (2026-12-07, evening): five decoys with stated needs, a surf
 * shop tenth for the surfwear maker's offcuts (by its words alone), in the place of a farm-waste collector
 * (unlabelled) met by its category alone with one word in common, « produits », that had counted twice.
 */
class NinthUnseenTerritoryQualityIntegrationTests extends KeptApartQualityTests {

	NinthUnseenTerritoryQualityIntegrationTests() {
		super(ScenarioTerritory.NINTH_UNSEEN, "unseen 9",
				Bounds.reached(0.92, 0.95, 5), Bounds.reached(0.76, 0.77, 8),
				new Offers(21, 14));
	}

}
