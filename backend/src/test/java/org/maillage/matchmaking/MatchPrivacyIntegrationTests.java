package org.maillage.matchmaking;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.maillage.MaillageIntegrationTest;
import org.maillage.TestCallers;
import org.maillage.actor.NeedKind;
import org.maillage.core.PageRequest;
import org.maillage.security.MembershipRole;
import org.maillage.security.Memberships;
import org.maillage.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A ranking never uses what the caller may not see: the scenario set's FACILITATORS-only cold room counts for
 * facilitators and not for the public; the PRIVATE rare-earth know-how counts only for its actor's own members.
 */
@MaillageIntegrationTest
@TestPropertySource(properties = "maillage.test.database=matchmaking-scenarios")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchPrivacyIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Matchmaking matchmaking;

	@Autowired
	Memberships memberships;

	ScenarioTerritory scenario;

	@BeforeAll
	void load() {
		this.scenario = ScenarioTerritory.of(this.context);
	}

	@Test
	void equipmentSharedWithFacilitatorsRanksForThemOnly() {
		String problem = this.scenario.problemId(this.scenario.labelled("cantines-vosges-centrales"));
		String wholesaler = this.scenario.id("fleurs-grossiste-dogneville");

		ActorMatch asPublic = this.matchmaking.matchOne(problem, wholesaler).orElseThrow();
		assertThat(coldStorage(asPublic)).isEmpty();
		assertThat(asPublic.explanation()).noneMatch(line -> line.toString().contains("Chambres froides"));
		assertThat(ranked(problem)).doesNotContain(wholesaler);

		TestCallers.signIn("privacy-facilitator", Role.FACILITATOR);
		ActorMatch asFacilitator = this.matchmaking.matchOne(problem, wholesaler).orElseThrow();
		assertThat(coldStorage(asFacilitator)).singleElement()
			.satisfies(covered -> assertThat(covered.evidence()).anyMatch(e -> e.label().equals("Chambres froides positives")));
		assertThat(asFacilitator.score()).isGreaterThan(asPublic.score());
	}

	@Test
	void privateKnowHowRanksOnlyForTheActorsOwnMembers() {
		String problem = this.scenario.problemId(this.scenario.labelled("electromoteurs-nied"));
		String pharma = this.scenario.id("principes-actifs-sarrebourg");

		TestCallers.signIn("privacy-facilitator", Role.FACILITATOR);
		ActorMatch asFacilitator = this.matchmaking.matchOne(problem, pharma).orElseThrow();
		assertThat(asFacilitator.coverage()).noneMatch(covered -> covered.evidence().stream()
			.anyMatch(evidence -> evidence.label().contains("lanthanides")));
		assertThat(ranked(problem)).doesNotContain(pharma);

		org.maillage.security.SystemCaller.run(() -> {
			this.memberships.addMemberAsSystem("privacy-pharma-member", "privacy-pharma-member",
					"privacy-pharma-member@example.org", pharma, MembershipRole.EDITOR);
			return null;
		});
		TestCallers.signIn("privacy-pharma-member");
		ActorMatch asMember = this.matchmaking.matchOne(problem, pharma).orElseThrow();
		assertThat(asMember.coverage()).anyMatch(covered -> covered.evidence().stream()
			.anyMatch(evidence -> evidence.label().contains("lanthanides")));
	}

	@Test
	void theProblemsOwnActorNeverMatchesItself() {
		for (ScenarioTerritory.Labelled labelled : this.scenario.problems) {
			assertThat(this.matchmaking.match(MatchRequest.forProblem(this.scenario.problemId(labelled)),
					new PageRequest(0, 100)).matches())
				.noneMatch(match -> match.actorId().equals(this.scenario.id(labelled.owner())));
		}
	}

	@Test
	void aHiddenProblemCannotBeMatched() {
		String members = this.scenario.problemId("electromoteurs-nied", "Recrutement");
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.matchmaking.match(MatchRequest.forProblem(members), new PageRequest(0, 5)))
			.isInstanceOf(org.maillage.core.NotFoundException.class);
	}

	private List<String> ranked(String problem) {
		return this.matchmaking.match(MatchRequest.forProblem(problem), new PageRequest(0, 10))
			.matches()
			.stream()
			.map(ActorMatch::actorId)
			.toList();
	}

	private static List<NeedCoverage> coldStorage(ActorMatch match) {
		return match.coverage()
			.stream()
			.filter(covered -> covered.need().kind() == NeedKind.EQUIPMENT_CATEGORY
					&& covered.need().value().equals("COLD_STORAGE"))
			.toList();
	}

}
