package org.maillage.notification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.maillage.MaillageIntegrationTest;
import org.maillage.TestActors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several services on one database empty one outbox: each e-mail reaches the SMTP server (GreenMail, a real one in
 * process) once, however many senders race for it.
 */
@MaillageIntegrationTest
class OutboxClaimsIntegrationTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	private static final int MAILS = 60;

	@Autowired
	Outbox outbox;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	ObjectProvider<JavaMailSender> mailSenders;

	@Autowired
	MailProperties properties;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void fourSendersRacingForOneOutboxSendEachEmailOnce() throws Exception {
		String token = TestActors.newToken().toLowerCase();
		List<Mail> mails = IntStream.range(0, MAILS)
			.mapToObj(i -> new Mail("race-%s-%d@example.org".formatted(token, i), "Objet " + i, "Texte " + i))
			.toList();
		this.transactions.executeWithoutResult(status -> this.outbox.queue(mails));
		// beside the service's own sender, as three other services sharing the database would, in small batches
		MailProperties small = new MailProperties(this.properties.from(), Duration.ofMillis(50),
				this.properties.attempts(), 7);
		List<OutboxSender> others = IntStream.range(0, 3)
			.mapToObj(i -> new OutboxSender(this.neo4j, this.mailSenders, small, this.transactions))
			.toList();
		ExecutorService threads = Executors.newFixedThreadPool(others.size());
		try {
			List<Future<?>> running = new ArrayList<>();
			others.forEach(sender -> running.add(threads.submit(() -> sendUntilNoneLeft(sender, token))));
			for (Future<?> sender : running) {
				sender.get();
			}
		}
		finally {
			threads.shutdownNow();
		}
		Map<String, Long> received = Arrays.stream(smtp.getReceivedMessages())
			.flatMap(message -> recipients(message).stream())
			.filter(address -> address.startsWith("race-" + token))
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		assertThat(received).hasSize(MAILS);
		assertThat(received.values()).allMatch(times -> times == 1);
		assertThat(this.neo4j.query("""
				MATCH (m:OutgoingMail) WHERE m.to STARTS WITH $prefix
				RETURN m.status AS status, count(*) AS n""")
			.bind("race-" + token)
			.to("prefix")
			.fetch()
			.all()).containsExactly(Map.of("status", "SENT", "n", (long) MAILS));
	}

	private void sendUntilNoneLeft(OutboxSender sender, String token) {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (pending(token) > 0 && System.nanoTime() < deadline) {
			try {
				sender.sendPending();
			}
			catch (RuntimeException ex) {
				// two claims locking the same e-mails in turn may deadlock; the database says so and the next
				// round claims again, as the service's own sender does
			}
		}
	}

	private long pending(String token) {
		return this.neo4j.query("""
				MATCH (m:OutgoingMail {status: 'PENDING'}) WHERE m.to STARTS WITH $prefix RETURN count(m) AS n""")
			.bind("race-" + token)
			.to("prefix")
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
	}

	private static List<String> recipients(MimeMessage message) {
		try {
			return Arrays.stream(message.getAllRecipients()).map(Address::toString).toList();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
