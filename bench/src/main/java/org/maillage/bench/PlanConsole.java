package org.maillage.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.ExecutionPlanDescription;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Opens a stopped service's data folder directly (no service, no Bolt) and, for each statement of a Cypher file,
 * prints its plan as PROFILE saw it (operators, rows, database hits) and its time over repeated runs: the planner's
 * view of a query, to choose indexes and anchors and to record plans before and after a change.
 * <p>
 * The file holds statements separated by lines starting with {@code --- }, which name the next statement; a line
 * {@code // params {json}} inside a statement gives its parameters.
 * <p>
 * Usage: {@code PlanConsole DATA_DIR FILE [RUNS]}
 */
public final class PlanConsole {

	private static final int SHOWN_ROWS = 12;

	private PlanConsole() {
	}

	public static void main(String[] args) throws IOException {
		Path home = Path.of(args[0]);
		Map<String, Statement> statements = read(Path.of(args[1]));
		int runs = args.length > 2 ? Integer.parseInt(args[2]) : 20;
		DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse("1g"))
			.build();
		try {
			GraphDatabaseService database = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
			statements.forEach((name, statement) -> run(database, name, statement, runs, System.out));
		}
		finally {
			service.shutdown();
		}
	}

	private static void run(GraphDatabaseService database, String name, Statement statement, int runs,
			PrintStream out) {
		out.println("=== " + name);
		try {
			long rows = database.executeTransactionally(statement.cypher(), statement.parameters(), result -> {
				long count = 0;
				while (result.hasNext()) {
					Map<String, Object> row = result.next();
					if (count++ < SHOWN_ROWS) {
						out.println("  | " + printable(row));
					}
				}
				return count;
			});
			double[] times = new double[runs];
			for (int run = 0; run < runs; run++) {
				long started = System.nanoTime();
				database.executeTransactionally(statement.cypher(), statement.parameters(), result -> {
					result.forEachRemaining(row -> {
					});
					return null;
				});
				times[run] = (System.nanoTime() - started) / 1e6;
			}
			if (runs == 0) {
				out.printf("%d rows%n", rows);
				return;
			}
			Arrays.sort(times);
			ExecutionPlanDescription plan = database.executeTransactionally("PROFILE " + statement.cypher(),
					statement.parameters(), result -> {
						result.forEachRemaining(row -> {
						});
						return result.getExecutionPlanDescription();
					});
			out.printf("%d rows; median %.1f ms, max %.1f ms over %d runs%n", rows, times[runs / 2],
					times[runs - 1], runs);
			print(plan, 0, out);
		}
		catch (RuntimeException ex) {
			out.println("FAILED: " + ex.getMessage());
		}
	}

	private static Map<String, Object> printable(Map<String, Object> row) {
		Map<String, Object> shown = new LinkedHashMap<>();
		row.forEach((key, value) -> shown.put(key, value instanceof Object[] array ? Arrays.asList(array) : value));
		return shown;
	}

	static void print(ExecutionPlanDescription plan, int depth, PrintStream out) {
		Object details = plan.getArguments().get("Details");
		out.printf("%s%s  rows %,d  hits %,d%s%n", "  ".repeat(depth), plan.getName(),
				plan.hasProfilerStatistics() ? plan.getProfilerStatistics().getRows() : -1,
				plan.hasProfilerStatistics() ? plan.getProfilerStatistics().getDbHits() : -1,
				details == null ? "" : "  " + abbreviate(details.toString()));
		plan.getChildren().forEach(child -> print(child, depth + 1, out));
	}

	private static String abbreviate(String text) {
		String flat = text.replaceAll("\\s+", " ");
		return flat.length() > 160 ? flat.substring(0, 157) + "..." : flat;
	}

	private static Map<String, Statement> read(Path file) throws IOException {
		Map<String, Statement> statements = new LinkedHashMap<>();
		JsonMapper json = JsonMapper.builder().build();
		String name = null;
		List<String> lines = new ArrayList<>();
		Map<String, Object> parameters = Map.of();
		for (String line : Files.readAllLines(file)) {
			if (line.startsWith("--- ")) {
				if (name != null) {
					statements.put(name, new Statement(String.join("\n", lines), parameters));
				}
				name = line.substring(4).trim();
				lines = new ArrayList<>();
				parameters = Map.of();
			}
			else if (line.startsWith("// params ")) {
				parameters = json.readValue(line.substring("// params ".length()), Map.class);
			}
			else if (!line.isBlank()) {
				lines.add(line);
			}
		}
		if (name != null) {
			statements.put(name, new Statement(String.join("\n", lines), parameters));
		}
		return statements;
	}

	private record Statement(String cypher, Map<String, Object> parameters) {
	}

}
