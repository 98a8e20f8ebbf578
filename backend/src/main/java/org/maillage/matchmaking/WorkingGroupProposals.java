package org.maillage.matchmaking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.maillage.actor.ActorKind;
import org.maillage.actor.Need;
import org.maillage.actor.Sector;
import org.maillage.core.InvalidInputException;
import org.maillage.core.Message;
import org.maillage.core.PageRequest;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposes a small working group for a problem: greedy weighted set cover over the ranked candidates, with the
 * sector mix satisfied first and cohesion (proximity, existing ties) carried by each candidate's match score, in
 * the spirit of team formation in networks (Lappas, Liu and Terzi, "Finding a team of experts in social networks",
 * KDD 2009). docs/matchmaking.md gives the method and its complexity. Same data, same answer: every tie is broken by
 * the ranking's own order (score, then name, then id).
 */
@Service
@Transactional(readOnly = true)
public class WorkingGroupProposals {

	/** A need counts as covered by a member whose evidence is at least this strong. */
	static final double COVERED = 0.5;

	/** How many ranked candidates the group is chosen from. */
	private static final int CANDIDATES = 150;

	/** How much a candidate's own match score adds to its marginal coverage, so cohesion breaks near-ties. */
	private static final double SCORE_WEIGHT = 0.25;

	/**
	 * How the group is built (catalogue key {@code proposal.method}): greedy weighted set cover with a sector-mix
	 * constraint and a cohesion term, after Lappas, Liu and Terzi, "Finding a team of experts in social networks"
	 * (KDD 2009); within H(m) ≤ 1 + ln m of the smallest covering group (Chvátal 1979).
	 */
	static final Message METHOD = Message.of("proposal.method", CANDIDATES, COVERED, SCORE_WEIGHT);

	private final Matchmaking matchmaking;

	WorkingGroupProposals(Matchmaking matchmaking) {
		this.matchmaking = matchmaking;
	}

	public WorkingGroupProposal propose(String problemId, WorkingGroupOptions options) {
		options.check();
		if (options.territory() != null) {
			this.matchmaking.requireTerritories("options.territory", List.of(options.territory()));
		}
		MatchRequest request = new MatchRequest(problemId, null,
				options.territory() == null ? null : List.of(options.territory()), null, null, Set.copyOf(options.exclude()),
				null);
		ActorMatches ranked = this.matchmaking.match(request, new PageRequest(0, CANDIDATES));
		List<Need> needs = ranked.needs();
		Map<String, ActorMatch> candidates = new LinkedHashMap<>();
		ranked.matches().forEach(match -> candidates.put(match.actorId(), match));
		List<Message> warnings = new ArrayList<>();

		Team team = new Team(needs);
		for (String included : options.include()) {
			if (included.equals(ranked.ownerId())) {
				throw InvalidInputException.of("options.include", "proposal.include.owner");
			}
			ActorMatch match = Optional.ofNullable(candidates.get(included))
				.or(() -> this.matchmaking.matchOne(problemId, included))
				.orElseThrow(() -> new org.maillage.core.NotFoundException("actor", included));
			team.add(match, true, List.of(Message.of("proposal.asked")));
		}
		for (MixRequirement requirement : options.mix()) {
			while (team.count(requirement) < requirement.atLeast() && team.size() < options.maxSize()) {
				Optional<ActorMatch> best = team.best(candidates.values(), requirement::meets);
				if (best.isEmpty()) {
					best = this.matchmaking
						.match(request.ofKind(requirement.kind(), requirement.sector()).excluding(team.ids()),
								new PageRequest(0, 1))
						.matches()
						.stream()
						.findFirst();
				}
				if (best.isEmpty()) {
					warnings.add(Message.of("proposal.mix.missing", requirement.describe()));
					break;
				}
				team.add(best.get(), false, List.of(Message.of("proposal.mix.meets", requirement.describe())));
			}
			if (team.count(requirement) < requirement.atLeast() && team.size() >= options.maxSize()) {
				warnings.add(Message.of("proposal.mix.maxSize", options.maxSize(), requirement.describe()));
			}
		}
		while (team.size() < options.maxSize()) {
			Optional<ActorMatch> best = team.best(candidates.values(), match -> team.gain(match) > 0);
			if (best.isEmpty() || (team.allCovered() && team.size() >= options.minSize())) {
				break;
			}
			team.add(best.get(), false, List.of());
		}
		while (team.size() < options.minSize()) {
			Optional<ActorMatch> next = candidates.values().stream().filter(match -> !team.has(match)).findFirst();
			if (next.isEmpty()) {
				warnings.add(Message.of("proposal.minSize.short", team.size(), options.minSize()));
				break;
			}
			team.add(next.get(), false,
					List.of(Message.of("proposal.minSize.filled", next.get().score(), options.minSize())));
		}

		List<UncoveredNeed> uncovered = uncovered(problemId, team);
		List<MixCheck> mix = options.mix()
			.stream()
			.map(requirement -> new MixCheck(requirement, team.count(requirement) >= requirement.atLeast(),
					team.members().stream().filter(member -> requirement.meets(member.match())).map(ProposedMember::actorId).toList()))
			.toList();
		return new WorkingGroupProposal(problemId, needs, team.members(), team.coverage(), mix, uncovered, METHOD,
				warnings);
	}

