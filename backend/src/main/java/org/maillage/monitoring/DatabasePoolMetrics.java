package org.maillage.monitoring;

import io.micrometer.core.instrument.MeterRegistry;
import org.neo4j.driver.observation.micrometer.ConnectionPoolMetricsHandler;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The driver's connection pool as gauges ({@code db.client.connection.count} by state used or idle,
 * {@code db.client.connection.max}, {@code db.client.connection.pending.requests}) and a counter of acquisition
 * timeouts. Spring Boot passes the driver an observation registry, which times sessions and transactions, but does
 * not register the driver's pool handler, which needs the meter registry.
 */
@Configuration(proxyBeanMethods = false)
class DatabasePoolMetrics {

	@Bean
	ConnectionPoolMetricsHandler connectionPoolMetrics(MeterRegistry registry) {
		return new ConnectionPoolMetricsHandler(registry);
	}

}
