package org.maillage.matchmaking;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.maillage.MaillageIntegrationTest;
import org.maillage.TestActors;
import org.maillage.TestCallers;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A need many actors meet counts for its nearest holders, looked for in the problem's département first, then its
 * région, then everywhere (MatchQueries.nearFirst, nearFirstTrade): nearest within the first of these places that holds enough, even
 * when a holder next door, across the département's border, is nearer than some. With 10 candidates per need: the département's holders are read
 * alone once it holds 10 the caller may see; items hidden from the caller never make that choice; a request narrowed
 * to some kinds of actor still finds its holders anywhere. "Problems I could help with" turns it round: the problems
 * stating a need an actor meets are looked for in the actor's département first (HelpQueries, migration V0039).
 */
@MaillageIntegrationTest
@TestPropertySource(properties = "maillage.matchmaking.candidates-per-need=10")
class NearHoldersFirstIntegrationTests extends MemberRankingTests {

	private static final String RANKING = """
			query($problem: ID!, $kinds: [ActorKind!]) {
			  matchActors(problem: $problem, filter: {kinds: $kinds}, first: 50) { edges { node { actor { name } } } }
			}""";

	@Test
	void aNeedManyMeetIsLookedForInTheProblemsDepartementFirst() {
		signInAsMember();
		String owner = register("Motoriste", "COMPANY", "57463", 49.12, 6.18);
		String problem = this.graphQl.document("""
				mutation($actorId: ID!, $title: String!) { addProblem(input: {actorId: $actorId, title: $title,
				  category: SUPPLY, visibility: PUBLIC, needs: [{kind: EQUIPMENT_CATEGORY, value: "ADDITIVE_MANUFACTURING"},
				  {kind: TOPIC, value: "Impression 3D partagée"}]}) { problem { id } } }""")
			.variable("actorId", owner)
			// no word of the holders' names or items: they are candidates by their equipment and topic alone
			.variable("title", "Fabrication additive")
			.execute()
			.path("addProblem.problem.id")
			.entity(String.class)
			.get();
		// Nine public holders in Moselle, one hidden from the public, and a research lab in Nancy (Meurthe-et-Moselle)
		for (int i = 0; i < 9; i++) {
			holder("Mosellan " + i, "COMPANY", "57463", 49.10 + i * 0.01, 6.17, "PUBLIC");
		}
		holder("Discret", "COMPANY", "57463", 49.11, 6.19, "MEMBERS");
		holder("Laboratoire nancéien", "RESEARCH_LAB", "54395", 48.69, 6.18, "PUBLIC");

		TestCallers.signOut();
		assertThat(matchNames(problem, null)).as("nine the public may see in Moselle: its région is read")
			.contains("Laboratoire nancéien").doesNotContain("Discret").hasSize(10);

		signInAsMember();
		// in the east of Moselle, 90 km away, where the lab in Nancy is 48 km away
		holder("Mosellan 9", "COMPANY", "57463", 49.05, 7.40, "PUBLIC");
		TestCallers.signOut();
		assertThat(matchNames(problem, null)).as("ten in Moselle: the département is read alone")
			.contains("Mosellan 9").doesNotContain("Laboratoire nancéien").hasSize(10);
		assertThat(matchNames(problem, List.of("RESEARCH_LAB"))).as("research labs only: read everywhere")
			.containsExactly("Laboratoire nancéien");
	}

	@Test
	void aTradesHoldersAreLookedForInTheProblemsDepartementFirst() {
		signInAsMember();
		String owner = register("Horloger", "COMPANY", "57463", 49.12, 6.18);
		String problem = TestActors.addProblem(this.graphQl, owner, Map.of("title", "Sous-traitance", "category",
				"SUPPLY", "needs", List.of(Map.of("kind", "TRADE", "value", "32.13Z"))));
		// Nine jewellers in Moselle, and a research lab in Nancy (Meurthe-et-Moselle) filed under the same trade
		for (int i = 0; i < 9; i++) {
			tradeHolder("Bijoutier " + i, "COMPANY", "57463", 49.10 + i * 0.01, 6.17);
		}
		tradeHolder("Laboratoire des alliages", "RESEARCH_LAB", "54395", 48.69, 6.18);
		assertThat(mine(matchNames(problem, null))).as("nine in Moselle: its région is read")
			.contains("Laboratoire des alliages").hasSize(10);

		// in the east of Moselle, 90 km away, where the lab in Nancy is 48 km away
		tradeHolder("Bijoutier 9", "COMPANY", "57463", 49.05, 7.40);
		assertThat(mine(matchNames(problem, null))).as("ten in Moselle: the département is read alone")
			.contains("Bijoutier 9").doesNotContain("Laboratoire des alliages").hasSize(10);
		assertThat(mine(matchNames(problem, List.of("RESEARCH_LAB")))).as("research labs only: read everywhere")
			.containsExactly("Laboratoire des alliages");
	}

