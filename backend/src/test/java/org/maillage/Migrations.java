package org.maillage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.springframework.core.io.ClassPathResource;

/**
 * The statements of graph-schema's migrations, for tests that undo what one wrote and run it again: the data a
 * migration fills in for the graphs of before must be what the service itself writes.
 */
public final class Migrations {

	private Migrations() {
	}

	/** The last statement of a migration ({@code V0039__….cypher}), its comments left out. */
	public static String lastStatementOf(String file) {
		String text;
		try {
			text = new ClassPathResource("neo4j/migrations/" + file).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String[] statements = Arrays.stream(text.split(";\n"))
			.map(statement -> statement.lines()
				.filter(line -> !line.startsWith("//"))
				.reduce("", (all, line) -> all + line + "\n"))
			.filter(statement -> !statement.isBlank())
			.toArray(String[]::new);
		return statements[statements.length - 1].strip().replaceAll(";$", "");
	}

}
