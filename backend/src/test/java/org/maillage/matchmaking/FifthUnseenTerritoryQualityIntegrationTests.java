package org.maillage.matchmaking;

/**
 * Matchmaking quality on a fifth labelled territory kept apart (test resources scenarios-unseen-5,
 * docs/matchmaking-scenarios.md, "The sets kept apart"), in Occitanie, written while nothing in the ranking was being
 * changed and measured first with the ranking as it stood: six more domains, each problem ranked as a facilitator
 * with its stated needs and on its text alone. The bounds keep what was measured from going back
 * (docs/matchmaking.md, "On a territory never seen").
 * <p>
 * With stated needs, 2026-12-06, held out (878c40d): precision@5 0.73, core recall@10 0.75, recall@10 0.66 and eight
 * labelled decoys in the six top 10s; seven once the names of the problem's own place are no words of its subject
 * (a cargo-bike courier's one word in common with the lab's problem was « Rodez »); precision@5 0.77 once a rare word
 * alone in a name weighs a quarter of one in a description (2026-12-07).
 * <p>
 * On text alone: 0.60, 0.75, 0.58 and six decoys held out.
 * <p>
 * With a problem's words in common weighing a quarter in a name (2026-12-07): 0.80, 0.79, 0.73 and seven decoys with
 * stated needs; 0.70, 0.79, 0.62 and six on text alone.
 */
class FifthUnseenTerritoryQualityIntegrationTests extends KeptApartQualityTests {

	FifthUnseenTerritoryQualityIntegrationTests() {
		super(ScenarioTerritory.FIFTH_UNSEEN, "unseen 5",
				Bounds.reached(0.82, 0.78, 6), Bounds.reached(0.76, 0.78, 5),
				new Offers(17, 17));
	}

}
