package org.maillage.notification;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.maillage.core.BackgroundThread;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Empties the outbox every {@code maillage.mail.send-interval}, on a thread of its own: takes the oldest pending
 * e-mails, hands each to the SMTP server, and marks it SENT, or counts a failed attempt (FAILED after
 * {@code maillage.mail.attempts}). An e-mail is marked only after the server took it, so a crash in between sends it
 * again: at least once, never lost. Several services on one database each claim the e-mails they send
 * ({@link #claim()}), so that one e-mail is sent by one of them. Without an SMTP server configured
 * ({@code spring.mail.host}), e-mails stay pending and the log says so once.
 */
@Component
class OutboxSender extends BackgroundThread {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	/**
	 * How long a claimed e-mail is left to its sender: a sender that stopped before marking it leaves it to others
	 * after that. Far longer than sending a batch takes.
	 */
	static final Duration LEASE = Duration.ofMinutes(5);

	private final Neo4jClient neo4j;

	private final ObjectProvider<JavaMailSender> senders;

	private final MailProperties properties;

	private final TransactionTemplate transactions;

	/** This sender among the services sharing the database, for the e-mails it claims. */
	private final String id = UUID.randomUUID().toString();

	private boolean saidNoServer;

	OutboxSender(Neo4jClient neo4j, ObjectProvider<JavaMailSender> senders, MailProperties properties,
			TransactionTemplate transactions) {
		super("mail-outbox");
		this.neo4j = neo4j;
		this.senders = senders;
		this.properties = properties;
		this.transactions = transactions;
	}

	/** False in a process that must send nothing, such as the command-line import ({@code maillage.mail.sending}). */
	@Value("${maillage.mail.sending:true}")
	private boolean sending = true;

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		if (this.sending) {
			long every = this.properties.sendInterval().toMillis();
			every(this::sendQuietly, every, every);
		}
	}

	private void sendQuietly() {
		try {
			sendPending();
		}
		catch (RuntimeException ex) {
			log.warn("E-mails not sent this round ({}); they stay in the outbox", ex.getMessage());
		}
	}

	/** Sends one batch of pending e-mails; returns how many the SMTP server took. */
	int sendPending() {
		JavaMailSender sender = this.senders.getIfAvailable();
		if (sender == null) {
			if (!this.saidNoServer) {
				log.info("No SMTP server configured (spring.mail.host): e-mails are kept in the outbox, not sent");
				this.saidNoServer = true;
			}
			return 0;
		}
		List<Map<String, Object>> pending = claim();
		int sent = 0;
		for (Map<String, Object> mail : pending) {
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(this.properties.from());
			message.setTo((String) mail.get("to"));
			message.setSubject((String) mail.get("subject"));
			message.setText((String) mail.get("text"));
			try {
				sender.send(message);
				mark((String) mail.get("id"), null);
				sent++;
			}
			catch (MailException ex) {
				log.warn("E-mail {} not sent: {}", mail.get("id"), ex.getMessage());
				mark((String) mail.get("id"), ex.getMessage());
			}
		}
		if (sent > 0) {
			log.info("{} e-mail(s) sent", sent);
		}
		return sent;
	}

	/**
	 * Claims the oldest pending e-mails no other sender holds, for {@link #LEASE}. Two statements in one transaction:
	 * the first takes the candidates' write locks, so that a sender claiming the same e-mails waits until this one
	 * commits; the second, a new statement, reads their claims as committed once the locks are held (a single
	 * statement could test a claim read before it waited) and claims those still free.
	 */
	private List<Map<String, Object>> claim() {
		return this.transactions.execute(status -> {
			List<String> candidates = List.copyOf(this.neo4j.query("""
					MATCH (m:OutgoingMail {status: 'PENDING'})
					WHERE m.claimedUntil IS NULL OR m.claimedUntil < datetime()
					WITH m ORDER BY m.createdAt, m.id LIMIT $batch
					SET m.claiming = true
					RETURN m.id AS id""")
				.bind(this.properties.batch())
				.to("batch")
				.fetchAs(String.class)
				.all());
			return List.copyOf(this.neo4j.query("""
					UNWIND $candidates AS id
					MATCH (m:OutgoingMail {id: id})
					REMOVE m.claiming
					WITH m WHERE m.status = 'PENDING' AND (m.claimedUntil IS NULL OR m.claimedUntil < datetime())
					SET m.claimedBy = $sender, m.claimedUntil = datetime() + duration({seconds: $lease})
					RETURN m.id AS id, m.to AS to, m.subject AS subject, m.text AS text""")
				.bindAll(Map.of("candidates", candidates, "sender", this.id, "lease", LEASE.toSeconds()))
				.fetch()
				.all());
		});
	}

	private void mark(String id, String error) {
		this.neo4j.query("""
				MATCH (m:OutgoingMail {id: $id})
				WITH m, m.attempts + 1 AS attempts
				SET m.attempts = attempts,
				    m.status = CASE WHEN $error IS NULL THEN 'SENT' WHEN attempts >= $attempts THEN 'FAILED' ELSE 'PENDING' END,
				    m.sentAt = CASE WHEN $error IS NULL THEN datetime() END,
				    m.lastError = $error,
				    m.claimedUntil = null""")
			.bindAll(Map.of("id", id, "attempts", this.properties.attempts()))
			.bind(error)
			.to("error")
			.run();
	}

}