	/**
	 * Each need the group leaves uncovered, with the three best actors anywhere that cover it: one ranking on those
	 * needs alone, without the territory, read need by need.
	 */
	private List<UncoveredNeed> uncovered(String problemId, Team team) {
		List<Need> needs = team.uncovered();
		if (needs.isEmpty()) {
			return List.of();
		}
		List<ActorMatch> anywhere = this.matchmaking
			.match(new MatchRequest(problemId, needs, null, null, null, team.ids(), null), new PageRequest(0, CANDIDATES))
			.matches();
		return needs.stream()
			.map(need -> new UncoveredNeed(need, anywhere.stream()
				.filter(match -> match.coverageOf(need).filter(covered -> covered.strength() >= COVERED).isPresent())
				.sorted(Comparator.comparingDouble((ActorMatch match) -> match.coverageOf(need).orElseThrow().strength())
					.reversed())
				.limit(3)
				.toList()))
			.toList();
	}

	/** The group being built, and how well it covers each need. */
	private static final class Team {

		private final List<Need> needs;

		private final double[] best;

		private final List<ProposedMember> members = new ArrayList<>();

		private final Set<String> ids = new HashSet<>();

		Team(List<Need> needs) {
			this.needs = needs;
			this.best = new double[needs.size()];
		}

		int size() {
			return this.members.size();
		}

		boolean has(ActorMatch match) {
			return this.ids.contains(match.actorId());
		}

		Set<String> ids() {
			return Set.copyOf(this.ids);
		}

		List<ProposedMember> members() {
			return List.copyOf(this.members);
		}

		long count(MixRequirement requirement) {
			return this.members.stream().filter(member -> requirement.meets(member.match())).count();
		}

		/** Weighted coverage this candidate would add: how much it raises the best strength of each need. */
		double gain(ActorMatch match) {
			double gain = 0;
			for (NeedCoverage covered : match.coverage()) {
				int index = this.needs.indexOf(covered.need());
				if (index >= 0 && covered.strength() > this.best[index]) {
					gain += (covered.need().essential() ? 2 : 1) * (covered.strength() - this.best[index]);
				}
			}
			return gain;
		}

		/** The candidate with the largest gain plus cohesion; the ranking's order breaks ties. */
		Optional<ActorMatch> best(Iterable<ActorMatch> candidates, java.util.function.Predicate<ActorMatch> eligible) {
			ActorMatch chosen = null;
			double chosenValue = -1;
			for (ActorMatch candidate : candidates) {
				if (has(candidate) || !eligible.test(candidate)) {
					continue;
				}
				double value = gain(candidate) + SCORE_WEIGHT * candidate.score();
				if (value > chosenValue + 1e-9) {
					chosen = candidate;
					chosenValue = value;
				}
			}
			return Optional.ofNullable(chosen);
		}

		void add(ActorMatch match, boolean included, List<Message> why) {
			List<Message> reasons = new ArrayList<>(why);
			for (NeedCoverage covered : match.coverage()) {
				int index = this.needs.indexOf(covered.need());
				if (index < 0 || covered.strength() < COVERED) {
					continue;
				}
				String role = covered.strength() > this.best[index] + 1e-9 && this.best[index] < COVERED
						? "proposal.covers" : "proposal.alsoCovers";
				reasons.add(Message.of(role, covered.need().label(), covered.evidence().get(0).detail()));
				this.best[index] = Math.max(this.best[index], covered.strength());
			}
			for (NeedCoverage covered : match.coverage()) {
				int index = this.needs.indexOf(covered.need());
				if (index >= 0) {
					this.best[index] = Math.max(this.best[index], covered.strength());
				}
			}
			match.signals()
				.stream()
				.filter(signal -> signal.signal() == MatchSignal.PROXIMITY || signal.signal() == MatchSignal.EXISTING_TIES)
				.filter(signal -> signal.score() > 0)
				.forEach(signal -> reasons.add(MatchWording.sentence(signal.reason())));
			this.members.add(new ProposedMember(match.actorId(), reasons, included, match));
			this.ids.add(match.actorId());
		}

