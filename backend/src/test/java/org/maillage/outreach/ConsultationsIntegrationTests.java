package org.maillage.outreach;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.maillage.ApiAndGraphTests;
import org.maillage.MaillageIntegrationTest;
import org.maillage.Races;
import org.maillage.TestActors;
import org.maillage.TestCallers;
import org.maillage.TestHttp;
import org.maillage.security.KeycloakServer;
import org.maillage.security.Role;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A decision-maker reaches actors only through their consent: a segment of three actors, one consenting by e-mail,
 * one not at all, one by phone to facilitators only; its export, a consultation (e-mailed through a real in-process
 * SMTP server, GreenMail), the owner's answers, and the results.
 */
@MaillageIntegrationTest
class ConsultationsIntegrationTests extends ApiAndGraphTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@LocalServerPort
	int port;

	/** A word of this test's own, no French stemmer changes: its actors are the only ones a search for it finds. */
	String token = TestActors.newToken();

	String owner;

	String emailActor;

	String silentActor;

	String phoneActor;

	@BeforeEach
	void threeActorsOfOneOwner() {
		this.owner = "owner-" + this.token;
		TestCallers.signIn(this.owner, Role.MEMBER);
		this.emailActor = TestActors.registerIn(this.graphQl, "COMPANY", "PRIVATE", "Fonderie " + this.token, "05061",
				null, """
						contactPoints: [{kind: EMAIL, value: "fonderie-%s@example.org", visibility: PUBLIC,
						  consentsToContact: true}]""".formatted(this.token));
		this.silentActor = TestActors.registerIn(this.graphQl, "COMPANY", "PRIVATE", "Discrète " + this.token,
				"05061", null, """
						contactPoints: [{kind: EMAIL, value: "discrete-%s@example.org", visibility: PUBLIC}]"""
					.formatted(this.token));
		this.phoneActor = TestActors.registerIn(this.graphQl, "ASSOCIATION", "NON_PROFIT", "Digne " + this.token,
				"04070", null, """
						contactPoints: [{kind: PHONE, value: "+33 4 71 00 00 00", visibility: FACILITATORS,
						  consentsToContact: true}]""");
	}

	@Test
	void aPrivateContactPointCannotConsent() {
		TestCallers.signIn(this.owner, Role.MEMBER);
		var refused = this.graphQl.document("""
				mutation($actorId: ID!) { addContactPoint(input: {actorId: $actorId, kind: EMAIL,
				  value: "secret@example.org", visibility: PRIVATE, consentsToContact: true}) { contactPoint { id } } }""")
			.variable("actorId", this.silentActor)
			.execute();
		refused.errors().satisfy(errors -> {
			assertThat(errors).singleElement().satisfies(error -> {
				assertThat(String.valueOf(error.getErrorType())).isEqualTo("BAD_REQUEST");
				assertThat(error.getMessage()).contains("consentsToContact").contains("private contact point");
			});
		});
	}

	@Test
	void onlyDecisionMakersAndFacilitatorsKeepSegments() {
		TestCallers.signIn(this.owner, Role.MEMBER);
		this.graphQl.document("""
				mutation { saveSegment(input: {name: "Mes voisins", filter: {text: "fonderie"}}) { segment { id } } }""")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(String.valueOf(error.getErrorType())).isEqualTo("FORBIDDEN")));
	}

	@Test
	void aConsultationReachesOnlyConsentingActorsAndEachAnswersOnce() throws Exception {
		// a decision-maker of the run's real Keycloak
		String denis = KeycloakServer.shared().accessToken("denis", "dev-only-denis");
		TestCallers.signIn("decision-maker-" + this.token, Role.MEMBER, Role.DECISION_MAKER);
		String segment = this.graphQl.document("""
				mutation($text: String!) { saveSegment(input: {name: "Fonderies des Alpes du Sud", filter: {text: $text}}) {
				  segment { id actorCount filter { text } } } }""")
			.variable("text", this.token)
			.execute()
			.path("saveSegment.segment.actorCount").entity(Integer.class).isEqualTo(3)
			.path("saveSegment.segment.id").entity(String.class).get();

		var contacts = this.graphQl.document("""
				query($id: ID!) { segment(id: $id) { consentedContacts { totalCount edges { node { actor { id } kind value } } } } }""")
			.variable("id", segment)
			.execute();
		assertThat(contacts.path("segment.consentedContacts.edges[*].node.actor.id").entityList(String.class).get())
			.containsExactly(this.phoneActor, this.emailActor);

		// another decision-maker does not see this one's segment
		TestCallers.signIn("other-" + this.token, Role.DECISION_MAKER);
		this.graphQl.document("query($id: ID!) { segment(id: $id) { id } }").variable("id", segment).execute()
			.errors().satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(String.valueOf(error.getErrorType())).isEqualTo("NOT_FOUND")));

		// the CSV, over HTTP with a real token: the same two contacts, and the export in the audit trail
		String denisSegment = segmentAs(denis);
		ResponseEntity<String> csv = TestHttp.client(this.port).get().uri("/segments/{id}/contacts.csv", denisSegment)
			.header("Authorization", "Bearer " + denis).retrieve().toEntity(String.class);
		assertThat(csv.getStatusCode().value()).isEqualTo(200);
		assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
		assertThat(csv.getBody()).startsWith("\uFEFFactor_id;actor_name;commune;kind;label;value")
			.contains(this.emailActor + ";Fonderie " + this.token + ";commune:05061;EMAIL;;fonderie-" + this.token + "@example.org")
			// a leading + would be read as a formula by a spreadsheet: the cell says it is text
			.contains(this.phoneActor + ";Digne " + this.token + ";commune:04070;PHONE;;'+33 4 71 00 00 00")
			.doesNotContain("discrete-");
		assertThat(this.neo4j.query("""
				MATCH (e:AuditEntry {operation: 'exportSegmentContacts', username: 'denis'}) WHERE e.target STARTS WITH $id
				RETURN e.target""").bind(denisSegment).to("id").fetchAs(String.class).one())
			.hasValue(denisSegment + " (2)");
		ResponseEntity<String> anonymous = TestHttp.client(this.port).get()
			.uri("/segments/{id}/contacts.csv", denisSegment).retrieve().toEntity(String.class);
		assertThat(anonymous.getStatusCode().value()).isEqualTo(401);

		TestCallers.signIn("decision-maker-" + this.token, Role.MEMBER, Role.DECISION_MAKER);
		String closesAt = Instant.now().plus(10, ChronoUnit.DAYS).toString();
		var sent = this.graphQl.document("""
				mutation($segment: ID!, $closesAt: String!) { sendConsultation(input: {segmentId: $segment,
				  title: "Vos besoins en recyclage", closesAt: $closesAt, questions: [
				    {text: "Recyclez-vous vos chutes ?", kind: SINGLE_CHOICE, choices: ["Oui", "Non"]},
				    {text: "Quels métaux ?", kind: MULTIPLE_CHOICE, choices: ["Acier", "Aluminium", "Terres rares"]},
				    {text: "Qu’attendez-vous de la région ?", kind: FREE_TEXT}]}) {
				  consultation { id reached answered open questions { index kind } } } }""")
			.variable("segment", segment)
			.variable("closesAt", closesAt)
			.execute();
		sent.path("sendConsultation.consultation.reached").entity(Integer.class).isEqualTo(2);
		String consultation = sent.path("sendConsultation.consultation.id").entity(String.class).get();

		// one e-mail, to the one consenting address: never to the actor without consent
		await().atMost(java.time.Duration.ofSeconds(20)).until(() -> mine(smtp.getReceivedMessages()).size() >= 1);
		Thread.sleep(1_000);
		List<MimeMessage> received = mine(smtp.getReceivedMessages());
		assertThat(received).hasSize(1);
		assertThat(received.get(0).getAllRecipients()[0].toString()).isEqualTo("fonderie-" + this.token + "@example.org");
		assertThat(received.get(0).getSubject()).isEqualTo("Consultation : Vos besoins en recyclage");
		assertThat(GreenMailUtil.getBody(received.get(0))).contains("Fonderie " + this.token);

		// the owner sees it for its two reached actors, not for the one without consent
		TestCallers.signIn(this.owner, Role.MEMBER);
		var mine = this.graphQl.document("""
				{ me { consultations { totalCount edges { node { actor { id } answered consultation { title results { answered } } } } } } }""")
			.execute();
		assertThat(mine.path("me.consultations.edges[*].node.actor.id").entityList(String.class).get())
			.containsExactlyInAnyOrder(this.emailActor, this.phoneActor);
		mine.path("me.consultations.edges[0].node.consultation.results").valueIsNull();

		answer(consultation, this.emailActor, "Oui", List.of("Acier", "Terres rares"), "Un centre de tri")
			.path("answerConsultation.received.answered").entity(Boolean.class).isEqualTo(true);
		assertThat(classification(answer(consultation, this.emailActor, "Non", List.of("Acier"), "Encore")))
			.isEqualTo("CONFLICT");
		assertThat(classification(answer(consultation, this.silentActor, "Non", List.of("Acier"), "Rien")))
			.isEqualTo("NOT_FOUND");
		assertThat(classification(this.graphQl.document("""
				mutation($c: ID!, $a: ID!) { answerConsultation(input: {consultationId: $c, actorId: $a,
				  answers: [{question: 0, choices: ["Peut-être"]}]}) { received { answered } } }""")
			.variable("c", consultation).variable("a", this.phoneActor).execute())).isEqualTo("BAD_REQUEST");
		// a member who is not an owner cannot answer for the actor
		TestCallers.signIn("stranger-" + this.token, Role.MEMBER);
		assertThat(classification(answer(consultation, this.phoneActor, "Non", List.of("Aluminium"), "x")))
			.isEqualTo("FORBIDDEN");

		TestCallers.signIn("decision-maker-" + this.token, Role.MEMBER, Role.DECISION_MAKER);
		var results = this.graphQl.document("""
				query($id: ID!) { consultation(id: $id) { reached answered results {
				  questions { question { index } answered choices { choice count } texts { edges { node } } }
				  byTerritory { territory { id } reached answered questions { choices { choice count } } } } } }""")
			.variable("id", consultation)
			.execute();
		results.path("consultation.answered").entity(Integer.class).isEqualTo(1);
		assertThat(results.path("consultation.results.questions[0].choices").entityList(Map.class).get())
			.containsExactly(Map.of("choice", "Oui", "count", 1), Map.of("choice", "Non", "count", 0));
		assertThat(results.path("consultation.results.questions[1].choices").entityList(Map.class).get())
			.containsExactly(Map.of("choice", "Acier", "count", 1), Map.of("choice", "Aluminium", "count", 0),
					Map.of("choice", "Terres rares", "count", 1));
		assertThat(results.path("consultation.results.questions[2].texts.edges[*].node").entityList(String.class).get())
			.containsExactly("Un centre de tri");
		assertThat(results.path("consultation.results.byTerritory[*].territory.id").entityList(String.class).get())
			.containsExactlyInAnyOrder("departement:05", "departement:04");
		assertThat(results.path("consultation.results.byTerritory").entityList(Map.class).get())
			.anySatisfy(territory -> assertThat(territory).containsEntry("answered", 1)
				.containsEntry("territory", Map.of("id", "departement:05")));

		// the answers are in the audit trail
		assertThat(this.neo4j.query("""
				MATCH (e:AuditEntry {operation: 'answerConsultation', outcome: 'DONE', target: $actor}) RETURN count(e)""")
			.bind(this.emailActor).to("actor").fetchAs(Long.class).one()).hasValue(1L);
		assertThat(this.neo4j.query("""
				MATCH (e:AuditEntry {operation: 'sendConsultation', outcome: 'DONE', target: $id}) RETURN count(e)""")
			.bind(consultation).to("id").fetchAs(Long.class).one()).hasValue(1L);
	}

	@Test
	void twoOwnersAnsweringAtOnceLeaveOneAnswer() {
		TestCallers.signIn("decision-maker-" + this.token, Role.DECISION_MAKER);
		String segment = this.graphQl.document("""
				mutation($text: String!) { saveSegment(input: {name: "Course", filter: {text: $text}}) { segment { id } } }""")
			.variable("text", this.token)
			.execute()
			.path("saveSegment.segment.id").entity(String.class).get();
		String consultation = send(segment, Instant.now().plus(1, ChronoUnit.DAYS).toString())
			.path("sendConsultation.consultation.id").entity(String.class).get();
		List<String> outcomes = Races.run(8, i -> () -> {
			TestCallers.signIn(this.owner, Role.MEMBER);
			return answer(consultation, this.emailActor, i % 2 == 0 ? "Oui" : "Non", List.of("Acier"), "Course " + i);
		});
		assertThat(Races.count(outcomes, "OK")).isEqualTo(1);
		assertThat(Races.count(outcomes, "CONFLICT")).isEqualTo(7);
		assertThat(this.neo4j.query("""
				MATCH (a:ConsultationAnswer {consultationId: $id}) RETURN count(a)""").bind(consultation).to("id")
			.fetchAs(Long.class).one()).hasValue(1L);
	}

	@Test
	void twentySegmentsSavedAtOnceNearTheLimitStopExactlyAtIt() {
		String person = "collector-" + this.token;
		TestCallers.signIn(person, Role.DECISION_MAKER);
		for (int i = 0; i < Segments.MAX_PER_PERSON - 5; i++) {
			saveSegment("Segment " + i).path("saveSegment.segment.id").hasValue();
		}
		List<String> outcomes = Races.run(20, i -> () -> {
			TestCallers.signIn(person, Role.DECISION_MAKER);
			return saveSegment("Concurrent " + i);
		});
		assertThat(Races.count(outcomes, "OK")).isEqualTo(5);
		assertThat(Races.count(outcomes, "BAD_REQUEST")).isEqualTo(15);
		this.graphQl.document("{ segments { totalCount } }").execute().path("segments.totalCount")
			.entity(Integer.class).isEqualTo(Segments.MAX_PER_PERSON);
	}

	private GraphQlTester.Response saveSegment(String name) {
		return this.graphQl.document("""
				mutation($name: String!, $text: String!) { saveSegment(input: {name: $name, filter: {text: $text}}) {
				  segment { id } } }""")
			.variable("name", name)
			.variable("text", this.token)
			.execute();
	}

	@Test
	void aClosedConsultationTakesNoAnswer() throws InterruptedException {
		TestCallers.signIn("facilitator-" + this.token, Role.FACILITATOR);
		String segment = this.graphQl.document("""
				mutation($text: String!) { saveSegment(input: {name: "Bientôt close", filter: {text: $text}}) { segment { id } } }""")
			.variable("text", this.token)
			.execute()
			.path("saveSegment.segment.id").entity(String.class).get();
		assertThat(classification(send(segment, "2020-01-01"))).isEqualTo("BAD_REQUEST");
		String consultation = send(segment, Instant.now().plusSeconds(2).toString())
			.path("sendConsultation.consultation.id").entity(String.class).get();
		Thread.sleep(2_500);
		TestCallers.signIn(this.owner, Role.MEMBER);
		var late = answer(consultation, this.emailActor, "Oui", List.of("Acier"), "Trop tard");
		assertThat(classification(late)).isEqualTo("BAD_REQUEST");
		late.errors().satisfy(errors -> assertThat(errors.get(0).getMessage()).contains("closed"));
	}

	private GraphQlTester.Response send(String segment, String closesAt) {
		return this.graphQl.document("""
				mutation($segment: ID!, $closesAt: String!) { sendConsultation(input: {segmentId: $segment,
				  title: "Course", closesAt: $closesAt, questions: [
				    {text: "Oui ou non ?", kind: SINGLE_CHOICE, choices: ["Oui", "Non"]},
				    {text: "Métaux ?", kind: MULTIPLE_CHOICE, choices: ["Acier", "Aluminium", "Terres rares"]},
				    {text: "Et encore ?", kind: FREE_TEXT}]}) { consultation { id } } }""")
			.variable("segment", segment)
			.variable("closesAt", closesAt)
			.execute();
	}

	/** The messages to this test's actors' addresses. */
	private List<MimeMessage> mine(MimeMessage[] messages) throws Exception {
		List<MimeMessage> mine = new java.util.ArrayList<>();
		for (MimeMessage message : messages) {
			if (message.getAllRecipients()[0].toString().contains(this.token)) {
				mine.add(message);
			}
		}
		return mine;
	}

	private String segmentAs(String accessToken) {
		Map<?, ?> answer = TestHttp.client(this.port).post().uri("/graphql")
			.header("Authorization", "Bearer " + accessToken)
			.body(Map.of("query", """
					mutation($text: String!) { saveSegment(input: {name: "Export", filter: {text: $text}}) { segment { id } } }""",
					"variables", Map.of("text", this.token)))
			.retrieve()
			.body(Map.class);
		return (String) ((Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) answer.get("data")).get("saveSegment")).get("segment")).get("id");
	}

	private GraphQlTester.Response answer(String consultation, String actor, String single, List<String> multiple,
			String text) {
		return this.graphQl.document("""
				mutation($c: ID!, $a: ID!, $single: String!, $multiple: [String!], $text: String) {
				  answerConsultation(input: {consultationId: $c, actorId: $a, answers: [
				    {question: 0, choices: [$single]}, {question: 1, choices: $multiple}, {question: 2, text: $text}]}) {
				    received { answered } } }""")
			.variable("c", consultation)
			.variable("a", actor)
			.variable("single", single)
			.variable("multiple", multiple)
			.variable("text", text)
			.execute();
	}

	private static String classification(GraphQlTester.Response response) {
		String[] found = { "OK" };
		response.errors().satisfy(errors -> {
			if (!errors.isEmpty()) {
				found[0] = String.valueOf(errors.get(0).getErrorType());
			}
		});
		return found[0];
	}

}
