package org.maillage.matchmaking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.maillage.actor.Need;
import org.maillage.core.Message;
import org.maillage.core.NotFoundException;
import org.maillage.core.PageRequest;
import org.maillage.core.ReadScopes;
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
				.filter(match -> match.coverage().stream().anyMatch(covered -> covered.strength() >= 0.3))
				.toList();
			Map<String, List<Message>> spare = others.isEmpty() ? Map.of()
					: this.queries.spareCapacity(others.stream().map(ActorMatch::actorId).toList(), this.scopes.current());
			List<ConversionCandidate> conversions = others.stream()
				.map(match -> conversion(match, spare.getOrDefault(match.actorId(), List.of())))
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
		spareCapacity.forEach(sign -> reasons.add(Message.of("conglomerate.spare", sign)));
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