		boolean allCovered() {
			for (double strength : this.best) {
				if (strength < COVERED) {
					return false;
				}
			}
			return true;
		}

		List<Need> uncovered() {
			List<Need> uncovered = new ArrayList<>();
			for (int i = 0; i < this.needs.size(); i++) {
				if (this.best[i] < COVERED) {
					uncovered.add(this.needs.get(i));
				}
			}
			return uncovered;
		}

		List<CoverageRow> coverage() {
			List<CoverageRow> rows = new ArrayList<>();
			for (int i = 0; i < this.needs.size(); i++) {
				Need need = this.needs.get(i);
				List<CoverageCell> cells = this.members.stream()
					.map(member -> member.match()
						.coverageOf(need)
						.map(covered -> new CoverageCell(member.actorId(), covered.strength(), covered.evidence()))
						.orElse(new CoverageCell(member.actorId(), 0, List.of())))
					.toList();
				rows.add(new CoverageRow(need, this.best[i] >= COVERED, cells));
			}
			return rows;
		}

	}

	public record WorkingGroupOptions(Integer minSize, Integer maxSize, List<MixRequirement> mix, List<String> include,
			List<String> exclude, String territory) {

		public WorkingGroupOptions {
			minSize = minSize == null ? 3 : minSize;
			maxSize = maxSize == null ? 6 : maxSize;
			mix = mix == null ? List.of() : List.copyOf(mix);
			include = include == null ? List.of() : include.stream().distinct().toList();
			exclude = exclude == null ? List.of() : List.copyOf(exclude);
		}

		public static final WorkingGroupOptions DEFAULTS = new WorkingGroupOptions(null, null, null, null, null, null);

		void check() {
			if (this.minSize < 1 || this.maxSize > 20 || this.minSize > this.maxSize) {
				throw InvalidInputException.of("options", "proposal.size", this.minSize, this.maxSize);
			}
			if (this.include.size() > this.maxSize) {
				throw InvalidInputException.of("options.include", "proposal.include.tooMany", this.maxSize);
			}
			if (this.include.stream().anyMatch(this.exclude::contains)) {
				throw InvalidInputException.of("options.include", "proposal.include.excluded");
			}
			if (this.mix.stream().mapToInt(MixRequirement::atLeast).sum() > this.maxSize) {
				throw InvalidInputException.of("options.mix", "proposal.mix.tooMany", this.maxSize);
			}
			this.mix.forEach(MixRequirement::check);
		}

	}

	/** At least {@code atLeast} members of this kind and/or sector. */
	public record MixRequirement(ActorKind kind, Sector sector, Integer atLeast) {

		public MixRequirement {
			atLeast = atLeast == null ? 1 : atLeast;
		}

		void check() {
			if (this.kind == null && this.sector == null) {
				throw InvalidInputException.of("options.mix", "proposal.mix.empty");
			}
			if (this.atLeast < 1) {
				throw InvalidInputException.of("options.mix", "proposal.mix.atLeast");
			}
		}

		boolean meets(ActorMatch match) {
			return (this.kind == null || this.kind.name().equals(match.kind()))
					&& (this.sector == null || this.sector.name().equals(match.sector()));
		}

		Message describe() {
			Message kind = this.kind == null ? null : Message.of("actor.kind." + this.kind.name());
			Message sector = this.sector == null ? null : Message.of("actor.sector." + this.sector.name());
			return kind != null && sector != null ? Message.of("proposal.requirement.kindSector", this.atLeast, kind, sector)
					: kind != null ? Message.of("proposal.requirement.kind", this.atLeast, kind)
							: Message.of("proposal.requirement.sector", this.atLeast, sector);
		}

	}

	public record ProposedMember(String actorId, List<Message> reasons, boolean included, ActorMatch match) {
	}

	public record CoverageCell(String actorId, double strength, List<Evidence> evidence) {
	}

	public record CoverageRow(Need need, boolean covered, List<CoverageCell> cells) {
	}

	public record MixCheck(MixRequirement requirement, boolean satisfied, List<String> actorIds) {
	}

	public record UncoveredNeed(Need need, List<ActorMatch> candidates) {
	}

	/** @param problemId the problem the group was built for */
	public record WorkingGroupProposal(String problemId, List<Need> needs, List<ProposedMember> members,
			List<CoverageRow> coverage, List<MixCheck> mix, List<UncoveredNeed> uncovered, Message method,
			List<Message> warnings) {
	}

}
