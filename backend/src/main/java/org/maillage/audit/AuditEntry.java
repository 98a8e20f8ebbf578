package org.maillage.audit;

import java.time.Instant;

/**
 * One mutation as it was asked for.
 *
 * @param subject the caller's subject at the sign-in service, or null for a public visitor
 * @param operation the mutation's name ("updateActor")
 * @param target the id of what it acted on, when the input or the result names one
 * @param outcome DONE; REFUSED (the input or the caller's rights stopped it) or FAILED (a fault of the service),
 * with the reason in {@code message}
 */
public record AuditEntry(String id, Instant at, String subject, String username, String operation, String target,
		String outcome, String message) {
}
