package org.maillage.matchmaking;

import org.junit.jupiter.api.BeforeAll;

import org.maillage.TestCallers;
import org.maillage.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * What the quality tests of a labelled territory kept apart share (docs/matchmaking-scenarios.md, "The sets kept
 * apart"): the territory of one folder loaded once into the test class's own database, and its problems ranked as a
 * facilitator, with their stated needs or on their text alone. Each subclass names its folder and database and holds
 * the bounds its set has reached.
 */
abstract class KeptApartQualityTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Matchmaking matchmaking;

	private LabelledRanking ranking;

	/** The test resources folder of the territory ({@link ScenarioTerritory}). */
	abstract String folder();

	@BeforeAll
	void load() {
		this.ranking = new LabelledRanking(ScenarioTerritory.of(this.context, folder()));
	}

	/** Every labelled problem ranked as a facilitator, its table printed under this label. */
	LabelledRanking.Measure measure(String label, boolean textOnly) {
		TestCallers.signIn("unseen-facilitator", Role.FACILITATOR);
		return this.ranking.measure(this.matchmaking, label, textOnly);
	}

}
