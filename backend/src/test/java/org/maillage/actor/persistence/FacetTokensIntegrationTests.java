package org.maillage.actor.persistence;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.maillage.MaillageIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory's filters find what the entries hold only if the tokens the service asks for (in Java) are those the
 * database wrote (in Cypher): both ways agree on ids and codes and on any other text.
 */
@MaillageIntegrationTest
class FacetTokensIntegrationTests {

	@Autowired
	Neo4jClient neo4j;

	@Test
	void theDatabaseWritesTheTokensTheServiceAsksFor() {
		List<String> values = List.of("commune:2A004", "departement:57", "25.62A", "C", "FURNACE_THERMAL",
				"0b8e3c2a-5f1d-4c7e-9a57-3f0e6a1d2b4c", "économie circulaire", "a/b (c)", "", "😀x");
		for (String value : values) {
			String written = this.neo4j.query("RETURN " + Facets.cypher("f_x_", "$value") + " AS token")
				.bind(value)
				.to("value")
				.fetchAs(String.class)
				.one()
				.orElseThrow();
			assertThat(written).as(value).isEqualTo(Facets.token("f_x_", value));
		}
		assertThat(this.neo4j.query("RETURN " + Facets.cypher("f_x_", "$value") + " AS token")
			.bind(null)
			.to("value")
			.fetch()
			.one()
			.orElseThrow()
			.get("token")).as("no value, no token").isNull();
	}

}
