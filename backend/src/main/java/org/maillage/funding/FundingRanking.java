package org.maillage.funding;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.maillage.actor.ActorKind;
import org.maillage.actor.Need;
import org.maillage.actor.NeedKind;
import org.maillage.actor.Problem;
import org.maillage.actor.ProblemCategory;
import org.maillage.core.Message;

/**
 * Ranks open calls for what a problem or a group needs (docs/decisions/0026-funding-calls.md). A call is left out
 * when none of the actors is inside its perimeter, when its audiences are all known and none is one of the actors'
 * kinds, or when nothing of it meets the problems (no theme, no shared word). The score adds, up to 1:
 * <ul>
 * <li>0.4 when a theme of the call stands for a category of the problems;</li>
 * <li>0.1 per need a theme covers (a NAF section, an equipment category), up to 0.3;</li>
 * <li>0.05 per word the call's text shares with the problems', up to 0.2;</li>
 * <li>0.1 when an audience of the call is one of the actors' kinds, 0.05 when the call names no audience.</li>
 * </ul>
 * Ties go to the soonest deadline. Only what the caller may see of the problems is given here, so explanations never
 * show more.
 */
final class FundingRanking {

	static final double CATEGORY = 0.4;

	static final double NEED = 0.1;

	static final double NEEDS_MAX = 0.3;

	static final double WORD = 0.05;

	static final double WORDS_MAX = 0.2;

	static final double AUDIENCE = 0.1;

	static final double ANY_AUDIENCE = 0.05;

	static final int WORDS_NAMED = 8;

	/**
	 * What calls are ranked for: problems the caller may see, their needs, and the actors concerned.
	 *
	 * @param kinds each actor's kind, by id
	 * @param places each actor's territories (its commune and those it is part of), by id
	 */
	record Subject(List<Problem> problems, Map<String, List<Need>> needs, Map<String, ActorKind> kinds,
			Map<String, Set<String>> places) {
	}

	private final FundingThemes themes;

	FundingRanking(FundingThemes themes) {
		this.themes = themes;
	}

	/** The actor kinds an audience stands for; null when the table does not know it. */
	Set<ActorKind> kindsOf(String audience) {
		return this.themes.kindsOf(audience);
	}

