package org.maillage.security;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.maillage.MaillageIntegrationTest;
import org.maillage.TestActors;
import org.maillage.TestCallers;
import org.maillage.core.Visibility;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.security.MutationPermissionsIntegrationTests.Outcome.ALLOWED;
import static org.maillage.security.MutationPermissionsIntegrationTests.Outcome.FORBIDDEN;
import static org.maillage.security.MutationPermissionsIntegrationTests.Outcome.NOT_FOUND;
import static org.maillage.security.MutationPermissionsIntegrationTests.Outcome.UNAUTHORIZED;

/**
 * Who may change what, as one table expanded into cases: each kind of caller (the demo users, signed in with tokens
 * of the run's real Keycloak) × each mutation × the visibility of the item it touches. Alice owns actor A, Bruno
 * belongs to actor B. A caller who may not see an item gets NOT_FOUND, as for an item that does not exist.
 */
@MaillageIntegrationTest
class MutationPermissionsIntegrationTests {

	enum Outcome {

		ALLOWED, UNAUTHORIZED, FORBIDDEN, NOT_FOUND

	}

	enum Caller {

		PUBLIC_VISITOR(null), MEMBER_OF_A("alice"), MEMBER_OF_B("bruno"), FACILITATOR("fatima"),
		DECISION_MAKER("denis"), ADMIN("ada");

		final String user;

		Caller(String user) {
			this.user = user;
		}

	}

	/** Changing or removing one of actor A's items, by the item's visibility: PUBLIC, MEMBERS, FACILITATORS, PRIVATE. */
	static final Map<Caller, List<Outcome>> ITEM_CHANGES = new EnumMap<>(Map.of(
			Caller.PUBLIC_VISITOR, List.of(UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED),
			Caller.MEMBER_OF_A, List.of(ALLOWED, ALLOWED, ALLOWED, ALLOWED),
			Caller.MEMBER_OF_B, List.of(FORBIDDEN, FORBIDDEN, NOT_FOUND, NOT_FOUND),
			Caller.FACILITATOR, List.of(FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND),
			Caller.DECISION_MAKER, List.of(FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND),
			Caller.ADMIN, List.of(ALLOWED, ALLOWED, ALLOWED, ALLOWED)));

