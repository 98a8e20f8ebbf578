package org.maillage.freshness;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.maillage.ApiAndGraphTests;
import org.maillage.MaillageIntegrationTest;
import org.maillage.TestActors;
import org.maillage.TestCallers;
import org.maillage.core.ServiceAddress;
import org.maillage.security.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Owners of stale profiles are reminded by e-mail, through the outbox to a real SMTP server (GreenMail): once per
 * owner of each stale actor, in French, with the date it was last confirmed and a link to it; not again until the
 * actor is confirmed and goes stale again; once even when two runs race.
 */
@MaillageIntegrationTest
class FreshnessRemindersIntegrationTests extends ApiAndGraphTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	private static final DateTimeFormatter FRENCH_DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
		.withLocale(Locale.FRENCH)
		.withZone(ZoneId.of("Europe/Paris"));

	@Autowired
	FreshnessReminders reminders;

	@Autowired
	ServiceAddress address;

	String token = TestActors.newToken();

	String owner = "owner-" + this.token;

	String coOwner = "coowner-" + this.token;

	@Test
	void eachOwnerOfAStaleActorIsRemindedOnceUntilItIsConfirmedAndStaleAgain() throws Exception {
		String stale = ownedByTwoAndAnEditor("Fonderie " + this.token);
		String fresh = TestActors.register(this.graphQl, "Scierie " + this.token);
		Instant confirmed = Instant.now().minus(Duration.ofDays(400));
		age(stale, Duration.ofDays(400));

		this.reminders.run();
		List<MimeMessage> received = awaitMine(2);
		assertThat(recipients(received)).containsExactlyInAnyOrder(this.owner + "@example.org",
				this.coOwner + "@example.org");
		MimeMessage mail = received.get(0);
		assertThat(mail.getSubject()).isEqualTo("Le profil de Fonderie " + this.token + " est-il toujours à jour ?");
		String body = ((String) mail.getContent()).replace("\r\n", "\n");
		assertThat(body).startsWith("Bonjour,")
			.contains("Le profil de Fonderie " + this.token + " dans Maillage a été confirmé pour la dernière fois le "
					+ FRENCH_DAY.format(confirmed) + ".")
			.contains(this.address.resolve("/actors/" + stale))
			.contains("confirmez-le")
			.doesNotContain("Scierie")
			.doesNotContain("'");
		assertThat(fresh).isNotNull();

		// the next run finds it reminded already
		this.reminders.run();
		Thread.sleep(1_500);
		assertThat(mine()).hasSize(2);

		// confirmed by an owner, it is fresh; a year and more later, stale again: reminded again
		TestCallers.signIn(this.owner, Role.MEMBER);
		this.graphQl.document("mutation($id: ID!) { confirmActor(input: {id: $id}) { actor { id } } }")
			.variable("id", stale)
			.execute()
			.errors()
			.verify();
		this.reminders.run();
		Thread.sleep(1_500);
		assertThat(mine()).hasSize(2);
		this.neo4j.query("""
				MATCH (a:Actor {id: $id})
				SET a.confirmedAt = a.confirmedAt - duration({days: 400}), a.remindedAt = a.remindedAt - duration({days: 400})""")
			.bind(stale)
			.to("id")
			.run();
		this.reminders.run();
		assertThat(recipients(awaitMine(4))).containsExactlyInAnyOrder(this.owner + "@example.org",
				this.coOwner + "@example.org", this.owner + "@example.org", this.coOwner + "@example.org");
	}

	@Test
	void ownersWithoutAnAddressAreSkipped() throws Exception {
		String stale = ownedByTwoAndAnEditor("Tannerie " + this.token);
		this.neo4j.query("MATCH (p:Person {subject: $subject}) REMOVE p.email").bind(this.coOwner).to("subject").run();
		age(stale, Duration.ofDays(366));
		assertThat(this.reminders.run().ownersWithoutAddress()).isGreaterThanOrEqualTo(1);
		assertThat(recipients(awaitMine(1))).containsExactly(this.owner + "@example.org");
		Thread.sleep(1_000);
		assertThat(mine()).hasSize(1);
	}

	@Test
	void twoRunsAtOnceRemindEachOwnerOnce() throws Exception {
		TestCallers.signIn(this.owner, Role.MEMBER);
		List<String> actors = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			actors.add(TestActors.register(this.graphQl, "Atelier " + i + " " + this.token));
		}
		actors.forEach(id -> age(id, Duration.ofDays(500)));
		ExecutorService threads = Executors.newFixedThreadPool(2);
		CountDownLatch go = new CountDownLatch(1);
		try {
			List<Future<FreshnessReminders.Summary>> runs = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				runs.add(threads.submit(() -> {
					go.await();
					return this.reminders.run();
				}));
			}
			go.countDown();
			for (Future<FreshnessReminders.Summary> run : runs) {
				run.get();
			}
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(this.neo4j.query("MATCH (m:OutgoingMail {to: $to}) RETURN count(m)")
			.bind(this.owner + "@example.org")
			.to("to")
			.fetchAs(Long.class)
			.one()).hasValue(12L);
		List<MimeMessage> received = awaitMine(12);
		Thread.sleep(1_000);
		assertThat(mine()).hasSize(12);
		assertThat(received.stream().map(FreshnessRemindersIntegrationTests::subject).distinct()).hasSize(12);
	}

	/** An actor owned by {@link #owner} and {@link #coOwner}, edited by a third person, who is no owner. */
	private String ownedByTwoAndAnEditor(String name) {
		TestCallers.signIn(this.owner, Role.MEMBER);
		String id = TestActors.register(this.graphQl, name);
		for (String[] member : List.of(new String[] { this.coOwner, "OWNER" },
				new String[] { "editor-" + this.token, "EDITOR" })) {
			TestCallers.signIn(this.owner, Role.MEMBER);
			String invitation = this.graphQl.document("""
					mutation($id: ID!, $email: String!, $role: MembershipRole!) {
					  inviteMember(input: {actorId: $id, email: $email, role: $role}) { invitation { id } } }""")
				.variable("id", id)
				.variable("email", member[0] + "@example.org")
				.variable("role", member[1])
				.execute()
				.path("inviteMember.invitation.id")
				.entity(String.class)
				.get();
			TestCallers.signIn(member[0], Role.MEMBER);
			this.graphQl.document("mutation($id: ID!) { acceptInvitation(input: {id: $id}) { invitation { status } } }")
				.variable("id", invitation)
				.execute()
				.errors()
				.verify();
		}
		TestCallers.signIn(this.owner, Role.MEMBER);
		return id;
	}

	/** As if its owners had last confirmed it that long ago. */
	private void age(String actorId, Duration age) {
		this.neo4j.query("MATCH (a:Actor {id: $id}) SET a.confirmedAt = datetime() - duration({seconds: $seconds})")
			.bindAll(Map.of("id", actorId, "seconds", age.toSeconds()))
			.run();
	}

	private List<MimeMessage> awaitMine(int count) {
		await().atMost(Duration.ofSeconds(20)).until(() -> mine().size() >= count);
		return mine();
	}

	/** The e-mails received for this test's people. */
	private List<MimeMessage> mine() {
		List<MimeMessage> mine = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (recipients(List.of(message)).stream().anyMatch(to -> to.contains(this.token))) {
				mine.add(message);
			}
		}
		return mine;
	}

	private static List<String> recipients(List<MimeMessage> messages) {
		List<String> recipients = new ArrayList<>();
		for (MimeMessage message : messages) {
			try {
				for (var to : message.getAllRecipients()) {
					recipients.add(to.toString());
				}
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return recipients;
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
