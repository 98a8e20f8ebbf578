package org.maillage.audit;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.maillage.core.Connection;
import org.maillage.core.DatabaseFailures;
import org.maillage.core.ErrorClassifications;
import org.maillage.core.ExplainedException;
import org.maillage.core.Messages;
import org.maillage.core.ForbiddenException;
import org.maillage.core.PageRequest;
import org.maillage.security.Caller;
import org.maillage.security.Callers;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Writes and reads the audit trail: {@code (:AuditEntry)} nodes, append-only, linked to nothing so that deleting
 * an actor or a person never erases what was done to it.
 */
@Service
public class AuditTrail {

	private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

	private final Neo4jClient neo4j;

	private final Callers callers;

	private final Messages messages;

	AuditTrail(Neo4jClient neo4j, Callers callers, Messages messages) {
		this.neo4j = neo4j;
		this.callers = callers;
		this.messages = messages;
	}

	/**
	 * Records a mutation carried out, in its own transaction: if the entry cannot be written, the mutation is rolled
	 * back with it.
	 */
	void recordDone(Optional<Caller> caller, String operation, String target) {
		write(entry(caller, operation, target, null));
	}

	/**
	 * Records something done outside GraphQL's mutations that must leave a trace (a segment's contacts exported), as
	 * the current caller, in its own transaction.
	 */
	public void recordDone(String operation, String target) {
		write(entry(this.callers.current(), operation, target, null));
	}

	/**
	 * Records a mutation refused or failed, after its transaction was rolled back: nothing of it was written, so
	 * losing the entry loses only the trace, which is logged instead (one line: the database is likely down).
	 */
	void recordRefusal(Optional<Caller> caller, String operation, String target, Throwable failure) {
		Map<String, Object> entry = entry(caller, operation, target, failure);
		try {
			write(entry);
		}
		catch (RuntimeException ex) {
			log.error("Could not record the {} {} on {} in the audit trail: {}", entry.get("outcome"), operation,
					target, ex.toString());
		}
	}

	private Map<String, Object> entry(Optional<Caller> caller, String operation, String target, Throwable failure) {
		Map<String, Object> entry = new HashMap<>();
		entry.put("id", UUID.randomUUID().toString());
		entry.put("subject", caller.map(Caller::subject).orElse(null));
		entry.put("username", caller.map(Caller::username).orElse(null));
		entry.put("operation", operation);
		entry.put("target", target);
		entry.put("outcome", failure == null ? "DONE" : refused(failure) ? "REFUSED" : "FAILED");
		entry.put("message", failure == null ? null : reason(failure));
		return entry;
	}

	private void write(Map<String, Object> entry) {
		this.neo4j.query("CREATE (e:AuditEntry) SET e = $entry, e.at = datetime()").bind(entry).to("entry").run();
	}

	/** The trail, most recent first; administrators only. */
	public Connection<AuditEntry> read(String subject, String target, PageRequest page) {
		Caller caller = this.callers.requireSignedIn("readAuditTrail");
		if (!caller.isAdmin()) {
			throw ForbiddenException.of("forbidden.auditTrail");
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("subject", subject);
		parameters.put("target", target);
		parameters.put("skip", page.offset());
		parameters.put("limit", page.size());
		String matching = """
				MATCH (e:AuditEntry)
				WHERE ($subject IS NULL OR e.subject = $subject) AND ($target IS NULL OR e.target = $target)
				""";
		long total = this.neo4j.query(matching + "RETURN count(e)").bindAll(parameters).fetchAs(Long.class).one().orElse(0L);
		List<AuditEntry> entries = this.neo4j.query(matching + """
				RETURN e ORDER BY e.at DESC, e.id SKIP $skip LIMIT $limit""")
			.bindAll(parameters)
			.fetchAs(AuditEntry.class)
			.mappedBy((types, row) -> {
				var e = row.get("e").asNode();
				return new AuditEntry(e.get("id").asString(), e.get("at").asZonedDateTime().toInstant(),
						e.get("subject").asString(null), e.get("username").asString(null), e.get("operation").asString(),
						e.get("target").asString(null), e.get("outcome").asString(), e.get("message").asString(null));
			})
			.all()
			.stream()
			.toList();
		return Connection.of(entries, page, total);
	}

	/** Why it was refused, in the platform's language, or what failed, for the administrators reading the trail. */
	private String reason(Throwable failure) {
		ExplainedException explained = DatabaseFailures.explain(failure);
		return explained != null ? this.messages.render(explained.explanation())
				: String.valueOf(rootCause(failure).getMessage());
	}

	/** The caller's input or rights stopped it, as opposed to a fault of the service. */
	private static boolean refused(Throwable failure) {
		ExplainedException explained = DatabaseFailures.explain(failure);
		if (explained != null) {
			return explained.classification() != ErrorClassifications.TIMEOUT
					&& explained.classification() != ErrorClassifications.UNAVAILABLE;
		}
		return rootCause(failure) instanceof OptimisticLockingFailureException;
	}

	private static Throwable rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

}
