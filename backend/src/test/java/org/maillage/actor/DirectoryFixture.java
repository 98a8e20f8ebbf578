package org.maillage.actor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.maillage.TestActors;
import org.maillage.TestCallers;
import org.maillage.security.Role;

import org.springframework.graphql.test.tester.GraphQlTester;


/**
 * Registers actors through the API for a test. Every name it writes carries the test's own token, a word no
 * stemmer changes, so a search for the token finds this test's actors and nobody else's in the shared database.
 */
final class DirectoryFixture {

	static final String REGISTER = """
			mutation($input: RegisterActorInput!) {
			  registerActor(input: $input) { actor { id version name } }
			}""";

	final String token;

	private final GraphQlTester graphQl;

	DirectoryFixture(GraphQlTester graphQl) {
		this.graphQl = graphQl;
		this.token = newToken();
	}

	/** A word of the test's own, that no French stemmer changes. */
	static String newToken() {
		return TestActors.newToken();
	}

	/** Signs in as this test's member, who becomes the owner of every actor the test registers. */
	DirectoryFixture signIn() {
		TestCallers.signIn(owner(), Role.MEMBER);
		return this;
	}

	String owner() {
		return "owner-" + this.token;
	}

	/** Registers an actor named "{name} {token}" and returns its id. */
	String register(String name, String kind, String sector, String commune, List<String> trades) {
		return this.graphQl.document(REGISTER)
			.variable("input", actorInput(name, kind, sector, commune, trades))
			.execute()
			.path("registerActor.actor.id")
			.entity(String.class)
			.get();
	}

	Map<String, Object> actorInput(String name, String kind, String sector, String commune, List<String> trades) {
		Map<String, Object> input = new HashMap<>();
		input.put("name", name + " " + this.token);
		input.put("kind", kind);
		input.put("sector", sector);
		input.put("commune", commune);
		input.put("coreTrades", trades);
		return input;
	}

	String addKnowHow(String actorId, String name, String description, String visibility) {
		return this.graphQl.document("""
				mutation($input: AddKnowHowInput!) { addKnowHow(input: $input) { knowHow { id } } }""")
			.variable("input", knowHowInput(actorId, name, description, visibility))
			.execute()
			.path("addKnowHow.knowHow.id")
			.entity(String.class)
			.get();
	}

	private static Map<String, Object> knowHowInput(String actorId, String name, String description,
			String visibility) {
		Map<String, Object> input = new HashMap<>();
		input.put("actorId", actorId);
		input.put("name", name);
		input.put("description", description);
		input.put("visibility", visibility);
		return input;
	}

	String addEquipment(String actorId, String name, String category, String visibility) {
		return this.graphQl.document("""
				mutation($input: AddEquipmentInput!) { addEquipment(input: $input) { equipment { id } } }""")
			.variable("input", Map.of("actorId", actorId, "name", name + " " + this.token, "category", category,
					"visibility", visibility))
			.execute()
			.path("addEquipment.equipment.id")
			.entity(String.class)
			.get();
	}

	/** Names of the actors a directory search for this test's token (and the given filter) returns, in order. */
	List<String> search(Map<String, Object> filter) {
		Map<String, Object> withToken = new HashMap<>(filter);
		withToken.merge("text", this.token, (text, token) -> text + " " + token);
		return this.graphQl.document("""
				query($filter: ActorFilter) {
				  actors(filter: $filter, first: 100) { edges { node { name } } }
				}""")
			.variable("filter", withToken)
			.execute()
			.path("actors.edges[*].node.name")
			.entityList(String.class)
			.get()
			.stream()
			.map(name -> name.replace(" " + this.token, ""))
			.toList();
	}

}
