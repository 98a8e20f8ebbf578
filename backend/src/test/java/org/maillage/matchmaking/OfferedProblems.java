package org.maillage.matchmaking;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.maillage.core.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A labelled territory seen the other way round: for each labelled problem, whether "problems I could help with"
 * offers it, among the first five, to the actors labelled for it (docs/matchmaking.md, "Problems I could help with").
 * A core actor should be offered its problem; a labelled-irrelevant one is the reverse's decoy, told it could help
 * with a problem a facilitator would not ask it about. One line per problem, then the totals.
 */
final class OfferedProblems {

	/** How far down an actor's list a problem counts as offered: the first screen of a company's list. */
	static final int FIRST = 5;

	private final ScenarioTerritory scenario;

	OfferedProblems(ScenarioTerritory scenario) {
		this.scenario = scenario;
	}

	Measure measure(ProblemsToHelpWith help, String name) {
		Map<String, List<ProblemMatch>> lists = new HashMap<>();
		int core = 0;
		int coreOffered = 0;
		int decoysOffered = 0;
		System.out.printf(Locale.ROOT, "[%s] %-36s %9s  %s%n", name, "problem (owner)", "core",
				"labelled irrelevant offered it");
		for (ScenarioTerritory.Labelled problem : this.scenario.problems) {
			String problemId = this.scenario.problemId(problem);
			// relevant actors are left out: each list asked costs a ranking of its own, and the test run its time
			List<String> coreHits = offeredTo(help, lists, problem.core(), problemId);
			List<String> decoyHits = offeredTo(help, lists, problem.irrelevant(), problemId);
			System.out.printf(Locale.ROOT, "[%s] %-36s %4d / %-2d  %s%n", name, problem.owner(), coreHits.size(),
					problem.core().size(), decoyHits);
			decoyHits.forEach(decoy -> printWhy(name, decoy, problemId, lists));
			if (Boolean.getBoolean(LabelledRanking.ROWS)) {
				coreHits.forEach(key -> printRow(name, problem, key, "C", problemId, lists));
				decoyHits.forEach(key -> printRow(name, problem, key, "I", problemId, lists));
			}
			core += problem.core().size();
			coreOffered += coreHits.size();
			decoysOffered += decoyHits.size();
		}
		Measure measure = new Measure(coreOffered, decoysOffered);
		System.out.printf(Locale.ROOT, "[%s] %-36s %4d / %-2d  %d labelled irrelevant offered a problem%n", name,
				"total", coreOffered, core, decoysOffered);
		return measure;
	}

	/** Those of these actors whose first {@value #FIRST} problems hold this one. */
	private List<String> offeredTo(ProblemsToHelpWith help, Map<String, List<ProblemMatch>> lists, List<String> keys,
			String problemId) {
		return keys.stream()
			.filter(key -> listOf(help, lists, key).stream().anyMatch(match -> match.problemId().equals(problemId)))
			.toList();
	}

	private List<ProblemMatch> listOf(ProblemsToHelpWith help, Map<String, List<ProblemMatch>> lists, String key) {
		return lists.computeIfAbsent(key,
				any -> help.forActor(this.scenario.ids.get(key), null, new PageRequest(0, FIRST)).matches());
	}

	/**
	 * With {@code -Dmaillage.quality.rows=true}, one tab-separated {@code OFFERED} row per labelled actor offered its
	 * problem: set, problem's owner, key, label (C, I), score, text relevance, the problem's needs, and each piece of
	 * evidence as {@code NEED_KIND[*]:value>EVIDENCE_KIND[!]=words} ({@code *} for an essential need, {@code !} when the
	 * evidence counts as the need met).
	 */
	private void printRow(String name, ScenarioTerritory.Labelled problem, String key, String label, String problemId,
			Map<String, List<ProblemMatch>> lists) {
		lists.get(key).stream().filter(match -> match.problemId().equals(problemId)).findFirst()
			.ifPresent(match -> System.out.printf(Locale.ROOT, "OFFERED\t%s\t%s\t%s\t%s\t%.3f\t%.3f\t%d\t%s%n", name,
					problem.owner(), key, label, match.score(),
					match.signals().stream().filter(signal -> signal.signal() == MatchSignal.TEXT_RELEVANCE)
						.mapToDouble(SignalScore::score).sum(),
					match.needs().size(),
					String.join(";", match.coverage().stream()
						.flatMap(covered -> covered.evidence().stream()
							.map(evidence -> covered.need().kind() + (covered.need().essential() ? "*" : "") + ":"
									+ covered.need().value().replace(' ', '_') + ">" + evidence.kind()
									+ (evidence.direct() ? "!" : "") + "=" + String.join(",", evidence.matchedWords())))
						.toList())));
	}

	/** What made a decoy offered the problem: its need coverage, evidence by evidence. */
	private void printWhy(String name, String decoy, String problemId, Map<String, List<ProblemMatch>> lists) {
		lists.get(decoy).stream().filter(match -> match.problemId().equals(problemId)).findFirst()
			.ifPresent(match -> System.out.printf(Locale.ROOT, "[%s]     %s: score %.3f · text %.2f · %s%n", name, decoy,
					match.score(),
					match.signals().stream().filter(signal -> signal.signal() == MatchSignal.TEXT_RELEVANCE)
						.mapToDouble(SignalScore::score).sum(),
					match.coverage().stream()
						.map(covered -> covered.need().kind() + " " + covered.need().value() + " "
								+ covered.evidence().stream()
									.map(evidence -> evidence.kind() + (evidence.direct() ? "!" : "") + " "
											+ evidence.label() + " " + evidence.matchedWords())
									.toList())
						.toList()));
	}

	/**
	 * @param coreOffered how many core actors were offered their problem among their first {@value #FIRST}
	 * @param decoysOffered how many labelled-irrelevant actors were offered the problem they are labelled for
	 */
	record Measure(int coreOffered, int decoysOffered) {

		/** What was reached may not go back. */
		void staysAtLeast(int coreOfferedAtLeast, int decoysAtMost) {
			assertThat(this.coreOffered).as("core actors offered their problem")
				.isGreaterThanOrEqualTo(coreOfferedAtLeast);
			assertThat(this.decoysOffered).as("labelled decoys offered their problem").isLessThanOrEqualTo(decoysAtMost);
		}

	}

}
