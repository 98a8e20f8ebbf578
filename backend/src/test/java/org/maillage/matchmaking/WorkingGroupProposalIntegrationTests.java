package org.maillage.matchmaking;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.maillage.MaillageIntegrationTest;
import org.maillage.TestCallers;
import org.maillage.actor.ActorKind;
import org.maillage.actor.Sector;
import org.maillage.core.InvalidInputException;
import org.maillage.core.Message;
import org.maillage.matchmaking.WorkingGroupProposals.MixRequirement;
import org.maillage.matchmaking.WorkingGroupProposals.ProposedMember;
import org.maillage.matchmaking.WorkingGroupProposals.WorkingGroupOptions;
import org.maillage.matchmaking.WorkingGroupProposals.WorkingGroupProposal;
import org.maillage.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The options of a working-group proposal: size, mix, actors included or excluded, territory; and bad options. */
@MaillageIntegrationTest
@TestPropertySource(properties = "maillage.test.database=matchmaking-scenarios")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkingGroupProposalIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	WorkingGroupProposals proposals;

	@Autowired
	Matchmaking matchmaking;

	ScenarioTerritory scenario;

	String foodProblem;

	@BeforeAll
	void load() {
		this.scenario = ScenarioTerritory.of(this.context);
		this.foodProblem = this.scenario.problemId(this.scenario.labelled("cantines-vosges-centrales"));
	}

	@BeforeEach
	void signIn() {
		TestCallers.signIn("proposal-facilitator", Role.FACILITATOR);
	}

	@Test
	void includedActorsAreMembersAndExcludedOnesNever() {
		WorkingGroupProposal first = this.proposals.propose(this.foodProblem, WorkingGroupOptions.DEFAULTS);
		String excluded = first.members().get(0).actorId();
		String included = this.scenario.id("plateforme-paysanne-vosgienne");
		WorkingGroupProposal proposal = this.proposals.propose(this.foodProblem,
				new WorkingGroupOptions(2, 4, null, List.of(included), List.of(excluded), null));
		assertThat(proposal.members()).hasSizeBetween(2, 4);
		assertThat(proposal.members()).extracting(ProposedMember::actorId).contains(included).doesNotContain(excluded);
		assertThat(proposal.members()).filteredOn(ProposedMember::included)
			.singleElement()
			.satisfies(member -> assertThat(member.reasons()).contains(Message.of("proposal.asked")));
	}

	@Test
	void aSectorRequirementIsMetOrSaidUnmet() {
		WorkingGroupProposal proposal = this.proposals.propose(this.foodProblem, new WorkingGroupOptions(3, 5,
				List.of(new MixRequirement(null, Sector.NON_PROFIT, 1), new MixRequirement(ActorKind.TRAINING_BODY, null, 1)),
				null, null, "departement:88"));
		assertThat(proposal.mix()).allSatisfy(check -> {
			assertThat(check.satisfied()).isEqualTo(!check.actorIds().isEmpty());
			if (!check.satisfied()) {
				assertThat(proposal.warnings()).anyMatch(warning -> warning.key().startsWith("proposal.mix."));
			}
		});
		assertThat(proposal.members()).allSatisfy(member -> assertThat(
				this.scenario.communes.get(this.scenario.keys.get(member.actorId()))).startsWith("88"));
	}

	@Test
	void aTerritoryThatDoesNotExistIsAnErrorNotAnEmptyRanking() {
		assertThatThrownBy(() -> this.matchmaking.match(new MatchRequest(this.foodProblem, null, List.of("region:00"),
				null, null, null, null), new org.maillage.core.PageRequest(0, 5)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("filter.territories")
			.hasMessageContaining("region:00");
	}

	@Test
	void impossibleOptionsAreRefusedWithTheirReason() {
		assertThatThrownBy(() -> this.proposals.propose(this.foodProblem,
				new WorkingGroupOptions(5, 3, null, null, null, null)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("proposal.size");
		String actor = this.scenario.id("frigotrans-vosges");
		assertThatThrownBy(() -> this.proposals.propose(this.foodProblem,
				new WorkingGroupOptions(null, null, null, List.of(actor), List.of(actor), null)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("proposal.include.excluded");
		assertThatThrownBy(() -> this.proposals.propose(this.foodProblem, new WorkingGroupOptions(1, 2,
				List.of(new MixRequirement(ActorKind.COMPANY, null, 3)), null, null, null)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("proposal.mix.tooMany");
		assertThatThrownBy(() -> this.proposals.propose(this.foodProblem,
				new WorkingGroupOptions(null, null, null, null, null, "departement:999")))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("options.territory")
			.hasMessageContaining("departement:999");
		assertThatThrownBy(() -> this.proposals.propose(this.foodProblem, new WorkingGroupOptions(null, null, null,
				List.of(this.scenario.id("cantines-vosges-centrales")), null, null)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("proposal.include.owner");
	}

}
