package org.maillage.database;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;

import org.maillage.core.InFlightRequests;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded database when no external server is configured ({@code spring.neo4j.uri} empty), and
 * tells Spring Boot where it is, so the driver, Spring Data Neo4j and health checks are built as for any server.
 * Spring destroys the driver before this database because the driver depends on these connection details.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.neo4j.uri:}'.isBlank()")
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedNeo4j embeddedNeo4j(EmbeddedDatabaseProperties properties, InFlightRequests inFlight) {
		return EmbeddedNeo4j.start(properties, inFlight);
	}

	/** The page cache's warm-up after a start, in the health details (always up). */
	@Bean
	HealthIndicator pageCacheWarmUp(EmbeddedNeo4j database) {
		return database::warmUpHealth;
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j database) {
		return new Neo4jConnectionDetails() {

			@Override
			public URI getUri() {
				return database.boltUri();
			}

			@Override
			public AuthToken getAuthToken() {
				return AuthTokens.basic(EmbeddedNeo4j.USER, database.password());
			}

		};
	}

}
