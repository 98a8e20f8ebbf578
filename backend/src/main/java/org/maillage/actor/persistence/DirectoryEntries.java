package org.maillage.actor.persistence;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.CRC32;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.maillage.core.TextAudience;
import org.maillage.core.Visibility;
import org.maillage.territory.InsideTerritories;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps each actor's directory entry in step with the actor: what it can be found by, split by who may see it
 * (migration V0010 describes the entry and its indexes; {@link FacetedSearch} reads them), the facets of its
 * equipment and problems (category, status, the territories of the actor), the département and région of its
 * equipment and topic interests, by which matchmaking finds a need's holders near a problem (migration V0013), and
 * of its problems' needs, by which it finds the problems near an actor that could help (V0039), and
 * the actor's {@code position}: the point it gave, else its commune's centre, from which matchmaking measures
 * distances. The entry holds the actor's kind, département and région too, by which one kind's or one place's
 * entries are read in name order (migrations V0012, V0017, V0018), and the day its owners last confirmed it, by
 * which the directory filters on freshness (V0026). Every write that changes something these
 * hold (the actor's details, commune or trades, its items, its topics) refreshes them in the same transaction, with
 * the actor's write lock held, so that they are never older than the actor nor written by two transactions at once.
 */
@Component
public class DirectoryEntries {

	/**
	 * Rebuilds the entries of {@code $actorIds} from the graph. Generated from constants only: the levels' field
	 * names and the facet prefixes. Its plan starts from each actor's id, whatever the graph's counts, so it is never
	 * planned again when they move ({@code replan=skip}): an import into an empty store moved them all along, and
	 * planning this statement again and again took a tenth of the database's time.
	 */
	static final String REFRESH = """
			CYPHER replan=skip
			UNWIND $actorIds AS actorId
			MATCH (a:Actor {id: actorId})
			CALL (a) {
			  OPTIONAL MATCH <<PATH(a, place)>>
			  RETURN collect(DISTINCT %s) AS places
			}
			CALL (a) {
			  OPTIONAL MATCH (a)-[:HAS_CORE_TRADE]->(:Trade)-[:BROADER*0..4]->(trade:Trade)
			  RETURN collect(DISTINCT %s) AS trades
			}
			WITH a, places, trades,
			     [(a)-[:HAS_KNOW_HOW|HAS_EQUIPMENT]->(item:Item) | item] AS items,
			     [(a)-[interest:INTERESTED_IN]->(t:Topic) | {visibility: interest.visibility, token: %s}] AS interests
			WITH a, places, trades, items, interests, %s AS self
			CALL (a) {
			  OPTIONAL MATCH (a)-[:LOCATED_IN]->(c:Commune)
			  OPTIONAL MATCH (c)-[:PART_OF]->(d:Departement)
			  OPTIONAL MATCH (d)-[:PART_OF]->(r:Region)
			  RETURN c.id AS commune, d.id AS departement, r.id AS region, coalesce(a.location, c.location) AS position
			}
			// where matchmaking measures the actor's distances from: its own point, else its commune's centre
			SET a.position = position
			WITH *
			CALL (a, places, self, departement, region) {
			  MATCH (a)-[:HAS_EQUIPMENT]->(equipment:Equipment)
			  WITH equipment, ['%s', %s, self] + places AS facets, departement, region
			  WHERE equipment.facets IS NULL OR equipment.facets <> facets OR equipment.counted IS NULL
			     OR coalesce(equipment.departement, '') <> coalesce(departement, '')
			     OR coalesce(equipment.region, '') <> coalesce(region, '')
			  SET equipment.facets = facets, equipment.counted = <<ITEM_COUNTED>>, equipment.departement = departement,
			      equipment.region = region
			}
			// where the interest's holder is, for the holders of a topic near a problem (migration V0013)
			<<PLACED(INTERESTED_IN, Topic, topic, key)>>
			// the same for the actor's core trades: the holders of a trade near a problem (migration V0016)
			<<PLACED(HAS_CORE_TRADE, Trade, trade, code)>>
			// and where each problem is, for a place's recurring problems (migration V0035)
			CALL (a, places, self, departement, region) {
			  MATCH (a)-[:FACES]->(problem:Problem)
			  WITH problem, ['%s', %s, %s, self] + places AS facets, departement, region
			  WHERE problem.facets IS NULL OR problem.facets <> facets OR problem.counted IS NULL
			     OR coalesce(problem.departement, '') <> coalesce(departement, '')
			     OR coalesce(problem.region, '') <> coalesce(region, '')
			  SET problem.facets = facets, problem.counted = <<ITEM_COUNTED>>, problem.departement = departement,
			      problem.region = region
			}
			// and its problems' needs, for the problems near an actor that could help with them (migration V0039)
			CALL (a, departement, region) {
			  MATCH (a)-[:FACES]->(:Problem)-[:HAS_NEED]->(need:Need)
			  WITH need, departement, region
			  WHERE coalesce(need.departement, '') <> coalesce(departement, '')
			     OR coalesce(need.region, '') <> coalesce(region, '')
			  SET need.departement = departement, need.region = region
			}
			WITH *, <<CONFIRMED_ON>> AS confirmedOn
			MERGE (e:DirectoryEntry {actorId: a.id})
			SET e.name = a.name, e.kind = a.kind, e.description = a.description,
			    e.siret = a.siret, e.previousSirets = a.previousSirets,
			    e.commune = commune, e.departement = departement, e.region = region, e.confirmedOn = confirmedOn,
			    e.facets = [%s, %s, self] + places + trades
			      + CASE WHEN confirmedOn IS NULL THEN [] ELSE [<<CONFIRMED_TOKEN>>] END,
			    e.counted = <<COUNTED>>,
			%s
			<<AUDIENCE_COUNTED>>
			<<CODES>>""".replace("<<PATH(a, place)>>", InsideTerritories.path("a", "place"))
		.replace("<<AUDIENCE_COUNTED>>", audienceCounted())
		.replace("<<CODES>>", FacetCodes.write())
		.replace("<<COUNTED>>", Facets.counted("[%1$s, %2$s] + places + trades".formatted(
				Facets.cypher(Facets.KIND, "a.kind"), Facets.cypher(Facets.SECTOR, "a.sector"))))
		.replace("<<ITEM_COUNTED>>", Facets.itemCounted("facets"))
		.replace("<<CONFIRMED_ON>>", confirmedOn("a"))
		.replace("<<CONFIRMED_TOKEN>>", Facets.cypher(Facets.CONFIRMED, "confirmedOn"))
		.replace("<<PLACED(INTERESTED_IN, Topic, topic, key)>>", placed("INTERESTED_IN", "Topic", "topic", "key"))
		.replace("<<PLACED(HAS_CORE_TRADE, Trade, trade, code)>>", placed("HAS_CORE_TRADE", "Trade", "trade", "code"))
		.formatted(Facets.cypher(Facets.PLACE, "place.id"), Facets.cypher(Facets.TRADE, "trade.code"),
			Facets.cypher(Facets.TOPIC, "t.key"), Facets.cypher(Facets.SELF, "a.id"), Facets.EQUIPMENT_ITEM,
			Facets.cypher(Facets.EQUIPMENT, "equipment.category"), Facets.PROBLEM_ITEM,
			Facets.cypher(Facets.PROBLEM_CATEGORY, "problem.category"), Facets.cypher(Facets.STATUS, "problem.status"),
			Facets.cypher(Facets.KIND, "a.kind"), Facets.cypher(Facets.SECTOR, "a.sector"), levelFields());

	/**
	 * The day an actor was last confirmed, in France ({@code 2026-01-31}), or null: an entry holds it as
	 * {@code confirmedOn} and as a facet token ({@link Facets#CONFIRMED}), by which the directory filters on freshness.
	 * Entries of before take it from the rebuild that {@link #FORMAT} 2 starts once (migration V0026 gave their actors a
	 * {@code confirmedAt}).
	 */
	static String confirmedOn(String actor) {
		return "CASE WHEN %1$s.confirmedAt IS NULL THEN null ELSE toString(date(datetime({datetime: %1$s.confirmedAt, timezone: '%2$s'}))) END"
			.formatted(actor, FRANCE);
	}

	/** Dates of confirmation are days in France, where the directory's people are. */
	static final String FRANCE = "Europe/Paris";

	/**
	 * Keeps the actor's links of a type in step with where the actor is and what they link to: the target's key, and
	 * the actor's département and région, which matchmaking's near-first lookups read (migrations V0013, V0016).
	 * Written only when something changed.
	 */
	private static String placed(String type, String label, String property, String key) {
		return """
				CALL (a, departement, region) {
				  MATCH (a)-[link:%1$s]->(target:%2$s)
				  WITH link, target, departement, region
				  WHERE coalesce(link.%3$s, '') <> target.%4$s
				     OR coalesce(link.departement, '') <> coalesce(departement, '')
				     OR coalesce(link.region, '') <> coalesce(region, '')
				  SET link.%3$s = target.%4$s, link.departement = departement, link.region = region
				}""".formatted(type, label, property, key);
	}

	/**
	 * Raise it whenever {@link #REFRESH} changes what an entry holds: every entry is rebuilt at the next start.
	 * 2: the day of confirmation and its facet token (freshness).
	 */
	static final int FORMAT = 2;

	/** The reference data node whose checksum stamps the entries: format and reference data they were built with. */
	static final String STAMP = "directory-entries";

	private static final int BATCH = 1_000;

	/**
	 * Reference data no entry is built from: a new version of it must not rebuild every entry (13 minutes at a million
	 * actors). The communes' centres place actors on a map; entries hold territories by id, not by position, and only
	 * the actors' positions are set again when the centres change ({@link #placeActors}).
	 */
	static final String COMMUNE_CENTRES = "commune-centres.csv.gz";

	private static final List<String> UNRELATED_REFERENCE_DATA = List.of(COMMUNE_CENTRES);

	/** The reference data node whose checksum stamps the actors' positions: the communes' centres they were set with. */
	static final String POSITIONS_STAMP = "actor-positions";

	/** Every actor's position, from its own point or its commune's centre ({@link #REFRESH} keeps it afterwards). */
	private static final String PLACE_ACTORS = """
			MATCH (a:Actor)
			CALL (a) {
			  OPTIONAL MATCH (a)-[:LOCATED_IN]->(c:Commune)
			  SET a.position = coalesce(a.location, c.location)
			} IN TRANSACTIONS OF 10000 ROWS""";

	private static final Logger log = LoggerFactory.getLogger(DirectoryEntries.class);

	/** Every topic's interests counted again per level, as migration V0010 first did ({@link TopicCounts}). */
	private static final String RECOUNT_TOPICS = """
			MATCH (t:Topic)
			CALL (t) {
			  %s
			} IN TRANSACTIONS OF 1000 ROWS""".formatted("SET " + java.util.Arrays.stream(Visibility.values())
		.map(level -> "t.%s = COUNT { (t)<-[i:INTERESTED_IN]-(:Actor) WHERE i.visibility = '%s' }"
			.formatted(TopicCounts.field(level), level.name()))
		.collect(Collectors.joining(", ")));

	private final Neo4jClient neo4j;

	private final TransactionTemplate transactions;

	DirectoryEntries(Neo4jClient neo4j, TransactionTemplate transactions) {
		this.neo4j = neo4j;
		this.transactions = transactions;
	}

	/**
	 * Keeps this actor's entry in step with a new confirmation ({@code confirmedAt}) without rebuilding it: its day
	 * and token change only when the day does. In the caller's transaction, under the actor's write lock.
	 */
	public void confirmed(String actorId) {
		this.neo4j.query("""
				MATCH (a:Actor {id: $actorId}), (e:DirectoryEntry {actorId: $actorId})
				WITH a, e, %s AS confirmedOn
				WHERE coalesce(e.confirmedOn, '') <> coalesce(confirmedOn, '')
				SET e.confirmedOn = confirmedOn,
				    e.facets = [token IN e.facets WHERE NOT token STARTS WITH '%s']
				      + CASE WHEN confirmedOn IS NULL THEN [] ELSE [%s] END""".formatted(confirmedOn("a"),
					Facets.CONFIRMED, Facets.cypher(Facets.CONFIRMED, "confirmedOn")))
			.bind(actorId)
			.to("actorId")
			.run();
	}

	/** Rebuilds these actors' entries, in the caller's transaction. */
	public void refresh(Collection<String> actorIds) {
		this.neo4j.query(REFRESH).bind(List.copyOf(actorIds)).to("actorIds").run();
	}

	/** The entry field of one visibility level's text ({@code publicText}) or facets ({@code publicFacets}). */
	static String field(Visibility level, String suffix) {
		return level.name().toLowerCase(Locale.ROOT) + suffix;
	}

	/**
	 * For the members' and the facilitators' audiences, the tokens their facets count on this entry in one list (the
	 * {@code counted} ones and those of every level the audience sees, each once): reading and merging three lists
	 * for each of 10,000 matches cost a third of a facilitator's facets (docs/observatory.md, "What facets cost").
	 * Public visitors read {@code counted} and {@code publicFacets}, as cheap as one list. Migration V0038 wrote them
	 * for the entries of before with the same expression.
	 */
	static String audienceCounted() {
		return Stream.of(TextAudience.MEMBERS, TextAudience.FACILITATORS)
			.map(audience -> "e.%s = %s".formatted(countedField(audience), seenTokens("e", audience.levels())))
			.collect(Collectors.joining(", ", "SET ", ""));
	}

	/**
	 * The field of an audience's counted tokens, named after the widest level it sees ({@code membersCounted}); kept
	 * for the members' and the facilitators' audiences only ({@link #audienceCounted}).
	 */
	static String countedField(TextAudience audience) {
		List<Visibility> levels = audience.levels();
		return field(levels.get(levels.size() - 1), "Counted");
	}

	/** {@code entry}'s counted tokens and those of these levels' lists, each once. */
	static String seenTokens(String entry, List<Visibility> levels) {
		return "coalesce(%1$s.counted, []) + reduce(tokens = [], token IN %2$s | CASE WHEN token IN tokens THEN tokens ELSE tokens + token END)"
			.formatted(entry, levels.stream()
				.map(level -> "coalesce(%s.%s, [])".formatted(entry, field(level, "Facets")))
				.collect(Collectors.joining(" + ")));
	}

	/**
	 * For each level: the names and descriptions of the know-how and equipment of that visibility, and the tokens of
	 * its equipment categories and topics (each once).
	 */
	private static String levelFields() {
		return Arrays.stream(Visibility.values()).map(level -> """
				    e.%s = reduce(text = '', item IN items | CASE WHEN item.visibility = '%s'
				      THEN text + ' ' + coalesce(item.name, '') + ' ' + coalesce(item.description, '') ELSE text END),
				    e.%s = reduce(tokens = [], token IN
				      [i IN items WHERE i:Equipment AND i.visibility = '%s' | %s]
				      + [interest IN interests WHERE interest.visibility = '%s' | interest.token]
				      | CASE WHEN token IN tokens THEN tokens ELSE tokens + token END)"""
			.formatted(field(level, "Text"), level.name(), field(level, "Facets"), level.name(),
					Facets.cypher(Facets.EQUIPMENT, "i.category"), level.name()))
			.collect(Collectors.joining(",\n"));
	}

	/**
	 * Rebuilds every entry, and recounts every topic's interests, when they may be out of step with the graph:
	 * after the upgrade that introduces them or changes what an entry holds ({@link #FORMAT}), after new reference
	 * data (a commune that changed département, a NAF code moved), or when the number of entries differs from the
	 * number of actors (actors written by an older version or outside the service, such as a benchmark's generated
	 * territory). Otherwise it costs two counts. Batches of {@value #BATCH} actors, each its own transaction, with
	 * progress in the log: at a million actors it takes minutes, once.
	 */
	public void bringUpToDate() {
		long stamp = stamp();
		Map<String, Object> state = this.neo4j.query("""
				OPTIONAL MATCH (r:ReferenceData {name: $name})
				RETURN r.checksum AS stamp, COUNT { (:Actor) } AS actors, COUNT { (:DirectoryEntry) } AS entries""")
			.bind(STAMP)
			.to("name")
			.fetch()
			.one()
			.orElseThrow();
		long actors = ((Number) state.get("actors")).longValue();
		boolean current = state.get("stamp") instanceof Number stored && stored.longValue() == stamp
				&& actors == ((Number) state.get("entries")).longValue();
		if (!current) {
			rebuild(actors);
			stampWith(STAMP, stamp);
		}
		placeActors();
	}

	/**
	 * Sets every actor's position again when the communes' centres are not those the positions were set with: after
	 * the upgrade that introduced positions, or a new centres file. One pass of small transactions, once; otherwise
	 * one read.
	 */
	private void placeActors() {
		Long centres = this.neo4j.query("""
				OPTIONAL MATCH (c:ReferenceData {name: $centres})
				OPTIONAL MATCH (p:ReferenceData {name: $positions})
				RETURN CASE WHEN c.checksum = p.checksum THEN null ELSE coalesce(c.checksum, 0) END AS stale""")
			.bindAll(Map.of("centres", COMMUNE_CENTRES, "positions", POSITIONS_STAMP))
			.fetchAs(Long.class)
			.one()
			.orElse(null);
		if (centres == null) {
			return;
		}
		long started = System.nanoTime();
		this.neo4j.query(PLACE_ACTORS).run();
		stampWith(POSITIONS_STAMP, centres);
		log.info("Actors placed at their own point or their commune's centre in {} ms",
				(System.nanoTime() - started) / 1_000_000);
	}

	private void stampWith(String name, long stamp) {
		this.neo4j.query("MERGE (r:ReferenceData {name: $name}) SET r.checksum = $stamp, r.loadedAt = datetime()")
			.bindAll(Map.of("name", name, "stamp", stamp))
			.run();
	}

	private void rebuild(long actors) {
		long started = System.nanoTime();
		long lastReport = started;
		long done = 0;
		String after = "";
		while (true) {
			String from = after;
			List<String> batch = List.copyOf(this.neo4j.query("""
					MATCH (a:Actor) WHERE a.id > $after RETURN a.id AS id ORDER BY a.id LIMIT $batch""")
				.bindAll(Map.of("after", from, "batch", BATCH))
				.fetchAs(String.class)
				.all());
			if (batch.isEmpty()) {
				break;
			}
			this.transactions.executeWithoutResult(status -> refresh(batch));
			done += batch.size();
			after = batch.get(batch.size() - 1);
			if (System.nanoTime() - lastReport > 10_000_000_000L) {
				lastReport = System.nanoTime();
				log.info("Directory entries: {} of {} actors", done, actors);
			}
		}
		long orphans = this.neo4j.query("""
				MATCH (e:DirectoryEntry) WHERE NOT EXISTS { (:Actor {id: e.actorId}) }
				CALL (e) { DELETE e } IN TRANSACTIONS OF 10000 ROWS
				RETURN count(*) AS deleted""").fetchAs(Long.class).one().orElse(0L);
		this.neo4j.query(RECOUNT_TOPICS).run();
		if (done > 0 || orphans > 0) {
			log.info("Directory entries rebuilt for {} actors ({} without an actor deleted) in {} ms", done, orphans,
					(System.nanoTime() - started) / 1_000_000);
		}
	}

	/** The entry format and the reference data entries are derived from, as one checksum. */
	private long stamp() {
		String sources = this.neo4j.query("""
				MATCH (r:ReferenceData) WHERE NOT r.name IN [$name, $positions] AND NOT r.name IN $unrelated
				WITH r ORDER BY r.name
				RETURN reduce(text = '', row IN collect(r.name + '=' + r.checksum) | text + row + ';') AS sources""")
			.bindAll(Map.of("name", STAMP, "positions", POSITIONS_STAMP, "unrelated", UNRELATED_REFERENCE_DATA))
			.fetchAs(String.class)
			.one()
			.orElse("");
		CRC32 crc = new CRC32();
		crc.update(("format=" + FORMAT + ";" + sources).getBytes(StandardCharsets.UTF_8));
		return crc.getValue();
	}

}
