package org.maillage.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

/**
 * Writes a synthetic territory ({@link SyntheticTerritory}) into the graph through the Neo4j driver: batches of
 * actors, each batch one parameterised {@code UNWIND} statement in one transaction. Nodes, labels, properties and
 * relationships are exactly those the service writes when actors register through the API ({@code ActorGraph},
 * the {@code *Node} entities, {@code ActorItems}): versions start at 0, instants are UTC date-times, a topic is
 * named after its first public declaration. The reference data (communes, NAF) must already be in the graph: the
 * service loads it at start-up.
 */
public final class TerritoryGenerator {

	static final int DEFAULT_BATCH = 2_000;

	private static final long PROGRESS_EVERY = 10_000;

	/** One batch of actors with their links and items. */
	static final String WRITE_ACTORS = """
			UNWIND $rows AS row
			MATCH (commune:Territory {id: row.communeId}) WHERE commune:Commune
			CREATE (a:Actor {id: row.id, version: 0, kind: row.kind, sector: row.sector, name: row.name,
			                 description: row.description, createdAt: row.createdAt, updatedAt: row.updatedAt,
			                 confirmedAt: row.updatedAt})
			SET a.website = row.website,
			    a.location = CASE WHEN row.latitude IS NULL THEN null
			                      ELSE point({latitude: row.latitude, longitude: row.longitude}) END
			CREATE (a)-[:LOCATED_IN]->(commune)
			WITH a, row
			CALL (a, row) {
			  UNWIND row.trades AS code
			  MATCH (trade:Trade {code: code})
			  CREATE (a)-[:HAS_CORE_TRADE]->(trade)
			}
			CALL (a, row) {
			  UNWIND row.knowHow AS item
			  CREATE (a)-[:HAS_KNOW_HOW]->(k:KnowHow:Item {id: item.id, version: 0, name: item.name,
			                                               visibility: item.visibility})
			  SET k.description = item.description
			  <<AUDIENCES(k, Text)>>
			}
			CALL (a, row) {
			  UNWIND row.equipment AS item
			  CREATE (a)-[:HAS_EQUIPMENT]->(e:Equipment:Item {id: item.id, version: 0, name: item.name,
			                                                 category: item.category, shared: true, visibility: item.visibility})
			  SET e.description = item.description, e.capacity = item.capacity, e.sharingTerms = item.sharingTerms
			  <<AUDIENCES(e, Text)>>
			}
			CALL (a, row) {
			  UNWIND row.topics AS interest
			  MERGE (topic:Topic {key: interest.key}) ON CREATE SET topic.name = interest.key, topic.named = false
			  SET topic.name = CASE WHEN NOT topic.named AND interest.visibility = 'PUBLIC' THEN interest.name
			                        ELSE topic.name END,
			      topic.named = topic.named OR interest.visibility = 'PUBLIC'
			  CREATE (a)-[:INTERESTED_IN {visibility: interest.visibility, version: 0}]->(topic)
			}
			CALL (a, row) {
			  UNWIND row.problems AS problem
			  CREATE (a)-[:FACES]->(p:Problem:Item {id: problem.id, version: 0, title: problem.title,
			                                       description: problem.description, category: problem.category,
			                                       status: problem.status, createdAt: problem.createdAt,
			                                       visibility: problem.visibility})
			  <<AUDIENCES(p, ProblemText)>>
			  WITH p, problem
			  UNWIND problem.needs AS need
			  CREATE (p)-[:HAS_NEED]->(:Need {kind: need.kind, value: need.value, essential: need.essential,
			                                  rank: need.rank})
			}
			RETURN count(a) AS written"""
		.replace("<<AUDIENCES(k, Text)>>", audiences("k", "item", "Text"))
		.replace("<<AUDIENCES(e, Text)>>", audiences("e", "item", "Text"))
		.replace("<<AUDIENCES(p, ProblemText)>>", audiences("p", "problem", "ProblemText"));

	/**
	 * The labels of the audiences that may see an item, as {@code ActorGraph.saveItem} sets them
	 * ({@code TextAudience}): the audiences' full-text indexes hold the items labelled for them.
	 */
	private static String audiences(String node, String row, String family) {
		return """
				FOREACH (_ IN CASE WHEN %2$s.visibility = 'PUBLIC' THEN [1] ELSE [] END | SET %1$s:Public%3$s)
				  FOREACH (_ IN CASE WHEN %2$s.visibility IN ['PUBLIC', 'MEMBERS'] THEN [1] ELSE [] END | SET %1$s:Members%3$s)
				  FOREACH (_ IN CASE WHEN %2$s.visibility IN ['PUBLIC', 'MEMBERS', 'FACILITATORS'] THEN [1] ELSE [] END |
				    SET %1$s:Facilitators%3$s)""".formatted(node, row, family);
	}

	private final Driver driver;

	private final SyntheticTerritory territory;

	private final int batchSize;

	private final PrintStream out;

	TerritoryGenerator(Driver driver, SyntheticTerritory territory, int batchSize, PrintStream out) {
		this.driver = driver;
		this.territory = territory;
		this.batchSize = batchSize;
		this.out = out;
	}

