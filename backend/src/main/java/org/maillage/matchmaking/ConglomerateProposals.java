package org.maillage.matchmaking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.maillage.actor.Need;
import org.maillage.actor.NeedKind;
import org.maillage.core.Message;
import org.maillage.core.NotFoundException;
import org.maillage.core.PageRequest;
import org.maillage.core.ReadScopes;
import org.maillage.core.TextQuery;
import org.maillage.matchmaking.persistence.MatchQueries;
import org.maillage.matchmaking.persistence.RankingRows.OwnWords;
import org.maillage.valuechain.ValueChain;
import org.maillage.valuechain.ValueChainStep;
import org.maillage.valuechain.ValueChains;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposes a conglomerate along a value chain: for each step, the actors able to do it now (they carry out the
 * activity today: a trade or know-how of the step, and every essential need met), conversion candidates (actors
 * with the means but not the activity: equipment of the step's category, a neighbouring trade, related know-how,
 * all the more so when they say they have capacity to spare), and the gaps no actor of the territory fills.
 */
@Service
@Transactional(readOnly = true)
public class ConglomerateProposals {

	private static final int CANDIDATES = 40;

	private static final int SHOWN = 5;

	/** How the proposal is built, in the catalogue ({@code conglomerate.method}). */
	static final Message METHOD = Message.of("conglomerate.method");

	private final Matchmaking matchmaking;

	private final ValueChains valueChains;

	private final MatchQueries queries;

	private final ReadScopes scopes;

	ConglomerateProposals(Matchmaking matchmaking, ValueChains valueChains, MatchQueries queries, ReadScopes scopes) {
		this.matchmaking = matchmaking;
		this.valueChains = valueChains;
		this.queries = queries;
		this.scopes = scopes;
	}

	public ConglomerateProposal propose(String problemId, String valueChainId, String territory) {
		ValueChain chain = this.valueChains.find(valueChainId)
			.orElseThrow(() -> new NotFoundException("valueChain", valueChainId));
		if (territory != null) {
			this.matchmaking.requireTerritories("territory", List.of(territory));
		}
		List<StepProposal> steps = new ArrayList<>();
		List<ValueChainStep> gaps = new ArrayList<>();
		for (ValueChainStep step : chain.steps()) {
			MatchRequest request = new MatchRequest(problemId, step.needs(), territory == null ? null : List.of(territory),
					null, null, null, null);
			List<ActorMatch> ranked = this.matchmaking.match(request, new PageRequest(0, CANDIDATES)).matches();
			List<ActorMatch> ableNow = ranked.stream().filter(match -> ableNow(match, step)).limit(SHOWN).toList();
			List<ActorMatch> others = ranked.stream()
				.filter(match -> !ableNow(match, step))
				.filter(match -> couldConvert(match, step))
				.toList();
			Map<String, List<OwnWords>> words = others.isEmpty() ? Map.of()
					: this.queries.ownWords(others.stream().map(ActorMatch::actorId).toList(), this.scopes.current());
			List<ConversionCandidate> conversions = others.stream()
				.map(match -> conversion(match, spareCapacity(match, step, words.getOrDefault(match.actorId(), List.of()))))
				.sorted(Comparator.comparingDouble(ConversionCandidate::score).reversed())
				.limit(SHOWN)
				.toList();
			List<Need> uncovered = step.needs()
				.stream()
				.filter(need -> ableNow.stream()
					.noneMatch(match -> match.coverageOf(need).filter(c -> c.strength() >= 0.5).isPresent()))
				.filter(need -> conversions.stream()
					.noneMatch(candidate -> candidate.match().coverageOf(need).filter(c -> c.strength() >= 0.3).isPresent()))
				.toList();
			steps.add(new StepProposal(step, ableNow, conversions, uncovered));
			if (ableNow.isEmpty() && conversions.isEmpty()) {
				gaps.add(step);
			}
		}
		return new ConglomerateProposal(problemId, chain, territory, steps, gaps, METHOD);
	}

