package org.maillage.actor.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.maillage.actor.PublicRecord;
import org.maillage.actor.RecordChange;
import org.maillage.actor.Succession;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Public records against the graph: what saving each would change, and saving a batch in one statement, keyed on the
 * SIRET's uniqueness constraint (migration V0001). An actor someone registered or claimed keeps its own name, trade,
 * commune and location: a register only tells it closed, or its headcount.
 */
@Component
public class PublicRecordQueries {

	/** The fields a register keeps up to date on every actor, claimed or not. */
	private static final String REGISTER_FIELDS_DIFFER = """
			coalesce(a.active, true) <> row.active OR coalesce(a.headcountBand, '') <> coalesce(row.headcountBand, '')""";

	/** The fields a register keeps up to date on the profiles nobody claimed. */
	private static final String PROFILE_DIFFERS = """
			a.name <> row.name OR a.kind <> row.kind OR a.sector <> row.sector OR coalesce(commune, '') <> row.communeId
			      OR trades <> [row.trade]
			      OR coalesce(a.establishedOn, '') <> coalesce(row.establishedOn, '')
			      OR NOT ((a.location IS NULL AND row.latitude IS NULL)
			              OR (a.location IS NOT NULL AND row.latitude IS NOT NULL
			                  AND a.location.latitude = row.latitude AND a.location.longitude = row.longitude))""";

	private final Neo4jClient neo4j;

	private final DirectoryEntries entries;

	PublicRecordQueries(Neo4jClient neo4j, DirectoryEntries entries) {
		this.neo4j = neo4j;
		this.entries = entries;
	}

	/** What saving each record would change, by SIRET. */
	public Map<String, RecordChange> compare(List<PublicRecord> records) {
		Map<String, RecordChange> changes = new HashMap<>();
		this.neo4j.query("""
				UNWIND $rows AS row
				OPTIONAL MATCH (a:Actor {siret: row.siret})
				OPTIONAL MATCH (a)-[:LOCATED_IN]->(c:Commune)
				WITH row, a, c.id AS commune, [(a)-[:HAS_CORE_TRADE]->(t:Trade) | t.code] AS trades
				RETURN row.siret AS siret, CASE
				  WHEN a IS NULL THEN 'CREATE'
				  WHEN %s THEN 'UPDATE'
				  WHEN coalesce(a.publicRecord, false) AND (%s) THEN 'UPDATE'
				  ELSE 'UNCHANGED' END AS change""".formatted(REGISTER_FIELDS_DIFFER, PROFILE_DIFFERS))
			.bind(rows(records))
			.to("rows")
			.fetch()
			.all()
			.forEach(row -> changes.put((String) row.get("siret"), RecordChange.valueOf((String) row.get("change"))));
		return changes;
	}

