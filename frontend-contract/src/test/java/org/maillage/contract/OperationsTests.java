package org.maillage.contract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import graphql.ParseAndValidate;
import graphql.language.Document;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.validation.ValidationError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every example operation is valid against the schema, so client code generated from them compiles. */
class OperationsTests {

	private static final Path SCHEMA = Path.of("src/main/resources/graphql/schema.graphqls");

	private static final GraphQLSchema schema = schema();

	static Stream<Path> operations() throws IOException {
		return Files.list(Path.of("operations")).filter(path -> path.toString().endsWith(".graphql")).sorted();
	}

	@ParameterizedTest
	@MethodSource("operations")
	void exampleOperationIsValidAgainstTheSchema(Path operation) throws IOException {
		Document document = Parser.parse(Files.readString(operation, StandardCharsets.UTF_8));
		List<ValidationError> errors = ParseAndValidate.validate(schema, document);
		assertThat(errors).as(operation.getFileName().toString()).isEmpty();
		String name = operation.getFileName().toString().replace(".graphql", "");
		assertThat(document.getDefinitions()).as("one operation named like its file")
			.singleElement()
			.satisfies(definition -> assertThat(((graphql.language.OperationDefinition) definition).getName())
				.isEqualTo(name));
	}

	private static GraphQLSchema schema() {
		try {
			var registry = new SchemaParser().parse(Files.readString(SCHEMA, StandardCharsets.UTF_8));
			return new SchemaGenerator().makeExecutableSchema(registry, RuntimeWiring.MOCKED_WIRING);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