	/**
	 * Grows the territory to {@code actors} actors: writes actors number {@link #countActors()} to
	 * {@code actors - 1}, so a territory generated with the same seed is extended, never duplicated.
	 * @return how many actors were written
	 */
	long growTo(long actors) {
		long from = countActors();
		if (from >= actors) {
			return 0;
		}
		this.out.printf("Generating actors %,d to %,d in batches of %,d%n", from, actors - 1, this.batchSize);
		long started = System.nanoTime();
		long items = 0;
		long nextReport = (from / PROGRESS_EVERY + 1) * PROGRESS_EVERY;
		for (long first = from; first < actors; first += this.batchSize) {
			long end = Math.min(actors, first + this.batchSize);
			List<Map<String, Object>> rows = new ArrayList<>();
			for (long index = first; index < end; index++) {
				SyntheticTerritory.GeneratedActor actor = this.territory.actor(index);
				items += actor.knowHow().size() + actor.equipment().size() + actor.problems().size();
				rows.add(SyntheticTerritory.row(actor));
			}
			long written = write(rows);
			if (written != rows.size()) {
				throw new IllegalStateException("Wrote " + written + " of " + rows.size()
						+ " actors: are the communes and NAF codes loaded in this database?");
			}
			if (end >= nextReport || end == actors) {
				double seconds = (System.nanoTime() - started) / 1e9;
				this.out.printf("  %,9d actors (%,d items written) after %.1f s, %,.0f actors/s%n", end, items,
						seconds, (end - from) / seconds);
				nextReport = (end / PROGRESS_EVERY + 1) * PROGRESS_EVERY;
			}
		}
		return actors - from;
	}

	private long write(List<Map<String, Object>> rows) {
		try (Session session = this.driver.session()) {
			return session.executeWrite(tx -> tx.run(WRITE_ACTORS, Map.of("rows", rows))
				.single()
				.get("written")
				.asLong());
		}
	}

	long countActors() {
		return count("MATCH (a:Actor) RETURN count(a)");
	}

	/** What the graph holds, for the benchmark's report. */
	Map<String, Long> counts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		counts.put("actors", countActors());
		counts.put("know-how", count("MATCH (n:KnowHow) RETURN count(n)"));
		counts.put("equipment", count("MATCH (n:Equipment) RETURN count(n)"));
		counts.put("problems", count("MATCH (n:Problem) RETURN count(n)"));
		counts.put("problems with needs",
				count("MATCH (p:Problem) WHERE EXISTS { (p)-[:HAS_NEED]->() } RETURN count(p)"));
		counts.put("needs of problems", count("MATCH (:Problem)-[:HAS_NEED]->(n:Need) RETURN count(n)"));
		counts.put("topics", count("MATCH (n:Topic) RETURN count(n)"));
		counts.put("topic interests", count("MATCH ()-[r:INTERESTED_IN]->() RETURN count(r)"));
		counts.put("core trade links", count("MATCH ()-[r:HAS_CORE_TRADE]->() RETURN count(r)"));
		return counts;
	}

	private long count(String cypher) {
		return this.driver.executableQuery(cypher).execute().records().get(0).get(0).asLong();
	}

	/**
	 * Fills an external Neo4j server that the service has already initialised (schema and reference data):
	 * {@code TerritoryGenerator ACTORS [SEED] [REGIONS]} with {@code NEO4J_URI}, {@code NEO4J_USERNAME} and
	 * {@code NEO4J_PASSWORD} in the environment. The benchmark itself uses the embedded database instead.
	 */
	public static void main(String[] args) {
		long actors = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 10_000;
		long seed = args.length > 1 ? Long.parseLong(args[1]) : MatchmakingBenchmark.DEFAULT_SEED;
		Set<String> regions = args.length > 2 ? regions(args[2]) : ReferenceData.DEFAULT_REGIONS;
		String uri = System.getenv().getOrDefault("NEO4J_URI", "bolt://127.0.0.1:7687");
		try (Driver driver = GraphDatabase.driver(uri, AuthTokens.basic(
				System.getenv().getOrDefault("NEO4J_USERNAME", "neo4j"), System.getenv("NEO4J_PASSWORD")))) {
			SyntheticTerritory territory = new SyntheticTerritory(ReferenceData.load(regions), seed);
			long started = System.nanoTime();
			TerritoryGenerator generator = new TerritoryGenerator(driver, territory, DEFAULT_BATCH, System.out);
			long written = generator.growTo(actors);
			System.out.printf("Wrote %,d actors in %.1f s%n", written, (System.nanoTime() - started) / 1e9);
			System.out.println("The service builds their directory entries and topic counts at its next start.");
			generator.counts().forEach((what, count) -> System.out.printf("  %-20s %,d%n", what, count));
		}
	}

	/** INSEE codes of régions, comma-separated; {@code all} (or nothing) for all of France. */
	static Set<String> regions(String list) {
		return list.isBlank() || list.equals("all") ? Set.of() : Set.of(list.split(","));
	}

}
