package org.maillage.matchmaking;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.maillage.matchmaking.persistence.MatchQueries;
import org.maillage.MaillageIntegrationTest;
import org.maillage.TestCallers;
import org.maillage.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Matchmaking quality on the labelled scenario territory (docs/matchmaking-scenarios.md, 260 actors, twelve
 * problems): precision@5, core recall@10, recall@10 and the labelled decoys in each top 10, with stated needs and on
 * text alone, printed as a table; the thresholds are issue 10's (docs/matchmaking.md, "Quality, measured"). Runs in
 * a database of its own, so that other tests' actors cannot blur the measure.
 */
@MaillageIntegrationTest
@TestPropertySource(properties = "maillage.test.database=matchmaking-scenarios")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchQualityIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Matchmaking matchmaking;

	ScenarioTerritory scenario;

	@BeforeAll
	void load() {
		this.scenario = ScenarioTerritory.of(this.context);
	}

	@Test
	void rankingsMeetThePrecisionAndRecallThresholds() {
		TestCallers.signIn("quality-facilitator", Role.FACILITATOR);
		// Decoys: the goal is none (issue 10); two remain, each explained in docs/matchmaking.md. Fewer is progress.
		// (Three since a trade code alone stopped meeting a broad trade need, one once a stated need met in the
		// problem's région stopped being further afield, two since the code needs a fifth of the best words: the
		// cyber-café, by its computers, took a place left by a code-only match.)
		measure(this.matchmaking, "default").holds(0.95, 2);
	}

	/**
	 * The measurement behind the thesaurus setting (docs/matchmaking.md): the same scenarios ranked with it on and
	 * off, in both modes (stated needs, text alone), printed side by side. The default must do at least as well as
	 * the alternative; whoever edits the thesaurus or the ranking sees here whether it still earns its place.
	 */
	@Test
	void theThesaurusDecisionHolds() {
		TestCallers.signIn("quality-facilitator", Role.FACILITATOR);
		MatchmakingProperties defaults = this.context.getBean(MatchmakingProperties.class);
		Matchmaking alternative = with(new MatchmakingProperties(defaults.weights(), !defaults.thesaurus(),
				defaults.shortlist(), defaults.candidatesPerNeed(), defaults.proximityHalfDistanceKm(),
				defaults.localKm(), defaults.inferenceThreshold(), defaults.markWeight(), false));
		String chosen = defaults.thesaurus() ? "thesaurus on (default)" : "thesaurus off (default)";
		String other = defaults.thesaurus() ? "thesaurus off" : "thesaurus on";
		double byDefault = measure(this.matchmaking, chosen).sum() + measure(this.matchmaking, chosen + ", text only",
				true).sum();
		double otherwise = measure(alternative, other).sum() + measure(alternative, other + ", text only", true).sum();
		assertThat(byDefault).isGreaterThanOrEqualTo(otherwise);
	}

	/**
	 * Every problem ranked on its text alone, as if it stated no need: how far the needs inferred from text can be
	 * trusted. And the measurement behind the inference threshold (docs/matchmaking.md, "Inferred needs"): the
	 * default must do at least as well as a lower or a higher one.
	 */
	@Test
	void textAloneRanksWellAtTheMeasuredThreshold() {
		TestCallers.signIn("quality-facilitator", Role.FACILITATOR);
		LabelledRanking.Measure textOnly = measure(this.matchmaking, "text only", true);
		double chosen = this.context.getBean(MatchmakingProperties.class).inferenceThreshold();
		for (double threshold : new double[] { 0.2, 0.3, 0.5 }) {
			LabelledRanking.Measure other = measure(withInferenceThreshold(threshold), "text only, threshold " + threshold, true);
			assertThat(textOnly.sum()).as("threshold %s against %s", chosen, threshold)
				.isGreaterThanOrEqualTo(other.sum());
		}
		// Decoys: the goal is none (issue 10); three remain in text-only mode (docs/matchmaking.md), four until a
		// problem's sought sentences were searched whatever its length. Fewer is progress.
		textOnly.holds(0.95, 4);
	}

	private Matchmaking withInferenceThreshold(double threshold) {
		MatchmakingProperties defaults = this.context.getBean(MatchmakingProperties.class);
		return with(new MatchmakingProperties(defaults.weights(), defaults.thesaurus(), defaults.shortlist(),
				defaults.candidatesPerNeed(), defaults.proximityHalfDistanceKm(), defaults.localKm(), threshold,
				defaults.markWeight(), false));
	}

	/** A matchmaking of these settings on the same database, beside the service's own. */
	private Matchmaking with(MatchmakingProperties properties) {
		return new Matchmaking(this.context.getBean(MatchQueries.class),
				this.context.getBean(org.maillage.actor.ActorDirectory.class),
				this.context.getBean(org.maillage.actor.Needs.class),
				this.context.getBean(org.maillage.taxonomy.Trades.class),
				this.context.getBean(org.maillage.territory.Territories.class),
				this.context.getBean(org.maillage.core.ReadScopes.class), properties,
				this.context.getBean(TermRarity.class), this.context.getBean(RegionNeighbourhoods.class));
	}

	private LabelledRanking.Measure measure(Matchmaking matchmaking, String name) {
		return measure(matchmaking, name, false);
	}

	private LabelledRanking.Measure measure(Matchmaking matchmaking, String name, boolean textOnly) {
		return new LabelledRanking(this.scenario).measure(matchmaking, name, textOnly);
	}

}
