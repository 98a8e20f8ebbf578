package org.maillage.actor.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.maillage.actor.LegalUnit;
import org.maillage.actor.PublicRecord;
import org.maillage.actor.UnclaimedEstablishment;
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
			      OR trades <> CASE WHEN row.trade IS NULL THEN [] ELSE [row.trade] END
			      OR (row.website IS NOT NULL AND coalesce(a.website, '') <> row.website)
			      OR (row.description IS NOT NULL AND coalesce(a.description, '') <> row.description)
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

	/** What saving each record would change, by its key ({@link PublicRecord#key}). */
	public Map<String, RecordChange> compare(List<PublicRecord> records) {
		Map<String, RecordChange> changes = new HashMap<>();
		for (Key key : Key.values()) {
			List<PublicRecord> keyed = key.of(records);
			if (keyed.isEmpty()) {
				continue;
			}
			this.neo4j.query("""
					CYPHER replan=skip
					UNWIND $rows AS row
					OPTIONAL MATCH (a:Actor {%s: row.key})
					OPTIONAL MATCH (a)-[:LOCATED_IN]->(c:Commune)
					WITH row, a, c.id AS commune, [(a)-[:HAS_CORE_TRADE]->(t:Trade) | t.code] AS trades
					RETURN row.key AS key, CASE
					  WHEN a IS NULL THEN 'CREATE'
					  WHEN %s THEN 'UPDATE'
					  WHEN coalesce(a.publicRecord, false) AND (%s) THEN 'UPDATE'
					  ELSE 'UNCHANGED' END AS change""".formatted(key.property, REGISTER_FIELDS_DIFFER, PROFILE_DIFFERS))
				.bind(rows(keyed))
				.to("rows")
				.fetch()
				.all()
				.forEach(row -> changes.put((String) row.get("key"), RecordChange.valueOf((String) row.get("change"))));
		}
		return changes;
	}

	/** The actors of these records' keys, by key. */
	public Map<String, String> actorIds(List<PublicRecord> records) {
		Map<String, String> ids = new HashMap<>();
		for (Key key : Key.values()) {
			List<PublicRecord> keyed = key.of(records);
			if (!keyed.isEmpty()) {
				this.neo4j.query("""
						UNWIND $keys AS key
						MATCH (a:Actor {%s: key})
						RETURN key, a.id AS id""".formatted(key.property))
					.bind(keyed.stream().map(PublicRecord::key).toList())
					.to("keys")
					.fetch()
					.all()
					.forEach(row -> ids.put((String) row.get("key"), (String) row.get("id")));
			}
		}
		return ids;
	}

	/** What saving each legal unit would change, by SIREN. */
	public Map<String, RecordChange> compareLegalUnits(List<LegalUnit> units) {
		Map<String, RecordChange> changes = new HashMap<>();
		this.neo4j.query("""
				UNWIND $units AS unit
				OPTIONAL MATCH (u:LegalUnit {siren: unit.siren})
				RETURN unit.siren AS siren, CASE WHEN u IS NULL THEN 'CREATE'
				  WHEN coalesce(u.category, '') <> coalesce(unit.category, '') OR coalesce(u.name, '') <> coalesce(unit.name, '')
				  THEN 'UPDATE' ELSE 'UNCHANGED' END AS change""")
			.bind(units(units))
			.to("units")
			.fetch()
			.all()
			.forEach(row -> changes.put((String) row.get("siren"), RecordChange.valueOf((String) row.get("change"))));
		return changes;
	}

	public void saveLegalUnits(List<LegalUnit> units) {
		this.neo4j.query("""
				UNWIND $units AS unit
				MERGE (u:LegalUnit {siren: unit.siren})
				SET u.category = unit.category, u.name = unit.name""").bind(units(units)).to("units").run();
	}

	/** The legal units known of these SIRENs, by SIREN. */
	public Map<String, LegalUnit> legalUnits(Collection<String> sirens) {
		Map<String, LegalUnit> units = new HashMap<>();
		this.neo4j.query("MATCH (u:LegalUnit) WHERE u.siren IN $sirens RETURN u.siren AS siren, u.category AS category, u.name AS name")
			.bind(List.copyOf(sirens))
			.to("sirens")
			.fetch()
			.all()
			.forEach(row -> units.put((String) row.get("siren"), new LegalUnit((String) row.get("siren"),
					(String) row.get("category"), (String) row.get("name"))));
		return units;
	}

	/** The unclaimed public-record profiles of these legal units' establishments (SIRETs starting with a SIREN). */
	public List<UnclaimedEstablishment> unclaimedOf(Collection<String> sirens) {
		return List.copyOf(this.neo4j.query("""
				UNWIND $sirens AS siren
				MATCH (a:Actor) WHERE a.siret STARTS WITH siren AND a.publicRecord
				RETURN a.id AS actorId, a.siret AS siret, a.name AS name,
				       [(a)-[:HAS_CORE_TRADE]->(t:Trade) | t.code][0] AS trade""")
			.bind(List.copyOf(sirens))
			.to("sirens")
			.fetchAs(UnclaimedEstablishment.class)
			.mappedBy((types, row) -> new UnclaimedEstablishment(row.get("actorId").asString(),
					row.get("siret").asString(), row.get("trade").asString(null), row.get("name").asString(null)))
			.all());
	}

	/** Gives these actors a kind, sector and name (each a map of {@code actorId}, {@code kind}, {@code sector}, {@code name}). */
	public void reclassify(List<Map<String, Object>> actors) {
		if (actors.isEmpty()) {
			return;
		}
		List<String> ids = List.copyOf(this.neo4j.query("""
				UNWIND $actors AS row
				MATCH (a:Actor {id: row.actorId}) WHERE a.publicRecord
				  AND (a.kind <> row.kind OR a.sector <> row.sector OR a.name <> row.name)
				SET a.kind = row.kind, a.sector = row.sector, a.name = row.name, a.version = a.version + 1,
				    a.updatedAt = datetime()
				RETURN a.id""").bind(actors).to("actors").fetchAs(String.class).all());
		this.entries.refresh(ids);
	}

	private static List<Map<String, Object>> units(List<LegalUnit> units) {
		return units.stream().map(unit -> {
			Map<String, Object> row = new HashMap<>();
			row.put("siren", unit.siren());
			row.put("category", unit.category());
			row.put("name", unit.name());
			return row;
		}).toList();
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
		List<String> ids = new ArrayList<>();
		for (Key key : Key.values()) {
			List<PublicRecord> keyed = key.of(records);
			if (!keyed.isEmpty()) {
				ids.addAll(save(key, keyed));
			}
		}
		this.entries.refresh(ids);
	}

	private List<String> save(Key key, List<PublicRecord> records) {
		return List.copyOf(this.neo4j.query("""
				CYPHER replan=skip
				UNWIND $rows AS row
				MERGE (a:Actor {%s: row.key})
				  ON CREATE SET a.id = randomUUID(), a.version = -1, a.createdAt = datetime(), a.publicRecord = true,
				                a.kind = row.kind, a.sector = row.sector, a.name = row.name
				SET a.version = a.version + 1, a.updatedAt = datetime(), a.active = row.active,
				    a.headcountBand = row.headcountBand
				WITH a, row
				CALL (a, row) {
				  WITH a, row WHERE a.publicRecord
				  SET a.name = row.name, a.kind = row.kind, a.sector = row.sector, a.establishedOn = row.establishedOn,
				      a.website = coalesce(row.website, a.website), a.description = coalesce(row.description, a.description),
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
				RETURN a.id AS id""".formatted(key.property))
			.bind(rows(records))
			.to("rows")
			.fetchAs(String.class)
			.all());
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

	/** The actor's entry carries its SIRETs for the roll of likely duplicates (V0036): kept in step where they change. */
	private static final String ENTRY_SIRETS = """
			WITH %1$s
			CALL (%1$s) {
			  MATCH (e:DirectoryEntry {actorId: %1$s.id})
			  SET e.siret = %1$s.siret, e.previousSirets = %1$s.previousSirets
			}""";

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
				    p.version = p.version + 1, p.updatedAt = datetime()
				%s""".formatted(ENTRY_SIRETS.formatted("p")))
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
				    s.version = s.version + 1, s.updatedAt = datetime()
				%s""".formatted(ENTRY_SIRETS.formatted("s")))
			.bind(links(links))
			.to("links")
			.run();
	}

	private static List<Map<String, Object>> links(List<Succession> links) {
		return links.stream()
			.map(link -> Map.<String, Object>of("predecessor", link.predecessor(), "successor", link.successor()))
			.toList();
	}

	/**
	 * What an import finds a record's actor by: its SIRET (unique, migration V0001), else its name-and-commune key
	 * (V0024). Each is a constant property name, never input.
	 */
	private enum Key {

		SIRET("siret"), IMPORT_KEY("importKey");

		final String property;

		Key(String property) {
			this.property = property;
		}

		List<PublicRecord> of(List<PublicRecord> records) {
			return records.stream().filter(record -> (record.siret() != null) == (this == SIRET)).toList();
		}

	}

	private static List<Map<String, Object>> rows(List<PublicRecord> records) {
		return records.stream().map(record -> {
			Map<String, Object> row = new HashMap<>();
			row.put("key", record.key());
			row.put("siret", record.siret());
			row.put("website", record.website());
			row.put("description", record.description());
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
