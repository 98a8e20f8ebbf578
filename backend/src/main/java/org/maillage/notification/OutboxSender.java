package org.maillage.notification;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.maillage.core.BackgroundThread;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Empties the outbox every {@code maillage.mail.send-interval}, on a thread of its own: takes the oldest pending
 * e-mails, hands each to the SMTP server, and marks it SENT, or counts a failed attempt (FAILED after
 * {@code maillage.mail.attempts}). An e-mail is marked only after the server took it, so a crash in between sends it
 * again at the next start: at least once, never lost. Without an SMTP server configured ({@code spring.mail.host}),
 * e-mails stay pending and the log says so once.
 */
@Component
class OutboxSender extends BackgroundThread {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final Neo4jClient neo4j;

	private final ObjectProvider<JavaMailSender> senders;

	private final MailProperties properties;

	private boolean saidNoServer;

	OutboxSender(Neo4jClient neo4j, ObjectProvider<JavaMailSender> senders, MailProperties properties) {
		super("mail-outbox");
		this.neo4j = neo4j;
		this.senders = senders;
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		long every = this.properties.sendInterval().toMillis();
		every(this::sendQuietly, every, every);
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
		List<Map<String, Object>> pending = List.copyOf(this.neo4j.query("""
				MATCH (m:OutgoingMail {status: 'PENDING'})
				WITH m ORDER BY m.createdAt LIMIT $batch
				RETURN m.id AS id, m.to AS to, m.subject AS subject, m.text AS text""")
			.bind(this.properties.batch())
			.to("batch")
			.fetch()
			.all());
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

	private void mark(String id, String error) {
		this.neo4j.query("""
				MATCH (m:OutgoingMail {id: $id})
				WITH m, m.attempts + 1 AS attempts
				SET m.attempts = attempts,
				    m.status = CASE WHEN $error IS NULL THEN 'SENT' WHEN attempts >= $attempts THEN 'FAILED' ELSE 'PENDING' END,
				    m.sentAt = CASE WHEN $error IS NULL THEN datetime() END,
				    m.lastError = $error""")
			.bindAll(Map.of("id", id, "attempts", this.properties.attempts()))
			.bind(error)
			.to("error")
			.run();
	}

}
