package org.maillage.matchmaking;

/**
 * Matchmaking quality on a twelfth labelled territory kept apart (test resources scenarios-unseen-12,
 * docs/matchmaking-scenarios.md, "The sets kept apart"), in Centre-Val de Loire, written by someone who read neither
 * the ranking's code nor its rules, once every earlier set had become a tuning set: six more domains (troglodyte
 * caves and tuffeau quarries to make safe, nitrates in drinking water, non-conforming cosmetics kept out of the
 * incinerator, night noise of logistics platforms, natural slate for a listed château, invasive species in Sologne
 * ponds), each problem ranked as a facilitator with its stated needs and on its text alone. The bounds keep what was
 * measured from going back (docs/matchmaking.md, "On a territory never seen").
 * <p>
 * Held out, 2026-12-07 (the ranking of e2a74bb): with stated needs precision@5 0.83, core recall@10 0.79, recall@10
 * 0.70 and five labelled decoys in the six top 10s; on text alone 0.70, 0.78, 0.70 and eight.
 */
class TwelfthUnseenTerritoryQualityIntegrationTests extends KeptApartQualityTests {

	TwelfthUnseenTerritoryQualityIntegrationTests() {
		super(ScenarioTerritory.TWELFTH_UNSEEN, "unseen 12", Bounds.reached(0.86, 0.87, 4),
				Bounds.reached(0.82, 0.77, 6),
				new Offers(22, 19));
	}

}
