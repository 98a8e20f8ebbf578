package org.maillage.matchmaking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.maillage.core.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A labelled territory's problems ranked and scored against their labels: precision@5, core recall@10, recall@10 and
 * the labelled decoys in each top 10, printed one line per problem (docs/matchmaking.md, "Quality, measured").
 */
final class LabelledRanking {

	private final ScenarioTerritory scenario;

	LabelledRanking(ScenarioTerritory scenario) {
		this.scenario = scenario;
	}

	/**
	 * Ranks every labelled problem and prints one line per problem, then the means. The list measured is the local
	 * one: matches further afield are shown apart (docs/matchmaking.md, "Distances, and what they may not do").
	 * @param textOnly rank every problem on the needs its text alone suggests, as if it stated none
	 */
	Measure measure(Matchmaking matchmaking, String name, boolean textOnly) {
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
			if (Boolean.getBoolean(ROWS)) {
				printRows(name, problem, relevant, matches);
			}
			decoys.forEach(decoy -> printWhy(name, decoy, "", matches));
			// unlabelled actors in the top 5 cost precision as decoys do: why they are there too
			top.stream().limit(5).filter(key -> !relevant.contains(key) && !problem.irrelevant().contains(key))
				.forEach(key -> printWhy(name, key, " (unlabelled)", matches));
			problem.core().stream().filter(key -> !top.contains(key)).forEach(missed -> printMissed(name, missed, matches));
			if (precision < 0.8) {
				failures.add(problem.owner() + ": precision@5 " + precision);
			}
			decoyCount += decoys.size();
		}
		int n = this.scenario.problems.size();
		// means to three places, as they are read: six problems' 0.8s must sum to a mean of 0.9, not 0.8999…
		Measure measure = new Measure(third(precisionSum / n), third(coreRecallSum / n), third(recallSum / n), decoyCount,
				failures);
		System.out.printf(Locale.ROOT, "[%s] %-36s %5.2f %6.2f %5.2f  %d labelled irrelevant in %d top 10s%n", name,
				"mean", measure.meanPrecision(), measure.meanCoreRecall(), measure.meanRecall(), decoyCount, n);
		return measure;
	}

	private static double third(double mean) {
		return Math.round(mean * 1000) / 1000.0;
	}

	/**
	 * With {@code -Dmaillage.quality.rows=true}, every local actor of a ranking is printed as one tab-separated row, for
	 * backend/src/test/scripts/quality_rows.py to count which kinds of evidence the labelled decoys and the relevant
	 * actors come by (docs/matchmaking-scenarios.md, "Reading the rankings' rows").
	 */
	static final String ROWS = "maillage.quality.rows";

	/**
	 * A {@code RANKING} row (set, problem's owner, how many core and relevant actors it has), then one {@code RANKED}
	 * row per local actor in order: rank, key, label (C core, R relevant, I irrelevant, U unlabelled), score, need
	 * coverage, text relevance, each piece of evidence for a need as {@code NEED_KIND>EVIDENCE_KIND[!][?][@FIELD]=words}
	 * ({@code !} when the evidence is exactly what the need asks for, {@code ?} when it is a hint that meets no need),
	 * and the words in common its text relevance quotes.
	 */
	private void printRows(String name, ScenarioTerritory.Labelled problem, List<String> relevant,
			ActorMatches matches) {
		System.out.printf(Locale.ROOT, "RANKING\t%s\t%s\t%d\t%d%n", name, problem.owner(), problem.core().size(),
				relevant.size());
		List<ActorMatch> local = matches.matches().stream().filter(match -> !match.furtherAfield()).toList();
		for (int rank = 0; rank < local.size(); rank++) {
			ActorMatch match = local.get(rank);
			String key = this.scenario.keys.get(match.actorId());
			String label = problem.core().contains(key) ? "C" : relevant.contains(key) ? "R"
					: problem.irrelevant().contains(key) ? "I" : "U";
			List<String> met = match.coverage()
				.stream()
				.flatMap(covered -> covered.evidence()
					.stream()
					.map(evidence -> covered.need().kind() + ">" + evidence.kind() + (evidence.direct() ? "!" : "")
							+ (hint(evidence) ? "?" : "")
							+ (evidence.field() == null ? "" : "@" + evidence.field()) + "="
							+ String.join(",", evidence.matchedWords())))
				.toList();
			// the words in common its text relevance quotes, as its reason's arguments: « [« tours », « eau »] »
			String words = match.signals()
				.stream()
				.filter(one -> one.signal() == MatchSignal.TEXT_RELEVANCE)
				.map(one -> one.reason().args().toString())
				.findFirst()
				.orElse("");
			System.out.printf(Locale.ROOT, "RANKED\t%s\t%s\t%d\t%s\t%s\t%.3f\t%.3f\t%.3f\t%s\t%s%n", name,
					problem.owner(), rank + 1, key, label, match.score(), signal(match, MatchSignal.NEED_COVERAGE),
					signal(match, MatchSignal.TEXT_RELEVANCE), String.join(";", met), words);
		}
	}

	/**
	 * Evidence shown as a hint, which meets no need: a neighbouring trade, a trade beyond its reach, a code or a
	 * category alone under their words floors, one word of a description (the wordings of {@code MatchWording}).
	 */
	private static boolean hint(Evidence evidence) {
		String key = evidence.detail().key();
		return key.startsWith("match.evidence.hint.") || key.equals("match.evidence.trade.related")
				|| key.equals("match.evidence.trade.beyond");
	}

	private static double signal(ActorMatch match, MatchSignal signal) {
		return match.signals().stream().filter(one -> one.signal() == signal).mapToDouble(SignalScore::score).sum();
	}

	/** Where a core actor missing from the top 10 stands: further down, further afield, or not listed at all. */
	private void printMissed(String name, String missed, ActorMatches matches) {
		List<ActorMatch> all = matches.matches();
		for (int rank = 0; rank < all.size(); rank++) {
			if (missed.equals(this.scenario.keys.get(all.get(rank).actorId()))) {
				System.out.printf(Locale.ROOT, "[%s]     core missed: %s, %s%d of %d listed%n", name, missed,
						all.get(rank).furtherAfield() ? "further afield, " : "", rank + 1, all.size());
				printWhy(name, missed, "", matches);
				return;
			}
		}
		System.out.printf(Locale.ROOT, "[%s]     core missed: %s, not among the first %d%n", name, missed, all.size());
	}

	/**
	 * Why a labelled-irrelevant (or unlabelled) actor made the top 10: its score beside the first one's, its signals,
	 * its evidence.
	 */
	private void printWhy(String name, String decoy, String note, ActorMatches matches) {
		ActorMatch first = matches.matches().get(0);
		matches.matches().stream().filter(match -> decoy.equals(this.scenario.keys.get(match.actorId()))).findFirst()
			.ifPresent(match -> System.out.printf(Locale.ROOT, "[%s]     %s%s: score %.3f (first %.3f) · %s · %s%n", name,
					decoy, note, match.score(), first.score(),
					match.signals().stream()
						.map(signal -> String.format(Locale.ROOT, "%s %.2f", signal.signal(), signal.score())
								+ (signal.signal() == MatchSignal.TEXT_RELEVANCE ? " " + signal.reason() : ""))
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

		/**
		 * Asserts issue 10's precision goals (no problem under 0.8 at 5, a mean of 0.9) and the bounds a set has
		 * reached on the rest: its mean core recall@10 and the labelled decoys in its top 10s, which may only get
		 * better (docs/matchmaking.md, "Quality, measured").
		 */
		void holds(double coreRecallAtLeast, int decoysAtMost) {
			assertThat(this.failures).as("problems under 0.8 at 5").isEmpty();
			staysAtLeast(0.9, coreRecallAtLeast, decoysAtMost);
		}

		/**
		 * Asserts only the bounds a set has reached, for a set on which issue 10's precision goals are not met yet:
		 * what was reached may not go back (docs/matchmaking.md, "On a territory never seen").
		 */
		void staysAtLeast(double precisionAtLeast, double coreRecallAtLeast, int decoysAtMost) {
			assertThat(this.meanPrecision).as("mean precision@5")
				.isGreaterThanOrEqualTo(precisionAtLeast);
			assertThat(this.meanCoreRecall).as("mean core recall@10")
				.isGreaterThanOrEqualTo(coreRecallAtLeast);
			assertThat(this.decoysInTopTen).as("labelled decoys in the top 10s")
				.isLessThanOrEqualTo(decoysAtMost);
		}

	}

}
