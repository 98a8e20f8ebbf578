package org.maillage.notification;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * E-mails waiting to be sent: written in the transaction of what causes them (a consultation sent), so that they go
 * out if and only if it commits, and kept until an SMTP server took them ({@link OutboxSender}).
 */
@Service
public class Outbox {

	private final Neo4jClient neo4j;

	Outbox(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** Queues these e-mails in the current transaction. */
	public void queue(Collection<Mail> mails) {
		if (mails.isEmpty()) {
			return;
		}
		List<Map<String, Object>> rows = mails.stream()
			.map(mail -> Map.<String, Object>of("id", UUID.randomUUID().toString(), "to", mail.to(), "subject",
					mail.subject(), "text", mail.text()))
			.toList();
		this.neo4j.query("""
				UNWIND $mails AS mail
				CREATE (:OutgoingMail {id: mail.id, to: mail.to, subject: mail.subject, text: mail.text,
				                       status: 'PENDING', attempts: 0, createdAt: datetime()})""")
			.bind(rows)
			.to("mails")
			.run();
	}

	/** How many e-mails are in each status ({@code PENDING}, {@code SENT}, {@code FAILED}). */
	public Map<String, Long> counts() {
		Map<String, Long> counts = new java.util.TreeMap<>();
		this.neo4j.query("MATCH (m:OutgoingMail) RETURN m.status AS status, count(*) AS n")
			.fetch()
			.all()
			.forEach(row -> counts.put((String) row.get("status"), (Long) row.get("n")));
		return counts;
	}

}
