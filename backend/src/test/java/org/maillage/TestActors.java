package org.maillage;

import org.springframework.graphql.test.tester.GraphQlTester;

/** Registers the plain actors tests need, as whoever is signed in (who then owns them). */
public final class TestActors {

	private TestActors() {
	}

	/** A private company in Metz with this name; its id. */
	public static String register(GraphQlTester graphQl, String name) {
		return graphQl.document("""
				mutation($name: String!) { registerActor(input: {kind: COMPANY, sector: PRIVATE, name: $name,
				  commune: "57463"}) { actor { id } } }""")
			.variable("name", name)
			.execute()
			.path("registerActor.actor.id")
			.entity(String.class)
			.get();
	}

}
