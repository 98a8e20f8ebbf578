package org.maillage.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies the versioned Cypher files of the graph-schema module ({@code neo4j/migrations/V0001__Name.cypher}, in
 * Neo4j-Migrations' file format) in version order, each once. Every applied version is recorded in the graph with
 * the checksum of its file; a start-up that finds an applied file edited stops with an error rather than run a
 * schema nobody tested, unless the file names the recorded checksum as one it replaces ({@code // Replaces checksum N}):
 * the way out when an applied migration proves unusable on real stores (V0026 ran for over 21 minutes at 100,000
 * actors), so that stores which applied the old file start and the others run the new one. Statements run one by one in auto-commit transactions because Neo4j refuses schema changes
 * mixed with writes in one transaction; this is why it uses the driver directly rather than Spring's transactions.
 */
@Component
public class SchemaMigrations extends StartupStep {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

	static final String LOCATION = "classpath*:neo4j/migrations/V*__*.cypher";

	private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__(\\w+)\\.cypher");

	/** Neo4j-Migrations' separator: a semicolon that ends a line. */
	private static final Pattern STATEMENT_END = Pattern.compile(";\\s*(\\R|$)");

	/** A line by which a migration accepts the checksum of an earlier version of itself as applied. */
	private static final Pattern REPLACES = Pattern.compile("(?im)^\\s*//\\s*Replaces checksum (\\d+)\\b");

	private final DatabaseSessions sessions;

	private final ResourcePatternResolver resources;

	private final ObjectProvider<EmbeddedNeo4j> embedded;

	SchemaMigrations(DatabaseSessions sessions, ResourcePatternResolver resources,
			ObjectProvider<EmbeddedNeo4j> embedded) {
		super(SCHEMA);
		this.sessions = sessions;
		this.resources = resources;
		this.embedded = embedded;
	}

	/** The first step to use the database: waits for the embedded one to be up, if that is the one in use. */
	@Override
	protected void perform() {
		this.embedded.ifAvailable(EmbeddedNeo4j::awaitReady);
		migrate();
	}

	/** Applies every migration not applied yet and returns how many it applied. */
	public int migrate() {
		List<Migration> migrations = discover();
		int applied = 0;
		try (Session session = this.sessions.open()) {
			session.run("CREATE CONSTRAINT schema_migration_version_unique IF NOT EXISTS "
					+ "FOR (m:SchemaMigration) REQUIRE m.version IS UNIQUE").consume();
			for (Migration migration : migrations) {
				var recorded = session
					.run("OPTIONAL MATCH (m:SchemaMigration {version: $version}) RETURN m.checksum AS checksum",
							Map.of("version", migration.version()))
					.single()
					.get("checksum");
				if (!recorded.isNull()) {
					if (migration.replaces().contains(recorded.asLong())) {
						session.run("MATCH (m:SchemaMigration {version: $version}) SET m.checksum = $checksum, "
								+ "m.replacedChecksum = $replaced", Map.of("version", migration.version(), "checksum",
										migration.checksum(), "replaced", recorded.asLong()))
							.consume();
						log.info("Migration {} replaces the version of it this store applied (checksum {}); "
								+ "not run again", migration.fileName(), recorded.asLong());
						continue;
					}
					if (recorded.asLong() != migration.checksum()) {
						throw new IllegalStateException("Migration " + migration.fileName()
								+ " was edited after it was applied (checksum " + recorded.asLong() + " recorded, "
								+ migration.checksum() + " now). Applied migrations are never edited: "
								+ "restore the file and add a new migration instead.");
					}
					continue;
				}
				apply(session, migration);
				applied++;
			}
			session.run("CALL db.awaitIndexes(300)").consume();
		}
		log.info("Graph schema: {} migrations known, {} applied now", migrations.size(), applied);
		return applied;
	}

	private void apply(Session session, Migration migration) {
		long started = System.nanoTime();
		for (String statement : migration.statements()) {
			session.run(statement).consume();
		}
		session.run("""
				CREATE (m:SchemaMigration {version: $version, description: $description, checksum: $checksum,
				        appliedAt: datetime()})""",
				Map.of("version", migration.version(), "description", migration.description(), "checksum",
						migration.checksum()))
			.consume();
		log.info("Applied migration {} in {} ms", migration.fileName(), (System.nanoTime() - started) / 1_000_000);
	}

	List<Migration> discover() {
		try {
			Resource[] found = this.resources.getResources(LOCATION);
			List<Migration> migrations = Arrays.stream(found)
				.map(SchemaMigrations::read)
				.sorted(Comparator.comparingInt(Migration::version))
				.toList();
			for (int i = 1; i < migrations.size(); i++) {
				if (migrations.get(i).version() == migrations.get(i - 1).version()) {
					throw new IllegalStateException("Two migrations have version " + migrations.get(i).version()
							+ ": " + migrations.get(i - 1).fileName() + " and " + migrations.get(i).fileName());
				}
			}
			return migrations;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the schema migrations at " + LOCATION, ex);
		}
	}

	private static Migration read(Resource resource) {
		String fileName = resource.getFilename();
		Matcher name = FILE_NAME.matcher(fileName == null ? "" : fileName);
		if (!name.matches()) {
			throw new IllegalStateException(
					"Migration file name " + fileName + " does not follow V<version>__<Description>.cypher");
		}
		try {
			String content = resource.getContentAsString(StandardCharsets.UTF_8);
			CRC32 crc = new CRC32();
			crc.update(content.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
			List<String> statements = Arrays.stream(STATEMENT_END.split(content))
				.map(SchemaMigrations::withoutComments)
				.filter(statement -> !statement.isBlank())
				.toList();
			List<Long> replaces = REPLACES.matcher(content).results().map(line -> Long.parseLong(line.group(1))).toList();
			return new Migration(Integer.parseInt(name.group(1)), name.group(2).replace('_', ' '), fileName,
					crc.getValue(), replaces, statements);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read migration " + fileName, ex);
		}
	}

	private static String withoutComments(String statement) {
		return statement.lines().filter(line -> !line.strip().startsWith("//")).reduce("", (a, b) -> a + b + "\n").strip();
	}

	/**
	 * One migration file; {@code replaces} holds the checksums of the earlier versions of it that count as applied.
	 */
	record Migration(int version, String description, String fileName, long checksum, List<Long> replaces,
			List<String> statements) {
	}

}