	List<FundingMatch> rank(Collection<FundingCall> calls, Subject subject, LocalDate today, int closingSoonDays) {
		Set<ProblemCategory> categories = EnumSet.noneOf(ProblemCategory.class);
		subject.problems().stream().map(Problem::category).filter(c -> c != null).forEach(categories::add);
		List<Need> needs = subject.needs().values().stream().flatMap(List::stream).distinct().toList();
		Set<String> words = new LinkedHashSet<>();
		for (Problem problem : subject.problems()) {
			words.addAll(FundingWords.of(problem.title()));
			words.addAll(FundingWords.of(problem.description()));
		}
		needs.stream().filter(need -> need.kind() == NeedKind.KNOW_HOW || need.kind() == NeedKind.TOPIC)
			.forEach(need -> words.addAll(FundingWords.of(need.value())));
		List<FundingMatch> matches = new ArrayList<>();
		for (FundingCall call : calls) {
			List<FundingExplanation> explanations = new ArrayList<>();
			FundingExplanation territory = territory(call, subject.places());
			if (territory == null) {
				continue;
			}
			double audienceScore = audience(call, subject.kinds(), explanations);
			if (audienceScore < 0) {
				continue;
			}
			double relevance = themes(call, categories, needs, explanations) + words(call, words, explanations);
			if (relevance <= 0) {
				continue;
			}
			explanations.add(territory);
			explanations.add(deadline(call, today, closingSoonDays));
			double score = Math.round(Math.min(1.0, relevance + audienceScore) * 1000) / 1000.0;
			matches.add(new FundingMatch(call, score, explanations));
		}
		matches.sort(Comparator.comparingDouble(FundingMatch::score).reversed()
			.thenComparing(match -> match.call().deadline(), Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(match -> match.call().name())
			.thenComparing(match -> match.call().id()));
		return matches;
	}

	/** The territory explanation, or null when no actor is inside the call's perimeter. */
	private static FundingExplanation territory(FundingCall call, Map<String, Set<String>> places) {
		String where = call.perimeterName() == null ? "France" : call.perimeterName();
		if (call.perimeterId() == null) {
			return new FundingExplanation(FundingExplanationKind.TERRITORY,
					Message.of("funding.explanation.territory.everywhere", where), List.of(where), null);
		}
		long inside = places.values().stream().filter(territories -> territories.contains(call.perimeterId())).count();
		if (inside == 0) {
			return null;
		}
		return new FundingExplanation(FundingExplanationKind.TERRITORY,
				Message.of("funding.explanation.territory.inside", where, inside, places.size()),
				List.of(where), null);
	}

	/** The audience's part of the score; negative when the call is for none of the actors' kinds. */
	private double audience(FundingCall call, Map<String, ActorKind> kinds, List<FundingExplanation> explanations) {
		if (call.audiences().isEmpty()) {
			explanations.add(new FundingExplanation(FundingExplanationKind.AUDIENCE,
					Message.of("funding.explanation.audience.any"), List.of(), null));
			return ANY_AUDIENCE;
		}
		Set<ActorKind> present = EnumSet.noneOf(ActorKind.class);
		present.addAll(kinds.values());
		List<String> unknown = new ArrayList<>();
		for (String audience : call.audiences()) {
			Set<ActorKind> meant = this.themes.kindsOf(audience);
			if (meant == null) {
				unknown.add(audience);
				continue;
			}
			for (ActorKind kind : meant) {
				if (present.contains(kind)) {
					explanations.add(new FundingExplanation(FundingExplanationKind.AUDIENCE,
							Message.of("funding.explanation.audience.match", audience,
									Message.of("actor.kind." + kind.name())),
							List.of(audience, kind.name()), null));
					return AUDIENCE;
				}
			}
		}
		if (unknown.isEmpty()) {
			return -1;
		}
		explanations.add(new FundingExplanation(FundingExplanationKind.AUDIENCE,
				Message.of("funding.explanation.audience.unknown", String.join(", ", unknown)), unknown, null));
		return 0;
	}

	private double themes(FundingCall call, Set<ProblemCategory> categories, List<Need> needs,
			List<FundingExplanation> explanations) {
		Map<ProblemCategory, String> categoryThemes = new LinkedHashMap<>();
		Map<String, Set<String>> needThemes = new LinkedHashMap<>();
		for (String theme : call.themes()) {
			for (FundingThemes.Meaning meaning : this.themes.meaningsOf(theme)) {
				meaning.categories().stream().filter(categories::contains)
					.forEach(category -> categoryThemes.putIfAbsent(category, theme));
				for (Need need : needs) {
					boolean covered = switch (need.kind()) {
						case TRADE -> meaning.nafSections().contains(FundingThemes.nafSection(need.value()));
						case EQUIPMENT_CATEGORY -> meaning.equipment().contains(need.value());
						default -> false;
					};
					if (covered) {
						needThemes.computeIfAbsent(theme, t -> new LinkedHashSet<>()).add(label(need));
					}
				}
			}
		}
		double score = 0;
		for (Map.Entry<ProblemCategory, String> hit : categoryThemes.entrySet()) {
			explanations.add(new FundingExplanation(FundingExplanationKind.THEME,
					Message.of("funding.explanation.theme.category", hit.getValue(),
							Message.of("problemCategory." + hit.getKey().name())),
					List.of(hit.getValue(), hit.getKey().name()), null));
			score = CATEGORY;
		}
		Set<String> covered = new LinkedHashSet<>();
		for (Map.Entry<String, Set<String>> hit : needThemes.entrySet()) {
			List<String> matched = new ArrayList<>();
			matched.add(hit.getKey());
			matched.addAll(hit.getValue());
			explanations.add(new FundingExplanation(FundingExplanationKind.THEME,
					Message.of("funding.explanation.theme.needs", hit.getKey(),
							String.join(" ; ", hit.getValue())),
					matched, null));
			covered.addAll(hit.getValue());
		}
		return score + Math.min(NEEDS_MAX, NEED * covered.size());
	}

	private static double words(FundingCall call, Set<String> problemWords, List<FundingExplanation> explanations) {
		Set<String> callWords = new LinkedHashSet<>(FundingWords.of(call.name()));
		callWords.addAll(FundingWords.of(call.description()));
		call.themes().forEach(theme -> callWords.addAll(FundingWords.of(theme)));
		Set<String> shared = new TreeSet<>(callWords);
		shared.retainAll(problemWords);
		if (shared.isEmpty()) {
			return 0;
		}
		List<String> named = shared.stream().limit(WORDS_NAMED).toList();
		explanations.add(new FundingExplanation(FundingExplanationKind.WORDS,
				Message.of("funding.explanation.words", shared.size(), String.join(", ", named)), named, null));
		return Math.min(WORDS_MAX, WORD * shared.size());
	}

	private static FundingExplanation deadline(FundingCall call, LocalDate today, int closingSoonDays) {
		if (call.deadline() == null) {
			return new FundingExplanation(FundingExplanationKind.DEADLINE,
					Message.of("funding.explanation.deadline.none",
							Message.of("funding.recurrence." + call.recurrence().name())),
					List.of(call.recurrence().name()), null);
		}
		int days = (int) ChronoUnit.DAYS.between(today, call.deadline());
		String key = days <= closingSoonDays ? "funding.explanation.deadline.closingSoon"
				: "funding.explanation.deadline.days";
		return new FundingExplanation(FundingExplanationKind.DEADLINE, Message.of(key, days, call.deadline().toString()),
				List.of(call.deadline().toString()), days);
	}

	private static String label(Need need) {
		return need.label() == null || need.label().isBlank() ? need.value() : need.label();
	}

}