	@Test
	void theProblemsAnActorCouldHelpWithAreLookedForInItsDepartementFirst() {
		signInAsMember();
		// a topic of this test's own: no other test's problem needs it
		String topic = "Vitrail " + ownWord("plomb");
		String helper = register("Vitrailliste", "COMPANY", "57463", 49.12, 6.18);
		this.graphQl.document("""
				mutation($input: SetTopicInterestInput!) { setTopicInterest(input: $input) { interest { version } } }""")
			.variable("input", Map.of("actorId", helper, "topic", topic, "visibility", "PUBLIC"))
			.execute()
			.errors()
			.verify();
		// Nine public problems of actors in Moselle, one the public may not see, and one of an actor in Nancy
		for (int i = 0; i < 9; i++) {
			problemNeeding(topic, "Mosellan " + i, "57463", 49.10 + i * 0.01, 6.17, "PUBLIC");
		}
		problemNeeding(topic, "Discret", "57463", 49.11, 6.19, "MEMBERS");
		problemNeeding(topic, "Nancéien", "54395", 48.69, 6.18, "PUBLIC");

		TestCallers.signOut();
		assertThat(problemTitlesFor(helper)).as("nine the public may see in Moselle: its région is read")
			.contains("Nancéien").doesNotContain("Discret").hasSize(10);

		signInAsMember();
		assertThat(problemTitlesFor(helper)).as("its member sees ten in Moselle: the département is read alone")
			.contains("Discret").doesNotContain("Nancéien").hasSize(10);
		// in the east of Moselle, 90 km away, where Nancy is 48 km away
		problemNeeding(topic, "Mosellan 9", "57463", 49.05, 7.40, "PUBLIC");
		TestCallers.signOut();
		assertThat(problemTitlesFor(helper)).as("ten the public may see in Moselle: the département is read alone")
			.contains("Mosellan 9").doesNotContain("Nancéien", "Discret").hasSize(10);
	}

	/** Registers an actor there with a problem of this title and visibility, needing the topic. */
	private void problemNeeding(String topic, String title, String commune, double latitude, double longitude,
			String visibility) {
		String owner = register("Verrier " + title, "COMPANY", commune, latitude, longitude);
		addProblem(owner, Map.of("title", title + " " + this.run, "category", "SUPPLY", "visibility", visibility,
				"needs", List.of(Map.of("kind", "TOPIC", "value", topic))));
	}

	/** This test's actors only: other tests' may hold neighbouring trades. */
	private List<String> mine(List<String> names) {
		return names.stream().filter(name -> name.startsWith("Bijoutier") || name.startsWith("Laboratoire des")).toList();
	}

	private void tradeHolder(String name, String kind, String commune, double latitude, double longitude) {
		this.graphQl.document("""
				mutation($input: RegisterActorInput!) { registerActor(input: $input) { actor { id } } }""")
			.variable("input", Map.of("kind", kind, "sector", "PRIVATE", "name", name + " " + this.run, "commune", commune,
					"location", Map.of("latitude", latitude, "longitude", longitude), "coreTrades", List.of("32.13Z")))
			.execute()
			.errors()
			.verify();
	}

	private List<String> matchNames(String problem, List<String> kinds) {
		return this.graphQl.document(RANKING)
			.variable("problem", problem)
			.variable("kinds", kinds)
			.execute()
			.path("matchActors.edges[*].node.actor.name")
			.entityList(String.class)
			.get()
			.stream()
			.map(name -> name.replace(" " + this.run, ""))
			.toList();
	}

	private void holder(String name, String kind, String commune, double latitude, double longitude,
			String visibility) {
		String actor = register(name, kind, commune, latitude, longitude);
		addEquipmentAndInterest(actor, "ADDITIVE_MANUFACTURING", "Impression 3D partagée", visibility);
	}

	private String register(String name, String kind, String commune, double latitude, double longitude) {
		return this.graphQl.document("""
				mutation($input: RegisterActorInput!) { registerActor(input: $input) { actor { id } } }""")
			.variable("input", Map.of("kind", kind, "sector", "PRIVATE", "name", name + " " + this.run, "commune", commune,
					"location", Map.of("latitude", latitude, "longitude", longitude)))
			.execute()
			.path("registerActor.actor.id")
			.entity(String.class)
			.get();
	}

}