	private static boolean ableNow(ActorMatch match, ValueChainStep step) {
		boolean essentialsMet = step.needs()
			.stream()
			.filter(Need::essential)
			.allMatch(need -> match.coverageOf(need).filter(c -> c.strength() >= 0.5).isPresent());
		boolean doesTheActivity = match.coverage()
			.stream()
			.filter(covered -> covered.strength() >= 0.5)
			.flatMap(covered -> covered.evidence().stream())
			.anyMatch(evidence -> evidence.kind() == EvidenceKind.KNOW_HOW
					|| (evidence.kind() == EvidenceKind.CORE_TRADE && evidence.direct()));
		return essentialsMet && doesTheActivity;
	}

	/**
	 * Whether an actor could plausibly be converted to the step: evidence of strength ≥ 0.3 that is more than words
	 * in its description (equipment, a trade, know-how), and an actor that produces or researches. A training body
	 * converts to training only; clusters and investors do not convert, they help others to.
	 */
	private static boolean couldConvert(ActorMatch match, ValueChainStep step) {
		boolean substantial = match.coverage()
			.stream()
			.filter(covered -> covered.strength() >= 0.3)
			.flatMap(covered -> covered.evidence().stream())
			.anyMatch(evidence -> evidence.kind() != EvidenceKind.DESCRIPTION);
		return substantial && switch (match.kind()) {
			case "CLUSTER", "INVESTOR" -> false;
			case "TRAINING_BODY" -> step.needs().stream().anyMatch(ConglomerateProposals::isTraining);
			default -> true;
		};
	}

	/** A need for education or training: NAF division 85, or know-how that speaks of it. */
	private static boolean isTraining(Need need) {
		return need.kind() == NeedKind.TRADE ? need.value().startsWith("85")
				: need.kind() == NeedKind.KNOW_HOW && need.value().toLowerCase(java.util.Locale.ROOT).contains("formation");
	}

	/**
	 * Where the actor says, in its own words, that it has capacity to spare for this step ({@link SpareCapacity}):
	 * the words of the step and of the actor's evidence for it must appear in the same text.
	 */
	private static List<Message> spareCapacity(ActorMatch match, ValueChainStep step,
			List<OwnWords> texts) {
		StringBuilder about = new StringBuilder(step.name());
		step.needs().forEach(need -> about.append(' ').append(need.label()));
		match.coverage()
			.stream()
			.flatMap(covered -> covered.evidence().stream())
			.map(Evidence::label)
			.filter(java.util.Objects::nonNull)
			.forEach(label -> about.append(' ').append(label));
		List<String> stepWords = TextQuery.wordsOf(about.toString(), 60);
		List<Message> signs = new ArrayList<>();
		for (OwnWords text : texts) {
			SpareCapacity.in(text.text(), stepWords)
				.ifPresent(sentence -> signs.add(Message.of("conglomerate.spare",
						text.problemTitle() == null ? Message.of("conglomerate.sign.description")
								: Message.of("conglomerate.sign.problem", text.problemTitle()),
						sentence)));
		}
		return signs;
	}

	private static ConversionCandidate conversion(ActorMatch match, List<Message> spareCapacity) {
		double coverage = match.signal(MatchSignal.NEED_COVERAGE);
		double score = Math.round((0.6 * coverage + (spareCapacity.isEmpty() ? 0 : 0.4)) * 1000) / 1000.0;
		List<Message> reasons = new ArrayList<>();
		List<Evidence> evidence = new ArrayList<>();
		for (NeedCoverage covered : match.coverage()) {
			if (covered.strength() >= 0.3) {
				Evidence first = covered.evidence().get(0);
				reasons.add(Message.of("conglomerate.repurpose", covered.need().label(), first.detail()));
				evidence.addAll(covered.evidence());
			}
		}
		reasons.addAll(spareCapacity);
		return new ConversionCandidate(match.actorId(), score, reasons, evidence, match);
	}

	public record StepProposal(ValueChainStep step, List<ActorMatch> ableNow,
			List<ConversionCandidate> conversionCandidates, List<Need> uncoveredNeeds) {
	}

	public record ConversionCandidate(String actorId, double score, List<Message> reasons, List<Evidence> evidence,
			ActorMatch match) {
	}

	/** @param territory the territory id actors were taken from, null for anywhere */
	public record ConglomerateProposal(String problemId, ValueChain valueChain, String territory,
			List<StepProposal> steps, List<ValueChainStep> gaps, Message method) {
	}

}
