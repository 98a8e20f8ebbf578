package org.maillage.database;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.maillage.MaillageIntegrationTest;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

@MaillageIntegrationTest
class SchemaMigrationsIntegrationTests {

	@Autowired
	Driver driver;

	@Autowired
	SchemaMigrations migrations;

	@Autowired
	DatabaseSessions sessions;

	@Test
	void migrationsAreAppliedOnceAndRerunningThemChangesNothing() {
		List<String> versions = this.driver
			.executableQuery("MATCH (m:SchemaMigration) RETURN m.version AS version ORDER BY version")
			.execute()
			.records()
			.stream()
			.map(record -> String.valueOf(record.get("version").asInt()))
			.toList();
		assertThat(versions).hasSize(this.migrations.discover().size()).startsWith("1", "2");

		assertThat(this.migrations.migrate()).isZero();
		assertThat(this.driver.executableQuery("MATCH (m:SchemaMigration) RETURN count(m) AS n")
			.execute()
			.records()
			.get(0)
			.get("n")
			.asInt()).isEqualTo(versions.size());
	}

	@Test
	void theNamedConstraintsAndIndexesExist() {
		List<String> names = this.driver.executableQuery("SHOW INDEXES YIELD name RETURN name")
			.execute()
			.records()
			.stream()
			.map(record -> record.get("name").asString())
			.toList();
		assertThat(names).contains("actor_id_unique", "item_id_unique", "trade_code_unique", "territory_id_unique",
				"directory_text", "problem_text", "trade_text", "territory_text", "actor_location", "directory_entry_kind_name_id")
			.doesNotContain("actor_kind", "actor_sector", "actor_name");
	}

	@Test
	void anAppliedMigrationThatWasEditedStopsTheStartUp() {
		var editedFirstMigration = new PathMatchingResourcePatternResolver() {
			@Override
			public Resource[] getResources(String locationPattern) {
				return new Resource[] { new ByteArrayResource(
						"CREATE INDEX sneaky IF NOT EXISTS FOR (n:Actor) ON (n.website);".getBytes()) {
					@Override
					public String getFilename() {
						return "V0001__Create_identity_constraints.cypher";
					}
				} };
			}
		};
		assertThatIllegalStateException().isThrownBy(() -> new SchemaMigrations(this.sessions, editedFirstMigration,
				new org.springframework.beans.factory.support.StaticListableBeanFactory().getBeanProvider(EmbeddedNeo4j.class))
			.migrate())
			.withMessageContaining("V0001__Create_identity_constraints.cypher was edited after it was applied");
		assertThat(this.driver.executableQuery("SHOW INDEXES YIELD name WHERE name = 'sneaky' RETURN name")
			.execute()
			.records()).isEmpty();
	}

	@Test
	void aMigrationThatNamesTheAppliedChecksumItReplacesIsAcceptedWithoutRunningAgain() {
		String first = "CREATE INDEX replaced_first IF NOT EXISTS FOR (n:Actor) ON (n.replacedFirst);";
		try {
			assertThat(migrationsOf(first).migrate()).isOne();
			long applied = recordedChecksum();

			String second = "// Replaces checksum " + applied + "\n"
					+ "CREATE INDEX replaced_second IF NOT EXISTS FOR (n:Actor) ON (n.replacedSecond);";
			assertThat(migrationsOf(second).migrate()).isZero();
			assertThat(indexNamed("replaced_second")).as("a replacement is not run again").isEmpty();
			assertThat(recordedChecksum()).isNotEqualTo(applied);

			assertThatIllegalStateException().isThrownBy(() -> migrationsOf(first).migrate())
				.withMessageContaining("V9999__Replaced.cypher was edited after it was applied");
		}
		finally {
			this.driver.executableQuery("MATCH (m:SchemaMigration {version: 9999}) DELETE m").execute();
			this.driver.executableQuery("DROP INDEX replaced_first IF EXISTS").execute();
			this.driver.executableQuery("DROP INDEX replaced_second IF EXISTS").execute();
		}
	}

	private SchemaMigrations migrationsOf(String content) {
		var files = new PathMatchingResourcePatternResolver() {
			@Override
			public Resource[] getResources(String locationPattern) {
				return new Resource[] { new ByteArrayResource(content.getBytes()) {
					@Override
					public String getFilename() {
						return "V9999__Replaced.cypher";
					}
				} };
			}
		};
		return new SchemaMigrations(this.sessions, files,
				new org.springframework.beans.factory.support.StaticListableBeanFactory().getBeanProvider(EmbeddedNeo4j.class));
	}

	private long recordedChecksum() {
		return this.driver.executableQuery("MATCH (m:SchemaMigration {version: 9999}) RETURN m.checksum AS checksum")
			.execute()
			.records()
			.get(0)
			.get("checksum")
			.asLong();
	}

	private List<?> indexNamed(String name) {
		return this.driver.executableQuery("SHOW INDEXES YIELD name WHERE name = $name RETURN name")
			.withParameters(java.util.Map.of("name", name))
			.execute()
			.records();
	}

}
