package org.maillage.matchmaking;

import java.util.List;
import java.util.Set;

import org.maillage.actor.ActorKind;
import org.maillage.actor.Need;
import org.maillage.actor.Sector;

/**
 * What to rank actors for: a problem (its stated needs, else needs inferred from its text) or needs given directly
 * (given needs replace a problem's own), and who may be proposed.
 *
 * @param territories only actors inside these territories; null for anywhere
 * @param kinds only actors of these kinds; null for any
 * @param sectors only actors of these sectors; null for any
 * @param exclude actors never to propose
 * @param near where proximity is measured from when there is no problem: a territory id
 * @param only only these actors (to score a given actor); null for any
 */
public record MatchRequest(String problemId, List<Need> needs, List<String> territories, List<ActorKind> kinds,
		List<Sector> sectors, Set<String> exclude, String near, Set<String> only) {

	public MatchRequest(String problemId, List<Need> needs, List<String> territories, List<ActorKind> kinds,
			List<Sector> sectors, Set<String> exclude, String near) {
		this(problemId, needs, territories, kinds, sectors, exclude, near, null);
	}

	public MatchRequest {
		needs = needs == null ? List.of() : List.copyOf(needs);
		exclude = exclude == null ? Set.of() : Set.copyOf(exclude);
		territories = territories == null || territories.isEmpty() ? null : List.copyOf(territories);
		kinds = kinds == null || kinds.isEmpty() ? null : List.copyOf(kinds);
		sectors = sectors == null || sectors.isEmpty() ? null : List.copyOf(sectors);
		only = only == null ? null : Set.copyOf(only);
	}

	public static MatchRequest forProblem(String problemId) {
		return new MatchRequest(problemId, null, null, null, null, null, null);
	}

	public MatchRequest within(List<String> territories) {
		return new MatchRequest(this.problemId, this.needs, territories, this.kinds, this.sectors, this.exclude,
				this.near, this.only);
	}

	/** The same request, for actors of this kind and/or sector only (either null for any). */
	public MatchRequest ofKind(ActorKind kind, Sector sector) {
		return new MatchRequest(this.problemId, this.needs, this.territories, kind == null ? null : List.of(kind),
				sector == null ? null : List.of(sector), this.exclude, this.near, this.only);
	}

	public MatchRequest onlyFor(String actorId) {
		return new MatchRequest(this.problemId, this.needs, null, null, null, Set.of(), this.near, Set.of(actorId));
	}

	public MatchRequest excluding(Set<String> more) {
		Set<String> all = new java.util.HashSet<>(this.exclude);
		all.addAll(more);
		return new MatchRequest(this.problemId, this.needs, this.territories, this.kinds, this.sectors, all, this.near,
				this.only);
	}

	public MatchRequest withNeeds(List<Need> needs) {
		return new MatchRequest(this.problemId, needs, this.territories, this.kinds, this.sectors, this.exclude,
				this.near, this.only);
	}

}
