package org.maillage.matchmaking;

/**
 * Matchmaking quality on a thirteenth labelled territory kept apart (test resources scenarios-unseen-13,
 * docs/matchmaking-scenarios.md, "The sets kept apart"), in Île-de-France, written by someone who read neither the
 * ranking's code nor its rules, once every earlier set had become a tuning set: six more domains (spoil of the Grand
 * Paris Express tunnels, film sets to reuse, asbestos removal in occupied social housing, shops' pooled deliveries,
 * fine particles in metro stations, an insurer's renewed computers and phones), each problem ranked as a facilitator
 * with its stated needs and on its text alone. The bounds keep what was measured from going back (docs/matchmaking.md,
 * "On a territory never seen").
 * <p>
 * Held out, 2026-12-07, from the equipment category words floor (Matchmaking.CATEGORY_WORDS_FLOOR): before it (the
 * ranking of 2eeb00c) with stated needs precision@5 0.83, core recall@10 0.92, recall@10 0.76 and ten labelled decoys
 * in the six top 10s, on text alone 0.77, 0.86, 0.70 and two; with it 0.93, 0.92, 0.76 and nine, and 0.87, 0.86,
 * 0.70 and two.
 */
class ThirteenthUnseenTerritoryQualityIntegrationTests extends KeptApartQualityTests {

	ThirteenthUnseenTerritoryQualityIntegrationTests() {
		super(ScenarioTerritory.THIRTEENTH_UNSEEN, "unseen 13", Bounds.reached(0.96, 0.91, 5),
				Bounds.reached(0.89, 0.85, 2),
				new Offers(21, 14));
	}

}
