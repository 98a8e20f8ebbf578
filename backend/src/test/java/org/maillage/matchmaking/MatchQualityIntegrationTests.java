package org.maillage.matchmaking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
		Measure measure = measure(this.matchmaking, "default");
		assertThat(measure.failures()).isEmpty();
		assertThat(measure.meanPrecision()).isGreaterThanOrEqualTo(0.9);
		assertThat(measure.meanCoreRecall()).isGreaterThanOrEqualTo(0.95);
		// The goal is none (issue 10); two remain, each explained in docs/matchmaking.md. Fewer is progress.
		assertThat(measure.decoysInTopTen()).isLessThanOrEqualTo(2);
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
		for (double threshold : new double[] { 0.2, 0.3, 0.5 }) {
			Measure other = measure(withInferenceThreshold(threshold), "text only, threshold " + threshold, true);
			assertThat(textOnly.sum()).as("threshold %s against %s", chosen, threshold)
				.isGreaterThanOrEqualTo(other.sum());
		}
		assertThat(textOnly.failures()).isEmpty();
		assertThat(textOnly.meanPrecision()).isGreaterThanOrEqualTo(0.9);
		assertThat(textOnly.meanCoreRecall()).isGreaterThanOrEqualTo(0.95);
		// The goal is none (issue 10); four remain in text-only mode (docs/matchmaking.md). Fewer is progress.
		assertThat(textOnly.decoysInTopTen()).isLessThanOrEqualTo(4);
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

	private Measure measure(Matchmaking matchmaking, String name) {
		return measure(matchmaking, name, false);
	}

	/**
	 * Ranks every labelled problem and prints one line per problem, then the means. The list measured is the local
	 * one: matches further afield are shown apart (docs/matchmaking.md, "Distances, and what they may not do").
	 * @param textOnly rank every problem on the needs its text alone suggests, as if it stated none
	 */
	private Measure measure(Matchmaking matchmaking, String name, boolean textOnly) {
		List<String> failures = new ArrayList<>();
		double precisionSum = 0;
		double coreRecallSum = 0;
		double recallSum = 0;
		int decoyCount = 0;
		System.out.printf(Locale.ROOT, "[%s] %-36s %5s %6s %5s  %s%n", name, "problem (owner)", "P@5", "coreR", "R@10",
				"labelled irrelevant in the top 10 · top 10");
		for (ScenarioTerritory.Labelled problem : this.scenario.problems) {
			MatchRequest request = MatchRequest.forProblem(this.scenario.problemId(problem));
			if (textOnly) {
				List<org.maillage.actor.Need> fromText = matchmaking.inferredFromText(this.scenario.problemId(problem));
				System.out.printf(Locale.ROOT, "[%s] %-36s inferred: %s%n", name, problem.owner(), fromText.stream()
					.map(need -> need.kind() + " " + need.value() + " " + need.inferredFrom() + " " + need.confidence())
					.toList());
				request = request.withNeeds(fromText);
			}
			ActorMatches matches = matchmaking.match(request, new PageRequest(0, 20));
			List<String> top = matches.matches().stream()
				.filter(match -> !match.furtherAfield())
				.limit(10)
				.map(match -> this.scenario.keys.get(match.actorId()))
				.toList();
			List<String> relevant = new ArrayList<>(problem.relevant());
			relevant.addAll(problem.relevantOnlyForFacilitators());
			double precision = top.stream().limit(5).filter(relevant::contains).count() / 5.0;
			double coreRecall = top.stream().filter(problem.core()::contains).count() / (double) problem.core().size();
			double recall = top.stream().filter(relevant::contains).count() / (double) relevant.size();
			List<String> decoys = top.stream().filter(problem.irrelevant()::contains).toList();
			precisionSum += precision;
			coreRecallSum += coreRecall;
			recallSum += recall;
			System.out.printf(Locale.ROOT, "[%s] %-36s %5.2f %6.2f %5.2f  %s · %s%n", name, problem.owner(), precision,
					coreRecall, recall, decoys, top);
			decoys.forEach(decoy -> printWhy(name, decoy, matches));
			if (precision < 0.8) {
				failures.add(problem.owner() + ": precision@5 " + precision);
			}
			decoyCount += decoys.size();
		}
		int n = this.scenario.problems.size();
		Measure measure = new Measure(precisionSum / n, coreRecallSum / n, recallSum / n, decoyCount, failures);
		System.out.printf(Locale.ROOT, "[%s] %-36s %5.2f %6.2f %5.2f  %d labelled irrelevant in %d top 10s%n", name,
				"mean", measure.meanPrecision(), measure.meanCoreRecall(), measure.meanRecall(), decoyCount, n);
		return measure;
	}

	/** Why a labelled-irrelevant actor made the top 10: its score beside the first one's, its signals, its evidence. */
	private void printWhy(String name, String decoy, ActorMatches matches) {
		ActorMatch first = matches.matches().get(0);
		matches.matches().stream().filter(match -> decoy.equals(this.scenario.keys.get(match.actorId()))).findFirst()
			.ifPresent(match -> System.out.printf(Locale.ROOT, "[%s]     %s: score %.3f (first %.3f) · %s · %s%n", name,
					decoy, match.score(), first.score(),
					match.signals().stream()
						.map(signal -> String.format(Locale.ROOT, "%s %.2f", signal.signal(), signal.score()))
						.toList(),
					match.coverage().stream()
						.map(covered -> String.format(Locale.ROOT, "%s %.2f %s", covered.need().value(),
								covered.strength(), covered.evidence().stream()
									.map(evidence -> evidence.kind() + " " + evidence.label() + " "
											+ evidence.matchedWords() + " " + evidence.field())
									.toList()))
						.toList()));
	}

	record Measure(double meanPrecision, double meanCoreRecall, double meanRecall, int decoysInTopTen,
			List<String> failures) {

		/** One figure to compare settings: the three means (the decoys listed are asserted apart). */
		double sum() {
			return this.meanPrecision + this.meanCoreRecall + this.meanRecall;
		}

	}

}
