package org.maillage.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.maillage.GraphQlErrors;
import org.maillage.MaillageIntegrationTest;
import org.maillage.TestCallers;

/**
 * {@code registerActor} with its know-how, equipment, topics and contact points inline: each item as its own
 * mutation would add it, with its own visibility; a refused item refuses the whole registration and says which item.
 */
@MaillageIntegrationTest
class RegistrationInOneGoIntegrationTests extends SignedInMemberTests {

	private static final String PROFILE = """
			query($id: ID!) {
			  actor(id: $id) {
			    name
			    knowHow { name description visibility }
			    equipment { name category sharingTerms visibility }
			    topics { visibility topic { name } }
			    contactPoints { kind value visibility }
			  }
			}""";

	private static final String FOUND = """
			query($text: String!) { actors(first: 5, filter: {text: $text}) { totalCount } }""";

	@Test
	void anActorIsRegisteredWithItsItemsEachWithItsOwnVisibility() {
		Map<String, Object> input = this.fixture.actorInput("Fonderie Lorraine", "COMPANY", "PRIVATE", "57463",
				List.of("24.51Z"));
		input.put("knowHow", List.of(
				Map.of("name", "Moulage au sable", "description", "Pièces de 5 à 500 kg", "visibility", "PUBLIC"),
				Map.of("name", "Alliage maison", "visibility", "PRIVATE")));
		input.put("equipment", List.of(Map.of("name", "Four à induction", "category", "FURNACE_THERMAL",
				"sharingTerms", "Créneaux le week-end", "visibility", "PUBLIC")));
		// topics of this test's own: a topic is shared by every actor naming it, and keeps its first name
		String recycling = "Recyclage des métaux " + this.fixture.token;
		input.put("topics", List.of(Map.of("topic", recycling, "visibility", "PUBLIC"),
				Map.of("topic", "Sobriété énergétique " + this.fixture.token, "visibility", "MEMBERS")));
		input.put("contactPoints", List.of(Map.of("kind", "EMAIL", "value", "contact@example.org",
				"visibility", "PUBLIC")));
		String id = register(input);

		var owner = this.graphQl.document(PROFILE).variable("id", id).execute();
		owner.path("actor.knowHow[*].name").entityList(String.class).contains("Moulage au sable", "Alliage maison")
			.hasSize(2);
		owner.path("actor.equipment[0].sharingTerms").entity(String.class).isEqualTo("Créneaux le week-end");
		// (a topic declared only out of the public's sight shows its key, not the words of a hidden declaration)
		owner.path("actor.topics[*].visibility").entityList(String.class).contains("PUBLIC", "MEMBERS").hasSize(2);
		owner.path("actor.contactPoints[0].value").entity(String.class).isEqualTo("contact@example.org");

		TestCallers.signOut();
		var visitor = this.graphQl.document(PROFILE).variable("id", id).execute();
		visitor.path("actor.knowHow[*].name").entityList(String.class).containsExactly("Moulage au sable");
		visitor.path("actor.topics[*].topic.name").entityList(String.class).containsExactly(recycling);
		visitor.path("actor.equipment[*].name").entityList(String.class).containsExactly("Four à induction");
	}

	@Test
	void aRefusedItemRefusesTheWholeRegistrationAndSaysWhichItem() {
		Map<String, Object> input = this.fixture.actorInput("Chaudronnerie", "COMPANY", "PRIVATE", "57463", List.of());
		input.put("knowHow", List.of(Map.of("name", "Soudure TIG", "visibility", "PUBLIC")));
		input.put("equipment", List.of(Map.of("name", "Plieuse", "category", "MACHINING", "visibility", "PUBLIC"),
				Map.of("name", " ", "category", "MACHINING", "visibility", "PUBLIC")));

		GraphQlErrors.expectError(this.graphQl.document(DirectoryFixture.REGISTER).variable("input", input).execute(),
				"BAD_REQUEST", "equipment, item 2: name");
		String name = "Chaudronnerie " + this.fixture.token;
		this.graphQl.document(FOUND).variable("text", name).execute().path("actors.totalCount").entity(Integer.class)
			.isEqualTo(0);

		// the same registration, once corrected, is found by the same search
		input.put("equipment", List.of(Map.of("name", "Plieuse", "category", "MACHINING", "visibility", "PUBLIC")));
		register(input);
		this.graphQl.document(FOUND).variable("text", name).execute().path("actors.totalCount").entity(Integer.class)
			.isEqualTo(1);
	}

	@Test
	void aListLongerThanFiftyItemsIsRefused() {
		Map<String, Object> input = this.fixture.actorInput("Pépinière", "ASSOCIATION", "NON_PROFIT", "57463", List.of());
		List<Map<String, Object>> topics = new ArrayList<>();
		for (int i = 0; i <= 50; i++) {
			topics.add(Map.of("topic", "Sujet " + i, "visibility", "PUBLIC"));
		}
		input.put("topics", topics);
		GraphQlErrors.expectError(this.graphQl.document(DirectoryFixture.REGISTER).variable("input", input).execute(),
				"BAD_REQUEST", "topics must hold at most 50 values");
	}

	private String register(Map<String, Object> input) {
		return this.graphQl.document(DirectoryFixture.REGISTER)
			.variable("input", input)
			.execute()
			.path("registerActor.actor.id")
			.entity(String.class)
			.get();
	}

}
