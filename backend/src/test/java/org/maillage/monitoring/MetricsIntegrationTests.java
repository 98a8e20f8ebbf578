package org.maillage.monitoring;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.maillage.MaillageIntegrationTest;
import org.maillage.TestHttp;

import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator's Prometheus reads on the management port after real requests: each operation's latency
 * histogram, named by its root fields, errors counted by classification, and the database driver's transactions and
 * connection pool. Counters are shared with the other tests of the context, so each check compares before and after.
 */
@MaillageIntegrationTest
class MetricsIntegrationTests {

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	RestClient api;

	RestClient management;

	@BeforeEach
	void connect() {
		this.api = TestHttp.client(this.port);
		this.management = TestHttp.client(this.managementPort);
	}

	@Test
	void eachOperationHasItsOwnLatencyHistogram() {
		String trades = "graphql_request_seconds_count{error=\"none\",graphql_fields=\"trades\",graphql_operation_type=\"query\",graphql_outcome=\"SUCCESS\"}";
		double before = scraped(trades);
		for (int i = 0; i < 3; i++) {
			post("{ trades(first: 1) { totalCount } }");
		}
		String metrics = scrape();
		assertThat(value(metrics, trades)).as("%s among%n%s", trades, series(metrics, "graphql_request_seconds_count"))
			.isEqualTo(before + 3);
		assertThat(metrics).contains("graphql_request_seconds_bucket{error=\"none\",graphql_fields=\"trades\"");
		assertThat(metrics).as("the database driver's transactions and pool")
			.contains("neo4j_db_client_transaction_run_duration_seconds_bucket", "db_client_connection_count{");
	}

	@Test
	void errorsAreCountedByClassificationAndOperation() {
		String unauthorized = "maillage_graphql_errors_total{classification=\"UNAUTHORIZED\",graphql_fields=\"deleteActor\"}";
		String invalid = "maillage_graphql_errors_total{classification=\"ValidationError\",graphql_fields=\"none\"}";
		double unauthorizedBefore = scraped(unauthorized);
		double invalidBefore = scraped(invalid);

		post("mutation { deleteActor(input: {id: \"nobody\", version: 0}) { id } }");
		post("mutation { deleteActor(input: {id: \"nobody\", version: 0}) { id } }");
		post("{ noSuchField }");

		String metrics = scrape();
		assertThat(value(metrics, unauthorized)).isEqualTo(unauthorizedBefore + 2);
		assertThat(value(metrics, invalid)).isEqualTo(invalidBefore + 1);
	}

	private void post(String query) {
		this.api.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("query", query))
			.retrieve()
			.toBodilessEntity();
	}

	private String scrape() {
		var answer = this.management.get().uri("/actuator/prometheus").retrieve().toEntity(String.class);
		assertThat(answer.getStatusCode().value()).isEqualTo(200);
		return answer.getBody();
	}

	private double scraped(String series) {
		return value(scrape(), series);
	}

	private static String series(String metrics, String name) {
		return String.join("\n", metrics.lines().filter(line -> line.startsWith(name)).toList());
	}

	/** The value of one series (its name and labels as written, without extra labels), 0 when absent. */
	private static double value(String metrics, String series) {
		List<String> lines = metrics.lines().filter(line -> line.startsWith(series + " ")).toList();
		assertThat(lines).hasSizeLessThanOrEqualTo(1);
		return lines.isEmpty() ? 0 : Double.parseDouble(lines.get(0).substring(series.length() + 1).trim());
	}

}
