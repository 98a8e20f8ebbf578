package org.maillage.observatory.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.summary.Plan;

import org.maillage.MaillageIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A région's or département's network reads its entries and its topics' followers through their places' indexes:
 * no statement scans every directory entry or every interest (at 1,000,000 actors, a scan of the entries alone took
 * 288 ms where the index took 31). Working groups are read whole: there are few, beside the actors.
 */
@MaillageIntegrationTest
class NetworkPlansIntegrationTests {

	@Autowired
	Neo4jClient neo4j;

	@ParameterizedTest
	@ValueSource(strings = { "ties", "count", "unconnected" })
	void noStatementScansEveryEntry(String statement) {
		String cypher = switch (statement) {
			case "ties" -> NetworkQueries.TIES;
			case "count" -> NetworkQueries.COUNT;
			default -> NetworkQueries.UNCONNECTED;
		};
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("region", "region:44");
		parameters.put("departement", null);
		parameters.put("within", null);
		parameters.put("visible", List.of("PUBLIC"));
		parameters.put("maxFollowers", 30);
		parameters.put("followersRead", 31);
		parameters.put("connected", List.of());
		parameters.put("limit", 20);
		Plan plan = this.neo4j.query("EXPLAIN " + cypher).bindAll(parameters).run().plan();
		List<String> operators = new ArrayList<>();
		collect(plan, operators);
		assertThat(operators).as(String.join("\n", operators))
			.noneMatch(operator -> operator.startsWith("NodeByLabelScan") && operator.contains("DirectoryEntry"))
			.noneMatch(operator -> operator.contains("RelationshipTypeScan") && operator.contains("INTERESTED_IN"));
		if (!statement.equals("ties")) {
			assertThat(operators).anyMatch(operator -> operator.contains("DirectoryEntry(region, name, actorId)"))
				.anyMatch(operator -> operator.contains("DirectoryEntry(departement, name, actorId)"));
		}
		else {
			assertThat(operators).anyMatch(operator -> operator.contains("INTERESTED_IN(topic, region)"))
				.anyMatch(operator -> operator.contains("INTERESTED_IN(topic, departement)"));
		}
	}

	private static void collect(Plan plan, List<String> operators) {
		operators.add(plan.operatorType() + " " + plan.arguments().get("Details"));
		plan.children().forEach(child -> collect(child, operators));
	}

}
