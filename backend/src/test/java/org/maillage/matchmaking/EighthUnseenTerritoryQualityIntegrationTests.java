package org.maillage.matchmaking;

/**
 * Matchmaking quality on an eighth labelled territory kept apart (test resources scenarios-unseen-8,
 * docs/matchmaking-scenarios.md, "The sets kept apart"), in Normandie, written while nothing in the ranking was being
 * changed and measured first with the ranking as it stood: six more domains, each problem ranked as a facilitator
 * with its stated needs and on its text alone. The bounds keep what was measured from going back
 * (docs/matchmaking.md, "On a territory never seen").
 * <p>
 * Held out, 2026-12-06 (the ranking of 4b3ea42): with stated needs precision@5 0.90, core recall@10 0.86, recall@10
 * 0.73 and five labelled decoys in the six top 10s; on text alone 0.80, 0.80, 0.61 and four. Four and three once a
 * rare word alone in a name weighs a quarter of one in a description (the « Route du Cidre » association, a care home
 * « Les Peupliers », 2026-12-07): the first change measured on it.
 * <p>
 * With a problem's words in common weighing a quarter in a name (2026-12-07): 0.87, 0.89, 0.75 and four decoys with
 * stated needs; 0.77, 0.80, 0.57 and three on text alone.
 */
class EighthUnseenTerritoryQualityIntegrationTests extends KeptApartQualityTests {

	EighthUnseenTerritoryQualityIntegrationTests() {
		super(ScenarioTerritory.EIGHTH_UNSEEN, "unseen 8", Bounds.reached(0.89, 0.88, 2), Bounds.reached(0.72, 0.79, 1),
				new Offers(21, 11));
	}

}