	/**
	 * Marks the actor claimed (see {@code PublicRecords.claimed}), a new version of it, confirmed by its new owner: a
	 * claimant vouches for the profile they take.
	 */
	public boolean claimed(String actorId) {
		return this.neo4j.query("""
				MATCH (a:Actor {id: $actorId})
				SET a.publicRecord = false, a.claimedAt = datetime(), a.confirmedAt = datetime(),
				    a.version = a.version + 1, a.updatedAt = datetime()
				RETURN count(a) > 0""")
			.bind(actorId)
			.to("actorId")
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

	/**
	 * Creates or brings in line the actors of these records, in the current transaction, and their directory
	 * entries. A new actor has no owner, until claimed.
	 */
	public void save(List<PublicRecord> records) {
		if (records.isEmpty()) {
			return;
		}
		List<String> ids = List.copyOf(this.neo4j.query("""
				UNWIND $rows AS row
				MERGE (a:Actor {siret: row.siret})
				  ON CREATE SET a.id = randomUUID(), a.version = -1, a.createdAt = datetime(), a.publicRecord = true,
				                a.kind = row.kind, a.sector = row.sector, a.name = row.name
				SET a.version = a.version + 1, a.updatedAt = datetime(), a.active = row.active,
				    a.headcountBand = row.headcountBand
				WITH a, row
				CALL (a, row) {
				  WITH a, row WHERE a.publicRecord
				  SET a.name = row.name, a.kind = row.kind, a.sector = row.sector, a.establishedOn = row.establishedOn,
				      a.location = CASE WHEN row.latitude IS NULL THEN null
				                        ELSE point({latitude: row.latitude, longitude: row.longitude}) END
				  WITH a, row
				  CALL (a) { MATCH (a)-[old:LOCATED_IN|HAS_CORE_TRADE]->() DELETE old }
				  WITH a, row
				  MATCH (commune:Territory {id: row.communeId}) WHERE commune:Commune
				  CREATE (a)-[:LOCATED_IN]->(commune)
				  WITH a, row
				  MATCH (trade:Trade {code: row.trade})
				  CREATE (a)-[:HAS_CORE_TRADE]->(trade)
				}
				RETURN a.id AS id""")
			.bind(rows(records))
			.to("rows")
			.fetchAs(String.class)
			.all());
		this.entries.refresh(ids);
	}

	/** What following each link would do. */
	public Map<Succession, RecordChange> compareSuccessions(List<Succession> links) {
		Map<Succession, RecordChange> changes = new HashMap<>();
		this.neo4j.query("""
				UNWIND $links AS link
				OPTIONAL MATCH (p:Actor {siret: link.predecessor})
				OPTIONAL MATCH (s:Actor {siret: link.successor})
				RETURN link.predecessor AS predecessor, link.successor AS successor,
				       CASE WHEN p IS NULL THEN 'UNCHANGED' WHEN s IS NULL THEN 'UPDATE' ELSE 'CONFLICT' END AS change""")
			.bind(links(links))
			.to("links")
			.fetch()
			.all()
			.forEach(row -> changes.put(new Succession((String) row.get("predecessor"), (String) row.get("successor")),
					RecordChange.valueOf((String) row.get("change"))));
		return changes;
	}

	/** Gives each predecessor's actor its successor's SIRET, unless another actor took it meanwhile. */
	public void follow(List<Succession> links) {
		if (links.isEmpty()) {
			return;
		}
		this.neo4j.query("""
				UNWIND $links AS link
				MATCH (p:Actor {siret: link.predecessor})
				WHERE NOT EXISTS { MATCH (:Actor {siret: link.successor}) }
				SET p.siret = link.successor, p.previousSirets = coalesce(p.previousSirets, []) + link.predecessor,
				    p.version = p.version + 1, p.updatedAt = datetime()""")
			.bind(links(links))
			.to("links")
			.run();
	}

	/**
	 * Notes on each successor's actor the predecessor's SIRET of a link that could not be followed, since the
	 * predecessor has an actor too: among its previous SIRETs, where the listing of likely duplicates finds the pair.
	 */
	public void notePredecessors(List<Succession> links) {
		if (links.isEmpty()) {
			return;
		}
		this.neo4j.query("""
				UNWIND $links AS link
				MATCH (s:Actor {siret: link.successor})
				WHERE NOT link.predecessor IN coalesce(s.previousSirets, [])
				SET s.previousSirets = coalesce(s.previousSirets, []) + link.predecessor,
				    s.version = s.version + 1, s.updatedAt = datetime()""")
			.bind(links(links))
			.to("links")
			.run();
	}

	private static List<Map<String, Object>> links(List<Succession> links) {
		return links.stream()
			.map(link -> Map.<String, Object>of("predecessor", link.predecessor(), "successor", link.successor()))
			.toList();
	}

	private static List<Map<String, Object>> rows(List<PublicRecord> records) {
		return records.stream().map(record -> {
			Map<String, Object> row = new HashMap<>();
			row.put("siret", record.siret());
			row.put("name", record.name());
			row.put("kind", record.kind().name());
			row.put("sector", record.sector().name());
			row.put("trade", record.trade());
			row.put("communeId", record.communeId());
			row.put("active", record.active());
			row.put("headcountBand", record.headcountBand());
			row.put("establishedOn", record.establishedOn());
			row.put("latitude", record.location() == null ? null : record.location().latitude());
			row.put("longitude", record.location() == null ? null : record.location().longitude());
			return row;
		}).toList();
	}

}
