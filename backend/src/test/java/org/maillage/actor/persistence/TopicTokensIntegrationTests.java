package org.maillage.actor.persistence;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.maillage.MaillageIntegrationTest;
import org.maillage.TestActors;
import org.maillage.TestCallers;
import org.maillage.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.FacetAnswers.facetsOf;

/**
 * The topics a list's topic facet names are read once and kept ({@link TopicTokens}): a topic declared since is
 * named at once all the same, and two topics sharing a token each count its followers.
 */
@MaillageIntegrationTest
class TopicTokensIntegrationTests {

	private static final String ACTORS = """
			query($filter: ActorFilter) { actors(filter: $filter, first: 20) { facets { topics { key name count } } } }""";

	@Autowired
	GraphQlTester graphQl;

	@Test
	void aTopicDeclaredAfterTheTopicsWereReadIsNamedInTheNextFacets() {
		TestCallers.signIn("topic-tokens-owner", Role.MEMBER);
		String actor = TestActors.registerIn(this.graphQl, "COMPANY", "PRIVATE", "Vannerie osiéricole de Villaines",
				"37271", null, "topics: [{topic: \"Osiériculture\", visibility: PUBLIC}]");
		TestCallers.signOut();
		assertThat(topics("osiericole")).isEqualTo(
				List.of(Map.of("key", "osiericulture", "name", "Osiériculture", "count", 1)));

		TestCallers.signIn("topic-tokens-owner", Role.MEMBER);
		TestActors.declareTopic(this.graphQl, actor, "Vannerie d’osier: tressage", "PUBLIC");
		TestActors.declareTopic(this.graphQl, actor, "Vannerie d’osier, tressage", "PUBLIC");
		TestCallers.signOut();
		assertThat(topics("osiericole")).as("two keys of one token, each with its followers")
			.containsExactlyInAnyOrder(Map.of("key", "osiericulture", "name", "Osiériculture", "count", 1),
					Map.of("key", "vannerie d’osier: tressage", "name", "Vannerie d’osier: tressage", "count", 1),
					Map.of("key", "vannerie d’osier, tressage", "name", "Vannerie d’osier, tressage", "count", 1));
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> topics(String text) {
		return (List<Map<String, Object>>) facetsOf(this.graphQl.document(ACTORS)
			.variable("filter", Map.of("text", text))
			.execute()
			.path("actors")
			.entity(Map.class)
			.get()).get("topics");
	}

}
