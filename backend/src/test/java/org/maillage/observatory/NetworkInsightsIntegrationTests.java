package org.maillage.observatory;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.maillage.MaillageIntegrationTest;
import org.maillage.TestActors;
import org.maillage.TestCallers;
import org.maillage.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The collaboration network of Tarn-et-Garonne, where no other test registers actors: a chain of topics and a working
 * group, its brokers, bridges and isolated actors, and links hidden from an audience that links nobody for it.
 */
@MaillageIntegrationTest
class NetworkInsightsIntegrationTests {

	private static final String NETWORK = """
			query($territory: ID!) { networkInsights(territory: $territory) { actors connected links brokersComputed
			  brokers { actor { name } betweenness communities } communities { size members { name } sharing }
			  isolatedCount isolated { name } bridges { from { name } to { name } via } cutActors { name } method } }""";

	@Autowired
	GraphQlTester graphQl;

	private static boolean registered;

	@BeforeEach
	void registerTarnEtGaronne() {
		if (registered) {
			return;
		}
		TestCallers.signIn("network-owner", Role.MEMBER);
		actor("Arrosage Albert", "82121", "{topic: \"Irrigation\", visibility: PUBLIC}");
		actor("Bassins Bernard", "82121", "{topic: \"Irrigation\", visibility: PUBLIC}");
		actor("Canaux Castel", "82033", "{topic: \"Irrigation\", visibility: PUBLIC}, {topic: \"Agrivoltaïsme\", visibility: PUBLIC}");
		String d = actor("Domaine Delmas", "82121", "{topic: \"Agrivoltaïsme\", visibility: PUBLIC}");
		String e = actor("Élevage Estève", "82033", "{topic: \"Semences paysannes\", visibility: PRIVATE}");
		actor("Ferme Fabre", "82121", "{topic: \"Semences paysannes\", visibility: PRIVATE}, {topic: \"Compost\", visibility: FACILITATORS}");
		actor("Grange Gary", "82033", "{topic: \"Compost\", visibility: FACILITATORS}");
		String problem = TestActors.addProblem(this.graphQl, d, Map.of("title", "Ombrage des vergers"));

		TestCallers.signIn("network-facilitator", Role.FACILITATOR);
		String group = this.graphQl.document("""
				mutation($problem: ID!, $d: ID!, $e: ID!) { createWorkingGroup(input: {name: "Vergers ombragés",
				  purpose: "Essayer l'agrivoltaïsme", problems: [$problem], visibility: PUBLIC,
				  participants: [{actorId: $d}, {actorId: $e}]}) { workingGroup { id } } }""")
			.variable("problem", problem)
			.variable("d", d)
			.variable("e", e)
			.execute()
			.path("createWorkingGroup.workingGroup.id")
			.entity(String.class)
			.get();
		TestCallers.signIn("network-owner", Role.MEMBER);
		for (String actor : List.of(d, e)) {
			this.graphQl.document("""
					mutation($id: ID!, $actor: ID!) { answerWorkingGroupInvitation(input: {id: $id, actorId: $actor,
					  accept: true}) { workingGroup { id } } }""")
				.variable("id", group)
				.variable("actor", actor)
				.execute()
				.path("answerWorkingGroupInvitation.workingGroup.id")
				.hasValue();
		}
		TestCallers.signOut();
		registered = true;
	}

	@Test
	void aChainOfTopicsAndAGroupHasItsBrokersBridgesAndIsolatedActors() {
		Map<String, Object> network = network();
		assertThat(network).containsEntry("actors", 7).containsEntry("connected", 5).containsEntry("links", 5)
			.containsEntry("brokersComputed", true).containsEntry("isolatedCount", 2);
		assertThat(names(network.get("isolated"))).containsExactly("Ferme Fabre", "Grange Gary");
		// Canaux Castel joins the irrigation triangle to the rest, Domaine Delmas the working group to Castel
		assertThat(names(network.get("cutActors"))).containsExactly("Canaux Castel", "Domaine Delmas");
		assertThat(brokers(network)).containsExactly("Canaux Castel", "Domaine Delmas");
		assertThat(network.get("bridges")).asList().containsExactlyInAnyOrder(
				Map.of("from", Map.of("name", "Canaux Castel"), "to", Map.of("name", "Domaine Delmas"), "via",
						List.of("Agrivoltaïsme")),
				Map.of("from", Map.of("name", "Domaine Delmas"), "to", Map.of("name", "Élevage Estève"), "via",
						List.of("Vergers ombragés")));
		assertThat(network.get("method")).asString().startsWith("The network links two of the territory’s actors");
	}

	@Test
	void aFacilitatorSeesTheLinkOfAFacilitatorsTopicAndNobodyThatOfAPrivateOne() {
		TestCallers.signIn("network-decision-maker", Role.DECISION_MAKER);
		Map<String, Object> network = network();
		// Compost (FACILITATORS) now links Fabre and Gary; Semences paysannes (PRIVATE) links nobody
		assertThat(network).containsEntry("connected", 7).containsEntry("links", 6).containsEntry("isolatedCount", 0);
		assertThat(network.get("bridges")).asList().hasSize(3);
	}

	@Test
	void aCommuneAndARegionHaveTheirOwnNetworks() {
		// Montauban alone: only the irrigation link between Albert and Bassins is inside it
		Map<String, Object> montauban = network("commune:82121");
		assertThat(montauban).containsEntry("actors", 4).containsEntry("connected", 2).containsEntry("links", 1)
			.containsEntry("isolatedCount", 2);
		assertThat(names(montauban.get("isolated"))).containsExactly("Domaine Delmas", "Ferme Fabre");

		// Occitanie holds the département, and actors of other tests that follow no shared topic
		Map<String, Object> occitanie = network("region:76");
		assertThat((Integer) occitanie.get("actors")).isGreaterThanOrEqualTo(7);
		assertThat(occitanie.get("isolatedCount"))
			.isEqualTo((Integer) occitanie.get("actors") - (Integer) occitanie.get("connected"));
		assertThat(occitanie.get("bridges")).asList().containsAll((List<?>) network("departement:82").get("bridges"));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> network() {
		return network("departement:82");
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> network(String territory) {
		return this.graphQl.document(NETWORK)
			.variable("territory", territory)
			.execute()
			.path("networkInsights")
			.entity(Map.class)
			.get();
	}

	private String actor(String name, String commune, String topics) {
		return TestActors.registerIn(this.graphQl, "COMPANY", "PRIVATE", name, commune, null, "topics: [" + topics + "]");
	}

	@SuppressWarnings("unchecked")
	private static List<String> names(Object actors) {
		return ((List<Map<String, Object>>) actors).stream().map(actor -> (String) actor.get("name")).toList();
	}

	@SuppressWarnings("unchecked")
	private static List<String> brokers(Map<String, Object> network) {
		return ((List<Map<String, Object>>) network.get("brokers")).stream()
			.map(broker -> (String) ((Map<String, Object>) broker.get("actor")).get("name"))
			.toList();
	}

}
