package org.maillage.database;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.neo4j.driver.summary.ResultSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs what the database says about a statement (a label or relationship type it does not know yet, a deprecated
 * feature) once per statement and notification, at DEBUG: every execution of a ranking would otherwise repeat it,
 * and on a fresh database that is millions of lines. Remembers at most {@value #REMEMBERED} of them.
 */
final class QueryNotifications {

	private static final Logger log = LoggerFactory.getLogger(QueryNotifications.class);

	private static final int REMEMBERED = 10_000;

	private final Set<String> seen = ConcurrentHashMap.newKeySet();

	void logOnce(ResultSummary summary) {
		if (!log.isDebugEnabled() || summary.notifications().isEmpty()) {
			return;
		}
		String statement = summary.query().text();
		summary.notifications().forEach(notification -> {
			String key = notification.code() + "\u0000" + statement;
			if (this.seen.size() < REMEMBERED && this.seen.add(key)) {
				log.debug("Neo4j {} on a statement (said once): {}\n{}", notification.code(),
						notification.description(), statement);
			}
		});
	}

}
