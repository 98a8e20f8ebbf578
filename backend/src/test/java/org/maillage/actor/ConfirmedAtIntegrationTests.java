package org.maillage.actor;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.maillage.ApiAndGraphTests;
import org.maillage.GraphQlErrors;
import org.maillage.MaillageIntegrationTest;
import org.maillage.TestActors;
import org.maillage.TestCallers;
import org.maillage.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When an actor's owners last said its profile is right ({@code confirmedAt}): what sets it (their registration, edits,
 * confirmations, a granted claim), what leaves it (an administrator's correction, an import), what a merge keeps, and
 * who may confirm.
 */
@MaillageIntegrationTest
class ConfirmedAtIntegrationTests extends ApiAndGraphTests {

	private static final String LONG_AGO = "2024-03-01T10:00:00Z";

	@Autowired
	PublicRecords publicRecords;

	@Autowired
	TransactionTemplate transactions;

	String token = TestActors.newToken();

	String owner = "owner-" + this.token;

	@Test
	void everyChangeByItsMembersConfirmsTheProfileButNoneByTheService() {
		TestCallers.signIn(this.owner, Role.MEMBER);
		String siret = TestActors.newSiret();
		Instant before = Instant.now();
		String id = this.graphQl.document("""
				mutation($name: String!, $siret: String) { registerActor(input: {kind: COMPANY, sector: PRIVATE,
				  name: $name, commune: "57463", siret: $siret}) { actor { id confirmedAt } } }""")
			.variable("name", "Fonderie " + this.token)
			.variable("siret", siret)
			.execute()
			.path("registerActor.actor.id")
			.entity(String.class)
			.get();
		assertThat(confirmedAt(id)).isBetween(before.minusSeconds(1), Instant.now());

		// each edit of the profile or of one of its lists, by its owner, confirms it again
		List<String> edits = List.of("""
				mutation($id: ID!) { addKnowHow(input: {actorId: $id, name: "Moulage", visibility: PUBLIC}) { knowHow { id } } }""",
				"""
				mutation($id: ID!) { setTopicInterest(input: {actorId: $id, topic: "Recyclage", visibility: PUBLIC}) { interest { version } } }""",
				"""
				mutation($id: ID!) { addContactPoint(input: {actorId: $id, kind: PHONE, value: "+33 3 87 00 00 00",
				  visibility: MEMBERS}) { contactPoint { id } } }""",
				"""
				mutation($id: ID!) { addProblem(input: {actorId: $id, title: "Sable de fonderie", visibility: PUBLIC}) { problem { id } } }""");
		for (String edit : edits) {
			backdate(id);
			this.graphQl.document(edit).variable("id", id).execute().errors().verify();
			assertThat(confirmedAt(id)).as(edit).isAfter(Instant.parse(LONG_AGO).plusSeconds(1));
		}
		backdate(id);
		updateName(id, 0, "Fonderie de Metz " + this.token, siret).errors().verify();
		assertThat(confirmedAt(id)).isAfter(Instant.now().minusSeconds(30));

		// an administrator's correction, and an import telling it closed, are not its owners' word
		backdate(id);
		TestCallers.signIn("admin-" + this.token, Role.MEMBER, Role.ADMIN);
		updateName(id, 1, "Fonderie messine " + this.token, siret).errors().verify();
		this.transactions.executeWithoutResult(status -> this.publicRecords.save(List.of(new PublicRecord(siret,
				ActorKind.COMPANY, Sector.PRIVATE, "FONDERIE", "24.51Z", "commune:57463", false, "12", null, null))));
		assertThat(this.neo4j.query("MATCH (a:Actor {id: $id}) RETURN a.active").bind(id).to("id")
			.fetchAs(Boolean.class).one()).hasValue(false);
		assertThat(confirmedAt(id)).isEqualTo(Instant.parse(LONG_AGO));
	}

	@Test
	void aPublicRecordIsUnconfirmedUntilAClaimIsGranted() {
		String id = imported("Scierie " + this.token);
		assertThat(confirmedAt(id)).isNull();
		// imported again, changed: still nobody's word
		this.transactions.executeWithoutResult(status -> this.publicRecords.save(List.of(new PublicRecord(siretOf(id),
				ActorKind.COMPANY, Sector.PRIVATE, "Scierie " + this.token, "16.10A", "commune:57463", true, "03", null,
				null))));
		assertThat(confirmedAt(id)).isNull();
		this.neo4j.query("MATCH (a:Actor {id: $id}) SET a.website = $website")
			.bindAll(Map.of("id", id, "website", "https://" + this.token + ".fr"))
			.run();
		TestCallers.signInWithEmail("jeanne-" + this.token, "jeanne@" + this.token + ".fr", true, Role.MEMBER);
		this.graphQl.document("""
				mutation($id: ID!) { claimActor(input: {actorId: $id}) { claim { status } } }""")
			.variable("id", id)
			.execute()
			.path("claimActor.claim.status")
			.entity(String.class)
			.isEqualTo("GRANTED");
		assertThat(confirmedAt(id)).isAfter(Instant.now().minusSeconds(30));
	}

	@Test
	void aMergeKeepsTheMoreRecentConfirmation() {
		TestCallers.signIn(this.owner, Role.MEMBER);
		String survivor = TestActors.register(this.graphQl, "Tôlerie " + this.token);
		String duplicate = TestActors.register(this.graphQl, "Tolerie " + this.token);
		set(survivor, "2024-01-10T08:00:00Z");
		set(duplicate, "2025-06-01T08:00:00Z");
		TestCallers.signIn("facilitator-" + this.token, Role.MEMBER, Role.FACILITATOR);
		merge(survivor, duplicate).errors().verify();
		assertThat(confirmedAt(survivor)).isEqualTo(Instant.parse("2025-06-01T08:00:00Z"));

		// and a public record merged into a confirmed actor leaves its confirmation
		TestCallers.signIn(this.owner, Role.MEMBER);
		String registered = TestActors.register(this.graphQl, "Serrurerie " + this.token);
		set(registered, "2025-02-01T08:00:00Z");
		String record = imported("SERRURERIE " + this.token);
		TestCallers.signIn("facilitator-" + this.token, Role.MEMBER, Role.FACILITATOR);
		merge(registered, record).errors().verify();
		assertThat(confirmedAt(registered)).isEqualTo(Instant.parse("2025-02-01T08:00:00Z"));
	}

	@Test
	void itsOwnersAndEditorsConfirmItAndNobodyElse() {
		TestCallers.signIn(this.owner, Role.MEMBER);
		String id = TestActors.register(this.graphQl, "Menuiserie " + this.token);
		String invitation = this.graphQl.document("""
				mutation($id: ID!, $email: String!) { inviteMember(input: {actorId: $id, email: $email, role: EDITOR}) {
				  invitation { id } } }""")
			.variable("id", id)
			.variable("email", "editor-" + this.token + "@example.org")
			.execute()
			.path("inviteMember.invitation.id")
			.entity(String.class)
			.get();
		TestCallers.signIn("editor-" + this.token, Role.MEMBER);
		this.graphQl.document("mutation($id: ID!) { acceptInvitation(input: {id: $id}) { invitation { status } } }")
			.variable("id", invitation)
			.execute()
			.errors()
			.verify();

		backdate(id);
		GraphQlTester.Response confirmed = confirm(id);
		confirmed.path("confirmActor.actor.version").entity(Integer.class).isEqualTo(0);
		assertThat(Instant.parse(confirmed.path("confirmActor.actor.confirmedAt").entity(String.class).get()))
			.isAfter(Instant.now().minus(Duration.ofSeconds(30)));
		backdate(id);
		TestCallers.signIn(this.owner, Role.MEMBER);
		confirm(id).errors().verify();
		assertThat(confirmedAt(id)).isAfter(Instant.now().minus(Duration.ofSeconds(30)));

		backdate(id);
		TestCallers.signIn("stranger-" + this.token, Role.MEMBER);
		GraphQlErrors.expectError(confirm(id), "FORBIDDEN", "Only the owners and editors of actor " + id);
		// an administrator may correct a profile, not vouch for it
		TestCallers.signIn("admin-" + this.token, Role.MEMBER, Role.ADMIN);
		GraphQlErrors.expectError(confirm(id), "FORBIDDEN", "Only the owners and editors");
		GraphQlErrors.expectError(confirm("no-such-actor-" + this.token), "NOT_FOUND", "no-such-actor-" + this.token);
		TestCallers.signOut();
		GraphQlErrors.expectError(confirm(id), "UNAUTHORIZED", "Sign in");
		assertThat(confirmedAt(id)).isEqualTo(Instant.parse(LONG_AGO));

		// audited like every mutation, done or refused
		assertThat(this.neo4j.query("""
				MATCH (e:AuditEntry {operation: 'confirmActor', target: $id}) RETURN e.subject + ' ' + e.outcome""")
			.bind(id)
			.to("id")
			.fetchAs(String.class)
			.all()).contains("editor-" + this.token + " DONE", this.owner + " DONE", "stranger-" + this.token + " REFUSED");
	}

	@Test
	void aDateThatDoesNotParseIsRefusedNamingTheFilter() {
		GraphQlTester.Response refused = this.graphQl.document("""
				{ actors(filter: {confirmedSince: "2026-13-01"}) { totalCount } }""").execute();
		GraphQlErrors.expectError(refused, "BAD_REQUEST",
				"filter.confirmedSince must be a date, such as 2026-01-31; received: 2026-13-01");
		refused.errors()
			.satisfy(errors -> assertThat(errors.get(0).getExtensions()).containsEntry("field", "filter.confirmedSince"));
	}

	private GraphQlTester.Response confirm(String id) {
		return this.graphQl.document("""
				mutation($id: ID!) { confirmActor(input: {id: $id}) { actor { id version confirmedAt } } }""")
			.variable("id", id)
			.execute();
	}

	private GraphQlTester.Response updateName(String id, int version, String name, String siret) {
		return this.graphQl.document("""
				mutation($id: ID!, $version: Int!, $name: String!, $siret: String) { updateActor(input: {id: $id,
				  version: $version, kind: COMPANY, sector: PRIVATE, name: $name, commune: "57463", siret: $siret}) {
				  actor { version } } }""")
			.variable("siret", siret)
			.variable("id", id)
			.variable("version", version)
			.variable("name", name)
			.execute();
	}

	private GraphQlTester.Response merge(String survivor, String duplicate) {
		return this.graphQl.document("""
				mutation($s: ID!, $d: ID!) { mergeActors(input: {survivorId: $s, duplicateId: $d}) { mergedId } }""")
			.variable("s", survivor)
			.variable("d", duplicate)
			.execute();
	}

	private String imported(String name) {
		String siret = TestActors.newSiret();
		this.transactions.executeWithoutResult(status -> this.publicRecords.save(List.of(new PublicRecord(siret,
				ActorKind.COMPANY, Sector.PRIVATE, name, "16.10A", "commune:57463", true, null, null, null))));
		return this.neo4j.query("MATCH (a:Actor {siret: $siret}) RETURN a.id").bind(siret).to("siret")
			.fetchAs(String.class).one().orElseThrow();
	}

	private String siretOf(String id) {
		return this.neo4j.query("MATCH (a:Actor {id: $id}) RETURN a.siret").bind(id).to("id")
			.fetchAs(String.class).one().orElseThrow();
	}

	private void backdate(String id) {
		set(id, LONG_AGO);
	}

	private void set(String id, String instant) {
		this.neo4j.query("MATCH (a:Actor {id: $id}) SET a.confirmedAt = datetime($at)")
			.bindAll(Map.of("id", id, "at", instant))
			.run();
	}

	/** As the graph holds it; null when never confirmed. */
	private Instant confirmedAt(String id) {
		return this.neo4j.query("MATCH (a:Actor {id: $id}) RETURN a.confirmedAt.epochMillis AS at")
			.bind(id)
			.to("id")
			.fetchAs(Long.class)
			.one()
			.map(Instant::ofEpochMilli)
			.orElse(null);
	}

}
