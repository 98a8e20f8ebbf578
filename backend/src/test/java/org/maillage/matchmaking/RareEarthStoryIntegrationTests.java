package org.maillage.matchmaking;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.maillage.MaillageIntegrationTest;
import org.maillage.TestCallers;
import org.maillage.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The brief's rare-earth story through the GraphQL API, on the scenario territory: a car-industry supplier cannot
 * source rare earths; a facilitator finds who could help, proposes a working group with the mix the region wants,
 * then a conglomerate along the rare-earth magnet recycling chain, where the foundry with idle furnaces and the
 * reconditioning start-up with unprocessed stock show up as conversion candidates, each with its reason.
 */
@MaillageIntegrationTest
@TestPropertySource(properties = "maillage.test.database=matchmaking-scenarios")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RareEarthStoryIntegrationTests {

	private static final String GRAND_EST = "region:44";

	@Autowired
	ApplicationContext context;

	@Autowired
	GraphQlTester graphQl;

	ScenarioTerritory scenario;

	String problem;

	@BeforeAll
	void load() {
		this.scenario = ScenarioTerritory.of(this.context);
		this.problem = this.scenario.problemId(this.scenario.labelled("electromoteurs-nied"));
	}

	@BeforeEach
	void signIn() {
		TestCallers.signIn("story-facilitator", Role.FACILITATOR);
	}

	@Test
	void matchesExplainEveryScore() {
		List<Map<String, Object>> matches = this.graphQl.document("""
				query($p: ID!) { matchActors(problem: $p, first: 10) {
				  totalCount needs { kind value label essential inferred } weights { signal weight }
				  edges { node { score actor { id name } explanation
				    signals { signal score weight contribution reason }
				    coverage { need { kind value } strength evidence { kind itemId label detail } } } } } }""")
			.variable("p", this.problem)
			.execute()
			.path("matchActors.edges[*].node")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(matches).hasSize(10);
		assertThat(keys(matches, "actor")).contains("labo-separation-terres-rares", "fonderie-uckange");
		for (Map<String, Object> match : matches) {
			List<Map<String, Object>> signals = list(match, "signals");
			assertThat(signals.stream().map(signal -> (String) signal.get("signal")).toList()).containsExactly("NEED_COVERAGE", "TEXT_RELEVANCE", "WILLINGNESS", "PROXIMITY", "EXISTING_TIES");
			double total = signals.stream().mapToDouble(signal -> ((Number) signal.get("contribution")).doubleValue()).sum();
			assertThat(((Number) match.get("score")).doubleValue()).isCloseTo(total, org.assertj.core.data.Offset.offset(0.01));
			assertThat(signals).allSatisfy(signal -> assertThat((String) signal.get("reason")).isNotBlank());
			assertThat(strings(match, "explanation")).isNotEmpty();
			for (Map<String, Object> covered : list(match, "coverage")) {
				assertThat(list(covered, "evidence")).isNotEmpty()
					.allSatisfy(evidence -> assertThat((String) evidence.get("detail")).isNotBlank());
			}
		}
		List<Double> scores = matches.stream().map(match -> ((Number) match.get("score")).doubleValue()).toList();
		assertThat(scores).isSortedAccordingTo(java.util.Comparator.reverseOrder());
	}

	/**
	 * Each ranking reads its page's profiles in its own transaction: two rankings in one request must each show their
	 * own actors, the same as when asked alone.
	 */
	@Test
	void twoRankingsInOneRequestShowEachItsOwnActors() {
		String both = """
				query($p: ID!, $needs: [NeedInput!]) {
				  byProblem: matchActors(problem: $p, first: 5) { edges { node { actor { id name } } } }
				  byNeed: matchActors(needs: $needs, first: 5) { edges { node { actor { id name } } } } }""";
		Map<String, Object> need = Map.of("kind", "KNOW_HOW", "value", "formation soudage");
		var answer = this.graphQl.document(both).variable("p", this.problem).variable("needs", List.of(need)).execute();
		List<Map<String, Object>> byProblem = actors(answer, "byProblem");
		List<Map<String, Object>> byNeed = actors(answer, "byNeed");
		assertThat(byProblem).hasSize(5).allSatisfy(actor -> assertThat((String) actor.get("name")).isNotBlank());
		assertThat(byNeed).isNotEmpty().allSatisfy(actor -> assertThat((String) actor.get("name")).isNotBlank());
		assertThat(byNeed).isNotEqualTo(byProblem);
		assertThat(byProblem).isEqualTo(actors(this.graphQl.document("""
				query($p: ID!) { byProblem: matchActors(problem: $p, first: 5) { edges { node { actor { id name } } } } }""")
			.variable("p", this.problem)
			.execute(), "byProblem"));
		assertThat(byNeed).isEqualTo(actors(this.graphQl.document("""
				query($needs: [NeedInput!]) { byNeed: matchActors(needs: $needs, first: 5) { edges { node { actor { id name } } } } }""")
			.variable("needs", List.of(need))
			.execute(), "byNeed"));
	}

	private static List<Map<String, Object>> actors(GraphQlTester.Response answer, String field) {
		return answer.path(field + ".edges[*].node.actor")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	@Test
	void theProposedWorkingGroupHasTheMixAndCoversEveryCoverableNeed() {
		Map<String, Object> proposal = proposeGroup();
		List<Map<String, Object>> members = list(proposal, "members");
		assertThat(members).hasSizeBetween(3, 6);
		assertThat(members).allSatisfy(member -> assertThat(strings(member, "reasons")).isNotEmpty());
		Set<String> kinds = new HashSet<>();
		members.forEach(member -> kinds.add((String) ((Map<?, ?>) member.get("actor")).get("kind")));
		assertThat(kinds).contains("PUBLIC_BODY", "RESEARCH_LAB", "COMPANY");
		assertThat(list(proposal, "mix")).allSatisfy(check -> assertThat(check.get("satisfied")).isEqualTo(true));
		assertThat(members).allSatisfy(member -> assertThat(
				this.scenario.inGrandEst(this.scenario.keys.get(((Map<?, ?>) member.get("actor")).get("id")))).isTrue());

		// Every need some actor of the region could cover is covered by a member; the others are listed with
		// candidates from anywhere.
		List<Map<String, Object>> rows = list(proposal, "coverage");
		assertThat(rows).hasSize(list(proposal, "needs").size());
		for (Map<String, Object> row : rows) {
			Map<?, ?> need = (Map<?, ?>) row.get("need");
			assertThat(list(row, "cells")).hasSize(members.size());
			boolean coverable = coverableInGrandEst(need);
			if (coverable) {
				assertThat(row.get("covered")).as("need %s", need).isEqualTo(true);
			}
			else {
				assertThat(list(proposal, "uncovered")).anySatisfy(uncovered ->
						assertThat(((Map<?, ?>) uncovered.get("need")).get("value")).isEqualTo(need.get("value")));
			}
		}
		assertThat((String) proposal.get("method")).contains("Lappas", "O(k·n·m)");
		assertThat(proposeGroup()).as("same data, same answer").isEqualTo(proposal);
	}

	@Test
	void theConglomerateShowsWhoCanDoEachStepAndWhoCouldConvert() {
		Map<String, Object> conglomerate = this.graphQl.document("""
				query($p: ID!) { proposeConglomerate(problem: $p, valueChain: "rare-earth-magnet-recycling", territory: "region:44") {
				  territory { name } valueChain { name steps { rank name } } gaps { name } method
				  steps { step { rank name needs { kind value essential } } uncoveredNeeds { value }
				    ableNow { score actor { id name } explanation }
				    conversionCandidates { score reasons actor { id name } evidence { kind label detail } } } } }""")
			.variable("p", this.problem)
			.execute()
			.path("proposeConglomerate")
			.entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		List<Map<String, Object>> steps = list(conglomerate, "steps");
		assertThat(steps.stream().map(step -> (String) ((Map<?, ?>) step.get("step")).get("name")).toList()).containsExactly("Collecte", "Démantèlement", "Séparation et raffinage", "Fabrication d'alliages et d'aimants",
					"Usage");
		Set<String> converting = new HashSet<>();
		for (Map<String, Object> step : steps) {
			for (Map<String, Object> candidate : list(step, "conversionCandidates")) {
				converting.add(this.scenario.keys.get(((Map<?, ?>) candidate.get("actor")).get("id")));
				assertThat(strings(candidate, "reasons")).isNotEmpty();
			}
			for (Map<String, Object> able : list(step, "ableNow")) {
				assertThat(this.scenario.inGrandEst(this.scenario.keys.get(((Map<?, ?>) able.get("actor")).get("id"))))
					.isTrue();
			}
		}
		assertThat(converting).contains("fonderie-uckange");
		assertThat(candidateReasons(steps, "fonderie-uckange")).anyMatch(reason -> reason.contains("capacity to spare"));
		// the reconditioning start-up already takes motors and hard drives apart and pulls their magnets out: two of
		// the step's words in its know-how, so it can dismantle now rather than convert to it
		assertThat(ableNowIn(steps, "Démantèlement")).contains("seconde-vie-electro");
		assertThat(ableNowIn(steps, "Séparation et raffinage")).contains("labo-separation-terres-rares");
	}

	@Test
	void theFacilitatorTurnsTheProposalIntoAConglomerate() {
		List<Map<String, Object>> steps = list(this.graphQl.document("""
				query($p: ID!) { proposeConglomerate(problem: $p, valueChain: "rare-earth-magnet-recycling", territory: "region:44") {
				  steps { step { name } ableNow { actor { id } explanation } } } }""")
			.variable("p", this.problem)
			.execute()
			.path("proposeConglomerate")
			.entity(Map.class)
			.get(), "steps");
		List<Map<String, Object>> participants = new java.util.ArrayList<>();
		Set<String> invited = new HashSet<>();
		for (Map<String, Object> step : steps) {
			for (Map<String, Object> able : list(step, "ableNow")) {
				String actorId = (String) ((Map<?, ?>) able.get("actor")).get("id");
				if (invited.add(actorId)) {
					participants.add(Map.of("actorId", actorId, "step", ((Map<?, ?>) step.get("step")).get("name"),
							"reason", strings(able, "explanation").get(0)));
				}
			}
		}
		assertThat(participants).isNotEmpty();
		String create = """
				mutation($input: CreateWorkingGroupInput!) { createWorkingGroup(input: $input) { workingGroup {
				  id kind status valueChain { id name } problems { id } participants { actor { id } step status reason } } } }""";
		Map<String, Object> input = Map.of("kind", "CONGLOMERATE", "name", "Boucle locale des aimants",
				"problems", List.of(this.problem), "valueChain", "rare-earth-magnet-recycling", "participants", participants);
		Map<String, Object> group = this.graphQl.document(create)
			.variable("input", input)
			.execute()
			.path("createWorkingGroup.workingGroup")
			.entity(Map.class)
			.get();
		assertThat(group).containsEntry("status", "PROPOSED").containsEntry("kind", "CONGLOMERATE");
		assertThat(((Map<?, ?>) group.get("valueChain")).get("id")).isEqualTo("rare-earth-magnet-recycling");
		assertThat(list(group, "participants")).hasSameSizeAs(participants)
			.allSatisfy(participant -> assertThat(participant.get("status")).isEqualTo("INVITED"))
			.allSatisfy(participant -> assertThat((String) participant.get("step")).isNotBlank());

		Map<String, Object> wrongStep = Map.of("kind", "CONGLOMERATE", "name", "Étape inconnue", "problems",
				List.of(this.problem), "valueChain", "rare-earth-magnet-recycling", "participants",
				List.of(Map.of("actorId", participants.get(0).get("actorId"), "step", "Vente de glaces")));
		this.graphQl.document(create).variable("input", wrongStep).execute().errors().satisfy(errors ->
				assertThat(errors).anySatisfy(error -> {
					assertThat(error.getErrorType()).hasToString("BAD_REQUEST");
					assertThat(error.getMessage()).contains("value chain’s steps");
				}));
	}

	private Map<String, Object> proposeGroup() {
		return this.graphQl.document("""
				query($p: ID!, $t: ID!) { proposeWorkingGroup(problem: $p, options: { territory: $t, minSize: 3, maxSize: 6,
				    mix: [{kind: PUBLIC_BODY}, {kind: RESEARCH_LAB}, {kind: COMPANY}] }) {
				  problem { title } needs { kind value label essential }
				  members { actor { id name kind } reasons included match { score } }
				  coverage { need { kind value } covered cells { actorId strength evidence { label } } }
				  mix { requirement { kind sector atLeast } satisfied actorIds }
				  uncovered { need { kind value } candidates { actor { id name } score } }
				  method warnings } }""")
			.variable("p", this.problem)
			.variable("t", GRAND_EST)
			.execute()
			.path("proposeWorkingGroup")
			.entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	private boolean coverableInGrandEst(Map<?, ?> need) {
		List<Map<String, Object>> best = this.graphQl.document("""
				query($needs: [NeedInput!], $t: [ID!]) { matchActors(needs: $needs, filter: { territories: $t }, first: 20) {
				  edges { node { actor { id } coverage { strength } } } } }""")
			.variable("needs", List.of(Map.of("kind", need.get("kind"), "value", need.get("value"))))
			.variable("t", List.of(GRAND_EST))
			.execute()
			.path("matchActors.edges[*].node")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		String owner = this.scenario.id("electromoteurs-nied");
		return best.stream()
			.filter(match -> !owner.equals(((Map<?, ?>) match.get("actor")).get("id")))
			.flatMap(match -> list(match, "coverage").stream())
			.anyMatch(covered -> ((Number) covered.get("strength")).doubleValue() >= WorkingGroupProposals.COVERED);
	}

	private List<String> candidateReasons(List<Map<String, Object>> steps, String key) {
		return steps.stream()
			.flatMap(step -> list(step, "conversionCandidates").stream())
			.filter(candidate -> key.equals(this.scenario.keys.get(((Map<?, ?>) candidate.get("actor")).get("id"))))
			.flatMap(candidate -> strings(candidate, "reasons").stream())
			.toList();
	}

	private List<String> ableNowIn(List<Map<String, Object>> steps, String stepName) {
		return steps.stream()
			.filter(step -> stepName.equals(((Map<?, ?>) step.get("step")).get("name")))
			.flatMap(step -> list(step, "ableNow").stream())
			.map(able -> this.scenario.keys.get(((Map<?, ?>) able.get("actor")).get("id")))
			.toList();
	}

	private List<String> keys(List<Map<String, Object>> matches, String field) {
		return matches.stream().map(match -> this.scenario.keys.get(((Map<?, ?>) match.get(field)).get("id"))).toList();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Map<?, ?> map, String key) {
		return (List<Map<String, Object>>) map.get(key);
	}

	@SuppressWarnings("unchecked")
	private static List<String> strings(Map<?, ?> map, String key) {
		return (List<String>) map.get(key);
	}

}
