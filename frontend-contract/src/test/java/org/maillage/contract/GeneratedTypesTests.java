package org.maillage.contract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The TypeScript types GraphQL Code Generator wrote at generate-resources (codegen.yml) cover every example
 * operation and compile under TypeScript's strict mode.
 */
class GeneratedTypesTests {

	private static final Path TYPES = Path.of("target/typescript/maillage.ts");

	static Stream<Path> operations() throws IOException {
		return OperationsTests.operations();
	}

	@ParameterizedTest
	@MethodSource("operations")
	void everyExampleOperationHasItsResultAndVariablesTypes(Path operation) throws IOException {
		var definition = (OperationDefinition) Parser.parse(Files.readString(operation, StandardCharsets.UTF_8))
			.getDefinitions()
			.get(0);
		String name = definition.getName();
		String kind = definition.getOperation() == OperationDefinition.Operation.MUTATION ? "Mutation" : "Query";
		String type = Character.toUpperCase(name.charAt(0)) + name.substring(1) + kind;
		assertThat(Files.readString(TYPES, StandardCharsets.UTF_8)).contains("export type " + type + " = ",
				"export type " + type + "Variables = ");
	}

	@Test
	void generatedTypesCompileUnderStrictTypeScript() {
		NodeTools.Result tsc = NodeTools.run(NodeTools.TSC, "-p", "tsconfig.json");
		assertThat(tsc.exitCode()).as(tsc.output()).isZero();
	}

}
