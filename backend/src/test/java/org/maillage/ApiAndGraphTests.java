package org.maillage;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * What an integration test calling the API and reading the graph starts from: the GraphQL client, the database
 * client, and whoever a test signed in signed out after it, so that the next test starts as nobody.
 */
@ExtendWith(SignedOutAfterEach.class)
public abstract class ApiAndGraphTests {

	@Autowired
	protected GraphQlTester graphQl;

	@Autowired
	protected Neo4jClient neo4j;

}
