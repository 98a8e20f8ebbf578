package org.maillage;

import java.util.HashMap;
import java.util.Map;

import org.springframework.graphql.test.tester.GraphQlTester;

/** Registers the plain actors and problems tests need, as whoever is signed in (who then owns them). */
public final class TestActors {

	private TestActors() {
	}

	/** A word of a test's own, that no French stemmer changes: a search for it finds that test's actors only. */
	public static String newToken() {
		String consonants = "bcdfghjklmnpqrtvwz";
		StringBuilder token = new StringBuilder("zq");
		for (int i = 0; i < 8; i++) {
			token.append(consonants.charAt(java.util.concurrent.ThreadLocalRandom.current().nextInt(consonants.length())));
		}
		return token.toString();
	}

	/** A valid SIREN (a legal unit's number) no other test uses: 8 random digits and the Luhn check digit. */
	public static String newSiren() {
		return withCheckDigit("8" + randomDigits(7));
	}

	/** A valid SIRET of one of this legal unit's establishments. */
	public static String newSiret(String siren) {
		return withCheckDigit(siren + randomDigits(4));
	}

	private static String randomDigits(int count) {
		StringBuilder digits = new StringBuilder();
		for (int i = 0; i < count; i++) {
			digits.append(java.util.concurrent.ThreadLocalRandom.current().nextInt(10));
		}
		return digits.toString();
	}

	private static String withCheckDigit(String digits) {
		for (int check = 0; check < 10; check++) {
			if (luhn(digits + check)) {
				return digits + check;
			}
		}
		throw new IllegalStateException();
	}

	/** A valid SIRET no other test uses: 13 random digits and the Luhn check digit. */
	public static String newSiret() {
		return withCheckDigit("8" + randomDigits(12));
	}

	private static boolean luhn(String number) {
		int sum = 0;
		for (int i = 0; i < number.length(); i++) {
			int digit = number.charAt(number.length() - 1 - i) - '0';
			if (i % 2 == 1) {
				digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
			}
			sum += digit;
		}
		return sum % 10 == 0;
	}

	/** A private company in Metz with this name; its id. */
	public static String register(GraphQlTester graphQl, String name) {
		return register(graphQl, name, "57463");
	}

	/** A private company with this name in this commune (its INSEE code); its id. */
	public static String register(GraphQlTester graphQl, String name, String commune) {
		return graphQl.document("""
				mutation($name: String!, $commune: String!) { registerActor(input: {kind: COMPANY, sector: PRIVATE,
				  name: $name, commune: $commune}) { actor { id } } }""")
			.variable("name", name)
			.variable("commune", commune)
			.execute()
			.path("registerActor.actor.id")
			.entity(String.class)
			.get();
	}

	/**
	 * Adds a problem to this actor, with these fields of {@code AddProblemInput} besides the actor (public unless they
	 * say otherwise); its id.
	 */
	/**
	 * Invites {@code editor} (a subject signed in through {@link TestCallers}) to the actor as an EDITOR, as the
	 * signed-in owner, and accepts as them: they stay signed in. Fails the test on any error.
	 */
	public static void addEditor(GraphQlTester graphQl, String actorId, String editor) {
		String invitation = graphQl.document("""
				mutation($actorId: ID!, $email: String!) {
				  inviteMember(input: {actorId: $actorId, email: $email, role: EDITOR}) { invitation { id } } }""")
			.variable("actorId", actorId)
			.variable("email", editor + "@example.org")
			.execute()
			.path("inviteMember.invitation.id")
			.entity(String.class)
			.get();
		TestCallers.signIn(editor, org.maillage.security.Role.MEMBER);
		graphQl.document("mutation($id: ID!) { acceptInvitation(input: {id: $id}) { invitation { status } } }")
			.variable("id", invitation)
			.execute()
			.path("acceptInvitation.invitation.status")
			.entity(String.class)
			.isEqualTo("ACCEPTED");
	}

	/**
	 * Moves a private company to another commune (its current version read first), keeping this name: the rest of its
	 * details as {@link #registerIn} writes them, no trade.
	 */
	public static void moveCompany(GraphQlTester graphQl, String actorId, String name, String commune) {
		int version = graphQl.document("query($id: ID!) { actor(id: $id) { version } }")
			.variable("id", actorId)
			.execute()
			.path("actor.version")
			.entity(Integer.class)
			.get();
		graphQl.document("mutation($input: UpdateActorInput!) { updateActor(input: $input) { actor { id } } }")
			.variable("input", Map.of("id", actorId, "version", version, "kind", "COMPANY", "sector", "PRIVATE", "name",
					name, "commune", commune))
			.execute()
			.path("updateActor.actor.id")
			.hasValue();
	}

	/** Merges the duplicate into the survivor, as the signed-in facilitator; fails the test on any error. */
	public static void merge(GraphQlTester graphQl, String survivorId, String duplicateId) {
		graphQl.document("""
				mutation($survivorId: ID!, $duplicateId: ID!) {
				  mergeActors(input: {survivorId: $survivorId, duplicateId: $duplicateId}) { mergedId } }""")
			.variable("survivorId", survivorId)
			.variable("duplicateId", duplicateId)
			.execute()
			.errors()
			.verify();
	}

	public static String addProblem(GraphQlTester graphQl, String actorId, Map<String, Object> fields) {
		Map<String, Object> input = new HashMap<>(fields);
		input.put("actorId", actorId);
		input.putIfAbsent("visibility", "PUBLIC");
		return graphQl.document("""
				mutation($input: AddProblemInput!) { addProblem(input: $input) { problem { id } } }""")
			.variable("input", input)
			.execute()
			.path("addProblem.problem.id")
			.entity(String.class)
			.get();
	}

	/**
	 * Registers an actor in a commune, with a core trade when one is given and any other fields of
	 * {@code RegisterActorInput} written as GraphQL ({@code equipment: [...], topics: [...]}); its id.
	 */
	public static String registerIn(GraphQlTester graphQl, String kind, String sector, String name, String commune,
			String trade, String fields) {
		return graphQl.document("""
				mutation($name: String!, $kind: ActorKind!, $sector: Sector!, $commune: String!, $trades: [String!]) {
				  registerActor(input: {kind: $kind, sector: $sector, name: $name, commune: $commune,
				    coreTrades: $trades%s}) { actor { id } } }""".formatted(fields.isEmpty() ? "" : ", " + fields))
			.variable("name", name)
			.variable("kind", kind)
			.variable("sector", sector)
			.variable("commune", commune)
			.variable("trades", trade == null ? null : java.util.List.of(trade))
			.execute()
			.path("registerActor.actor.id")
			.entity(String.class)
			.get();
	}

	/** Declares the actor's interest in a topic, by its name, at this visibility, as its owner signed in. */
	public static void declareTopic(GraphQlTester graphQl, String actorId, String topic, String visibility) {
		graphQl.document("""
				mutation($id: ID!, $topic: String!, $visibility: Visibility!) {
				  setTopicInterest(input: {actorId: $id, topic: $topic, visibility: $visibility}) { interest { version } } }""")
			.variable("id", actorId)
			.variable("topic", topic)
			.variable("visibility", visibility)
			.execute()
			.errors()
			.verify();
	}

}
