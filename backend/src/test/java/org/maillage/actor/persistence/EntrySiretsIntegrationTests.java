package org.maillage.actor.persistence;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.maillage.ApiAndGraphTests;
import org.maillage.MaillageIntegrationTest;
import org.maillage.Migrations;
import org.maillage.TestActors;
import org.maillage.TestCallers;
import org.maillage.actor.RollEntry;
import org.maillage.security.Role;
import org.maillage.territory.Territories;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A territory's roll, which lists likely duplicates, reads each actor's SIRETs from its directory entry (migration
 * V0036): the entry carries them from the actor's registration, and the migration writes them for the entries of
 * before.
 */
@MaillageIntegrationTest
class EntrySiretsIntegrationTests extends ApiAndGraphTests {

	private static final String MIGRATION = "V0036__Keep_the_SIRETs_on_the_directory_entries.cypher";

	@Autowired
	RollQueries rolls;

	@Autowired
	Territories territories;

	@Test
	void theRollReadsTheSiretsTheEntryKeepsAndTheMigrationWritesThem() {
		TestCallers.signIn("entry-sirets", Role.MEMBER);
		String siret = TestActors.newSiret();
		String actor = TestActors.registerIn(this.graphQl, "COMPANY", "PRIVATE", "Robinetterie de Lure", "70310", null,
				"siret: \"%s\"".formatted(siret));
		this.neo4j.query("MATCH (a:Actor {id: $id}) SET a.previousSirets = ['11111111111111']").bind(actor).to("id")
			.run();
		assertThat(rollOf(actor).siret()).isEqualTo(siret);

		this.neo4j.query("MATCH (e:DirectoryEntry {actorId: $id}) REMOVE e.siret, e.previousSirets").bind(actor)
			.to("id").run();
		assertThat(rollOf(actor).siret()).as("read from the entry, not the actor").isNull();
		this.neo4j.query(Migrations.lastStatementOf(MIGRATION)).run();
		RollEntry migrated = rollOf(actor);
		assertThat(migrated.siret()).as("written by the migration").isEqualTo(siret);
		assertThat(migrated.previousSirets()).containsExactly("11111111111111");
	}

	private RollEntry rollOf(String actor) {
		List<RollEntry> roll = this.rolls.roll(this.territories.find("departement:70").orElseThrow(), 50_000);
		return roll.stream().filter(entry -> entry.actorId().equals(actor)).findFirst().orElseThrow();
	}

}
