package org.maillage.contract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build fails when the schema breaks a promise of the last released one (released/schema.graphqls), as
 * GraphQL Inspector's diff judges it; dangerous and safe changes pass. The first test is the check itself; the others
 * prove it on changed copies of the released schema, so that they keep passing while the first one fails.
 */
class BreakingChangeCheckTests {

	private static final Path RELEASED = Path.of("released/schema.graphqls");

	private static final Path SCHEMA = Path.of("src/main/resources/graphql/schema.graphqls");

	@TempDir
	Path folder;

	@Test
	void theSchemaBreaksNoPromiseOfTheLastRelease() {
		NodeTools.Result diff = diffAgainstRelease(SCHEMA);
		// Dangerous changes pass: the build's log lists them for the review.
		System.out.println("GraphQL Inspector, " + RELEASED + " → " + SCHEMA + ":\n" + diff.output());
		assertThat(diff.exitCode())
			.as("Breaking changes against %s. If this is a release that breaks them on purpose, update the snapshot "
					+ "and write a decision record (frontend-contract/README.md):%n%s", RELEASED, diff.output())
			.isZero();
	}

	@Test
	void removingAFieldIsABreakingChange() throws IOException {
		NodeTools.Result diff = diffAgainstRelease(
				changed("  actor(id: ID!): Actor\n", "  actorRenamedByTest(id: ID!): Actor\n"));
		assertThat(diff.exitCode()).as(diff.output()).isEqualTo(1);
		assertThat(diff.output()).contains("Field actor was removed from object type Query", "1 breaking change");
	}

	@Test
	void makingAnArgumentRequiredIsABreakingChange() throws IOException {
		NodeTools.Result diff = diffAgainstRelease(changed("actors(filter: ActorFilter,", "actors(filter: ActorFilter!,"));
		assertThat(diff.exitCode()).as(diff.output()).isEqualTo(1);
		assertThat(diff.output()).contains("argument filter on field Query.actors changed from ActorFilter to ActorFilter!",
				"1 breaking change");
	}

	@Test
	void addingAFieldOrAnEnumValuePasses() throws IOException {
		Path added = this.folder.resolve("added.graphqls");
		Files.writeString(added, Files.readString(RELEASED, StandardCharsets.UTF_8) + """

				extend type Query {
				  "Added by a test."
				  addedByTest: String
				}

				extend enum ActorKind { ADDED_BY_TEST }
				""", StandardCharsets.UTF_8);
		NodeTools.Result diff = diffAgainstRelease(added);
		assertThat(diff.exitCode()).as(diff.output()).isZero();
		// A new enum value is "dangerous": a client that handles every value it knows meets one it does not.
		assertThat(diff.output()).contains("Field addedByTest was added to object type Query",
				"Enum value ADDED_BY_TEST was added to enum ActorKind", "No breaking changes detected");
	}

	private NodeTools.Result diffAgainstRelease(Path schema) {
		return NodeTools.run(NodeTools.GRAPHQL_INSPECTOR, "diff", RELEASED.toString(), schema.toString());
	}

	private Path changed(String text, String replacement) throws IOException {
		String schema = Files.readString(RELEASED, StandardCharsets.UTF_8);
		assertThat(schema).as("the released schema this test changes").containsOnlyOnce(text);
		Path copy = this.folder.resolve("changed.graphqls");
		Files.writeString(copy, schema.replace(text, replacement), StandardCharsets.UTF_8);
		return copy;
	}

}
