package org.maillage;

import java.util.HashMap;
import java.util.Map;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.SchemaMappingInspector;
import org.springframework.graphql.execution.SchemaReport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every field and argument of the schema in frontend-contract is served: by a controller method, or by a property
 * of the Java type a controller returns. A field added to the contract and forgotten in the code fails here.
 */
@MaillageIntegrationTest
class SchemaMappingTests {

	@Autowired
	GraphQlSource graphQlSource;

	@Test
	void everyFieldAndArgumentOfTheContractIsMapped() {
		GraphQLSchema schema = this.graphQlSource.schema();
		Map<String, Map<String, DataFetcher>> fetchers = new HashMap<>();
		schema.getAllTypesAsList()
			.stream()
			.filter(GraphQLObjectType.class::isInstance)
			.map(GraphQLObjectType.class::cast)
			.filter(type -> !type.getName().startsWith("__"))
			.forEach(type -> type.getFieldDefinitions().forEach(field -> {
				FieldCoordinates coordinates = FieldCoordinates.coordinates(type, field);
				if (schema.getCodeRegistry().hasDataFetcher(coordinates)) {
					fetchers.computeIfAbsent(type.getName(), name -> new HashMap<>())
						.put(field.getName(), schema.getCodeRegistry().getDataFetcher(coordinates, field));
				}
			}));

		SchemaReport report = SchemaMappingInspector.inspect(schema, fetchers);

		assertThat(report.unmappedFields()).as("fields without a data fetcher or property").isEmpty();
		assertThat(report.unmappedArguments()).as("arguments no controller method takes").isEmpty();
		// Connections are one generic record (core.Connection) whose node type the inspection cannot see through;
		// every node type is also reachable, and so checked, from a non-generic field.
		assertThat(report.skippedTypes()).as("types the inspection could not check")
			.allSatisfy(skipped -> assertThat(skipped.toString()).endsWith("Connection"));
	}

}