	/** Operations on actor A itself: update, add an item, declare a topic, invite, delete. */
	static final Map<Caller, List<Outcome>> ACTOR_CHANGES = new EnumMap<>(Map.of(
			Caller.PUBLIC_VISITOR, List.of(UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED),
			Caller.MEMBER_OF_A, List.of(ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED),
			Caller.MEMBER_OF_B, List.of(FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
			Caller.FACILITATOR, List.of(FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
			Caller.DECISION_MAKER, List.of(FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
			Caller.ADMIN, List.of(ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED)));

	static final List<String> ACTOR_OPERATIONS = List.of("updateActor", "addKnowHow", "setTopicInterest",
			"inviteMember", "deleteActor");

	static final List<String> ITEM_KINDS = List.of("KnowHow", "Equipment", "Problem", "ContactPoint");

	private static final Map<String, String> tokens = new ConcurrentHashMap<>();

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	JwtDecoder jwtDecoder;

	@Autowired
	JwtAuthenticationConverter jwtAuthenticationConverter;

	String actorA;

	@BeforeEach
	void aliceOwnsAnActorAndBrunoAnother() {
		signIn(Caller.MEMBER_OF_B);
		register("Actor B");
		signIn(Caller.MEMBER_OF_A);
		this.actorA = register("Actor A");
	}

	static Stream<Arguments> itemChanges() {
		List<Arguments> cases = new ArrayList<>();
		ITEM_CHANGES.forEach((caller, outcomes) -> {
			for (Visibility visibility : Visibility.values()) {
				for (String kind : ITEM_KINDS) {
					for (String change : List.of("update", "remove")) {
						cases.add(Arguments.of(caller, change + kind, visibility, outcomes.get(visibility.ordinal())));
					}
				}
			}
		});
		return cases.stream();
	}

	static Stream<Arguments> actorChanges() {
		List<Arguments> cases = new ArrayList<>();
		ACTOR_CHANGES.forEach((caller, outcomes) -> {
			for (int i = 0; i < ACTOR_OPERATIONS.size(); i++) {
				cases.add(Arguments.of(caller, ACTOR_OPERATIONS.get(i), outcomes.get(i)));
			}
		});
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} {1} of a {2} item: {3}")
	@MethodSource("itemChanges")
	void itemChange(Caller caller, String operation, Visibility visibility, Outcome expected) {
		String kind = operation.replaceFirst("^(update|remove)", "");
		String itemId = addItem(kind, visibility);
		signIn(caller);
		String document = operation.startsWith("remove")
				? "mutation($id: ID!) { %s(input: {id: $id, version: 0}) { id } }".formatted(operation)
				: "mutation($id: ID!) { %s(input: {id: $id, version: 0, %s}) { __typename } }".formatted(operation,
						fields(kind, visibility));
		assertOutcome(this.graphQl.document(document).variable("id", itemId).execute(), expected);
	}

	@ParameterizedTest(name = "{0} {1}: {2}")
	@MethodSource("actorChanges")
	void actorChange(Caller caller, String operation, Outcome expected) {
		signIn(caller);
		String document = switch (operation) {
			case "updateActor" -> """
					mutation($id: ID!) { updateActor(input: {id: $id, version: 0, kind: COMPANY, sector: PRIVATE,
					  name: "Renamed", commune: "57463"}) { __typename } }""";
			case "addKnowHow" -> """
					mutation($id: ID!) { addKnowHow(input: {actorId: $id, name: "Added", visibility: PUBLIC}) {
					  __typename } }""";
			case "setTopicInterest" -> """
					mutation($id: ID!) { setTopicInterest(input: {actorId: $id, topic: "Matrice", visibility: PUBLIC}) {
					  __typename } }""";
			case "inviteMember" -> """
					mutation($id: ID!) { inviteMember(input: {actorId: $id, email: "new@example.org", role: EDITOR}) {
					  __typename } }""";
			default -> "mutation($id: ID!) { deleteActor(input: {id: $id, version: 0}) { __typename } }";
		};
		assertOutcome(this.graphQl.document(document).variable("id", this.actorA).execute(), expected);
	}

	private void assertOutcome(GraphQlTester.Response response, Outcome expected) {
		if (expected == ALLOWED) {
			response.errors().verify();
			return;
		}
		response.errors().satisfy(errors -> assertThat(errors).singleElement()
			.satisfies(error -> assertThat(error.getErrorType()).hasToString(expected.name())));
	}

	private String addItem(String kind, Visibility visibility) {
		signIn(Caller.MEMBER_OF_A);
		String input = "actorId: \"%s\", %s".formatted(this.actorA, fields(kind, visibility));
		return this.graphQl.document("mutation { add%s(input: {%s}) { %s { id } } }".formatted(kind, input,
				Character.toLowerCase(kind.charAt(0)) + kind.substring(1)))
			.execute()
			.path("add%s.%s.id".formatted(kind, Character.toLowerCase(kind.charAt(0)) + kind.substring(1)))
			.entity(String.class)
			.get();
	}

	private static String fields(String kind, Visibility visibility) {
		return switch (kind) {
			case "KnowHow" -> "name: \"Savoir\", visibility: " + visibility;
			case "Equipment" -> "name: \"Four\", category: FURNACE_THERMAL, visibility: " + visibility;
			case "Problem" -> "title: \"Pénurie\", category: SUPPLY, status: OPEN, visibility: " + visibility;
			default -> "kind: EMAIL, value: \"contact@example.org\", visibility: " + visibility;
		};
	}

	private String register(String name) {
		return TestActors.register(this.graphQl, name);
	}

	private void signIn(Caller caller) {
		if (caller.user == null) {
			TestCallers.signOut();
			return;
		}
		String token = tokens.computeIfAbsent(caller.user,
				user -> KeycloakServer.shared().accessToken(user, "dev-only-" + user));
		TestCallers.signInWithToken(token, this.jwtDecoder, this.jwtAuthenticationConverter);
	}

}
