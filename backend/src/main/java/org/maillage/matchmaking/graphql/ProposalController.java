package org.maillage.matchmaking.graphql;

import java.util.List;
import java.util.Map;

import org.maillage.actor.Actor;
import org.maillage.actor.ActorDirectory;
import org.maillage.actor.Problem;
import org.maillage.core.BatchResults;
import org.maillage.core.NotFoundException;
import org.maillage.matchmaking.ConglomerateProposals;
import org.maillage.matchmaking.ConglomerateProposals.ConglomerateProposal;
import org.maillage.matchmaking.ConglomerateProposals.ConversionCandidate;
import org.maillage.matchmaking.WorkingGroupProposals;
import org.maillage.matchmaking.WorkingGroupProposals.ProposedMember;
import org.maillage.matchmaking.WorkingGroupProposals.WorkingGroupOptions;
import org.maillage.matchmaking.WorkingGroupProposals.WorkingGroupProposal;
import org.maillage.territory.Territories;
import org.maillage.territory.Territory;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code proposeWorkingGroup} and {@code proposeConglomerate}, with the actors behind them batch-loaded. */
@Controller
class ProposalController {

	private final WorkingGroupProposals workingGroups;

	private final ConglomerateProposals conglomerates;

	private final ActorDirectory directory;

	private final Territories territories;

	ProposalController(WorkingGroupProposals workingGroups, ConglomerateProposals conglomerates,
			ActorDirectory directory, Territories territories) {
		this.workingGroups = workingGroups;
		this.conglomerates = conglomerates;
		this.directory = directory;
		this.territories = territories;
	}

	@QueryMapping
	WorkingGroupProposal proposeWorkingGroup(@Argument String problem, @Argument WorkingGroupOptions options) {
		return this.workingGroups.propose(problem, options == null ? WorkingGroupOptions.DEFAULTS : options);
	}

	@QueryMapping
	ConglomerateProposal proposeConglomerate(@Argument String problem, @Argument String valueChain,
			@Argument String territory) {
		return this.conglomerates.propose(problem, valueChain, territory);
	}

	@SchemaMapping(typeName = "WorkingGroupProposal", field = "problem")
	Problem workingGroupProblem(WorkingGroupProposal proposal) {
		return problem(proposal.problemId());
	}

	@SchemaMapping(typeName = "ConglomerateProposal", field = "problem")
	Problem conglomerateProblem(ConglomerateProposal proposal) {
		return problem(proposal.problemId());
	}

	@SchemaMapping(typeName = "ConglomerateProposal", field = "territory")
	Territory territory(ConglomerateProposal proposal) {
		return proposal.territory() == null ? null : this.territories.find(proposal.territory()).orElse(null);
	}

	@BatchMapping(typeName = "ProposedMember", field = "actor")
	Map<ProposedMember, Actor> memberActor(List<ProposedMember> members) {
		return BatchResults.byKey(members, ProposedMember::actorId,
				this.directory.byIds(BatchResults.keys(members, ProposedMember::actorId)), null);
	}

	@BatchMapping(typeName = "ConversionCandidate", field = "actor")
	Map<ConversionCandidate, Actor> candidateActor(List<ConversionCandidate> candidates) {
		return BatchResults.byKey(candidates, ConversionCandidate::actorId,
				this.directory.byIds(BatchResults.keys(candidates, ConversionCandidate::actorId)), null);
	}

	private Problem problem(String id) {
		return this.directory.problem(id).orElseThrow(() -> new NotFoundException("problem", id));
	}

}
