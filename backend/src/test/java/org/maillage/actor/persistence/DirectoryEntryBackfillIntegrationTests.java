package org.maillage.actor.persistence;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.maillage.MaillageIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Start-up fills the directory entries of actors that have none (written by a version before entries, or by hand)
 * and leaves current entries alone.
 */
@MaillageIntegrationTest
class DirectoryEntryBackfillIntegrationTests {

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	DirectoryEntryBackfill backfill;

	@Test
	void anActorWithoutEntryGetsOneAtTheNextStartAndCurrentEntriesAreLeftAlone() {
		String id = UUID.randomUUID().toString();
		// an actor of before its entry existed: its item carries the audience labels every item has carried since
		// V0009, as in a store of before, so that lists and their totals agree on it
		this.neo4j.query("""
				CREATE (a:Actor {id: $id, version: 0, kind: 'COMPANY', sector: 'PRIVATE', name: 'Écrit à la main'})
				WITH a MATCH (c:Commune {id: 'commune:57463'}) CREATE (a)-[:LOCATED_IN]->(c)
				WITH a MATCH (t:Trade {code: '24.10Z'}) CREATE (a)-[:HAS_CORE_TRADE]->(t)
				CREATE (a)-[:HAS_EQUIPMENT]->(:Equipment:Item:MembersText:FacilitatorsText {id: $equipment, name: 'Four',
				        category: 'FURNACE_THERMAL', visibility: 'MEMBERS', version: 0})""")
			.bindAll(Map.of("id", id, "equipment", UUID.randomUUID().toString()))
			.run();

		this.backfill.start();

		Map<String, Object> entry = entry(id);
		assertThat((List<Object>) entry.get("facets")).contains("f_kind_COMPANY_", "f_place_departement_57_",
				"f_place_region_44_", "f_naf_C_", "f_naf_24_", "f_naf_24_10Z_", "f_self_" + id.replace('-', '_') + "_");
		assertThat(entry).containsEntry("commune", "commune:57463").containsEntry("departement", "departement:57")
			.containsEntry("region", "region:44");
		assertThat((List<Object>) entry.get("membersFacets")).containsExactly("f_equipment_FURNACE_THERMAL_");
		assertThat((List<Object>) entry.get("publicFacets")).isEmpty();
		assertThat((String) entry.get("membersText")).contains("Four");

		this.neo4j.query("MATCH (e:DirectoryEntry {actorId: $id}) SET e.name = 'Pas touché'").bind(id).to("id").run();
		this.backfill.start();
		assertThat(entry(id)).containsEntry("name", "Pas touché");

		// new reference data, or a new entry format, changes the stamp: every entry is rebuilt
		this.neo4j.query("MATCH (r:ReferenceData {name: 'directory-entries'}) SET r.checksum = -1").run();
		this.backfill.start();
		assertThat(entry(id)).containsEntry("name", "Écrit à la main");
	}

	private Map<String, Object> entry(String id) {
		return this.neo4j.query("MATCH (e:DirectoryEntry {actorId: $id}) RETURN properties(e) AS entry")
			.bind(id)
			.to("id")
			.fetchAs(Map.class)
			.one()
			.map(entry -> (Map<String, Object>) entry)
			.orElseThrow();
	}

}
