package org.maillage.database;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.stereotype.Component;

/**
 * Driver sessions on the database Spring Data Neo4j uses ({@code spring.data.neo4j.database}, else the server's
 * default), for the start-up work that talks to the driver directly.
 */
@Component
class DatabaseSessions {

	private final Driver driver;

	private final DatabaseSelectionProvider selection;

	DatabaseSessions(Driver driver, DatabaseSelectionProvider selection) {
		this.driver = driver;
		this.selection = selection;
	}

	Session open() {
		String database = this.selection.getDatabaseSelection().getValue();
		return database == null ? this.driver.session() : this.driver.session(SessionConfig.forDatabase(database));
	}

}
