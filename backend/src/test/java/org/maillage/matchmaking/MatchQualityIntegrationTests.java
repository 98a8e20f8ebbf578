package org.maillage.matchmaking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.maillage.matchmaking.persistence.MatchQueries;
import org.maillage.MaillageIntegrationTest;
import org.maillage.TestCallers;
import org.maillage.core.PageRequest;
import org.maillage.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Matchmaking quality on the labelled scenario territory (docs/matchmaking-scenarios.md): precision@5 and
 * recall@10 per problem, at thresholds that document explains. Runs in a database of its own, so that other tests'
 * actors cannot blur the measure.
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

	@AfterEach
	void signOut() {
		TestCallers.signOut();
	}

	@Test
	void rankingsMeetThePrecisionAndRecallThresholds() {
		TestCallers.signIn("quality-facilitator", Role.FACILITATOR);
		Measure measure = measure(this.matchmaking, "default");
		assertThat(measure.failures()).isEmpty();
		assertThat(measure.meanPrecision()).isGreaterThanOrEqualTo(0.8);
		assertThat(measure.meanRecall()).isGreaterThanOrEqualTo(0.8);
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
		Measure textOnly = measure(this.matchmaking, "text only", true);
		double chosen = this.context.getBean(MatchmakingProperties.class).inferenceThreshold();
		for (double threshold : new double[] { 0.2, 0.4, 0.5 }) {
			Measure other = measure(withInferenceThreshold(threshold), "text only, threshold " + threshold, true);
			assertThat(textOnly.meanPrecision() + textOnly.meanRecall())
				.as("threshold %s against %s", chosen, threshold)
				.isGreaterThanOrEqualTo(other.meanPrecision() + other.meanRecall());
		}
		assertThat(textOnly.meanPrecision()).isGreaterThanOrEqualTo(0.9);
		assertThat(textOnly.meanRecall()).isGreaterThanOrEqualTo(0.85);
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
				this.context.getBean(TermRarity.class));
	}

	private Measure measure(Matchmaking matchmaking, String name) {
		return measure(matchmaking, name, false);
	}

	/**
	 * @param textOnly rank every problem on the needs its text alone suggests, as if it stated none, and print them
	 */
	private Measure measure(Matchmaking matchmaking, String name, boolean textOnly) {
		List<String> failures = new ArrayList<>();
		double precisionSum = 0;
		double recallSum = 0;
		double inferredPrecision = 0;
		double inferredRecall = 0;
		int inferred = 0;
		for (ScenarioTerritory.Labelled problem : this.scenario.problems) {
			MatchRequest request = MatchRequest.forProblem(this.scenario.problemId(problem));
			if (textOnly) {
				List<org.maillage.actor.Need> fromText = matchmaking.inferredFromText(this.scenario.problemId(problem));
				System.out.printf(Locale.ROOT, "[%s] %-36s inferred: %s%n", name, problem.owner(), fromText.stream()
					.map(need -> need.kind() + " " + need.value() + " " + need.inferredFrom() + " " + need.confidence())
					.toList());
				request = request.withNeeds(fromText);
			}
			ActorMatches matches = matchmaking.match(request, new PageRequest(0, 10));
			List<String> top = matches.matches().stream().map(match -> this.scenario.keys.get(match.actorId())).toList();
			List<String> relevant = new ArrayList<>(problem.relevant());
			relevant.addAll(problem.relevantOnlyForFacilitators());
			double precision = top.stream().limit(5).filter(relevant::contains).count() / 5.0;
			double recall = top.stream().filter(relevant::contains).count() / (double) relevant.size();
			// Decoys of the territory itself: words in common, capabilities not. Far-away specialists are labelled
			// irrelevant too (the problems ask for local partners) but may rank high without a territory filter.
			List<String> localDecoys = top.stream()
				.limit(5)
				.filter(problem.irrelevant()::contains)
				.filter(this.scenario::inGrandEst)
				.toList();
			precisionSum += precision;
			recallSum += recall;
			if (matches.needs().stream().allMatch(need -> need.inferred())) {
				inferred++;
				inferredPrecision += precision;
				inferredRecall += recall;
			}
			System.out.printf(Locale.ROOT, "[%s] %-36s precision@5 %.2f recall@10 %.2f top: %s%n", name,
					problem.owner(), precision, recall, top);
			if (precision < 0.6) {
				failures.add(problem.owner() + ": precision@5 " + precision);
			}
			if (recall < 0.7) {
				failures.add(problem.owner() + ": recall@10 " + recall);
			}
			if (!localDecoys.isEmpty()) {
				failures.add(problem.owner() + ": decoys in the top 5: " + localDecoys);
			}
		}
		int n = this.scenario.problems.size();
		Measure measure = new Measure(precisionSum / n, recallSum / n, inferred == 0 ? 0 : inferredPrecision / inferred,
				inferred == 0 ? 0 : inferredRecall / inferred, failures);
		System.out.printf(Locale.ROOT,
				"[%s] mean precision@5 %.2f, mean recall@10 %.2f; problems with inferred needs: %.2f, %.2f%n", name,
				measure.meanPrecision(), measure.meanRecall(), measure.inferredPrecision(), measure.inferredRecall());
		return measure;
	}

	record Measure(double meanPrecision, double meanRecall, double inferredPrecision, double inferredRecall,
			List<String> failures) {

		double sum() {
			return this.meanPrecision + this.meanRecall;
		}

	}

}
