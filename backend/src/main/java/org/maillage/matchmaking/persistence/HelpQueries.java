package org.maillage.matchmaking.persistence;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Value;

import org.maillage.core.ReadScope;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * "Problems I could help with": the ranking of {@link MatchQueries} turned round. One statement reads the helping
 * actor as the caller may see it ({@link #helper}); another finds the open problems its capabilities meet
 * ({@link #candidates}), from each capability to the needs that ask for it through the index on a need's kind and value
 * (migration V0031), and from its visible items' words to problems through the caller's audience's problem index.
 * Every item, interest, problem and working group is filtered on {@code $visible} and {@code $ownActors} inside the
 * Cypher: what the caller may not see never leaves the database, so it can neither be named nor move a score.
 */
@Component
public class HelpQueries {

	/**
	 * One parameter, {@code $help}, a map of: {@code actorId}, {@code anchors} (kind, value: a need this actor's
	 * capabilities meet), {@code topicKeys} (its visible topics), {@code textQuery} (a Lucene query of its visible
	 * items' words, or null), {@code problemIndex} (the caller's audience's), {@code textHits}, {@code needQuery} (a Lucene query of its visible items' names and
	 * descriptions, or null), {@code needHits}, {@code perAnchor},
	 * {@code location} (its position, or null), {@code departement} and {@code region} (its own, or null),
	 * {@code neighbourhood} (its région's neighbourhood, {@code RegionNeighbourhoods}; empty when it has none),
	 * {@code categories} (or null), {@code visible}, {@code ownActors},
	 * {@code localKm} and {@code shortlist} (how many candidates are read further and scored).
	 * One map, as for the ranking: one plan for every shape of request.
	 */
	static final String CANDIDATES = """
			CALL () {
			  UNWIND $help.anchors AS anchor
			  CALL (anchor) {
			    // a need many problems state counts for the nearest of them only, as a need's holders do in the
			    // ranking: they are read in the actor's département when it holds enough of them, else its région,
			    // else its région's neighbourhood, else everywhere (migration V0039), not every problem stating it
			    CALL (anchor) {
			      <<COUNT_IN_DEPARTEMENT>>
			      <<COUNT_IN_REGION>>
			      <<COUNT_IN_NEIGHBOURHOOD>>
			      RETURN CASE WHEN $help.departement IS NULL THEN 'EVERYWHERE'
			                  WHEN inDepartement >= $help.perAnchor THEN 'DEPARTEMENT'
			                  WHEN inRegion >= $help.perAnchor THEN 'REGION'
			                  WHEN inNeighbourhood >= $help.perAnchor THEN 'NEIGHBOURHOOD' ELSE 'EVERYWHERE' END AS ring
			    }
			    CALL (anchor, ring) {
			      // a ring not chosen seeks no place at all (its place is null, its list empty)
			      WITH anchor, CASE WHEN ring = 'DEPARTEMENT' THEN $help.departement END AS place
			      MATCH (n:Need {kind: anchor.kind, value: anchor.value, departement: place})
			      USING INDEX n:Need(kind, value, departement)
			      RETURN n
			      UNION ALL
			      WITH anchor, CASE WHEN ring = 'REGION' THEN $help.region END AS place
			      MATCH (n:Need {kind: anchor.kind, value: anchor.value, region: place})
			      USING INDEX n:Need(kind, value, region)
			      RETURN n
			      UNION ALL
			      WITH anchor, CASE WHEN ring = 'NEIGHBOURHOOD' THEN $help.neighbourhood ELSE [] END AS places
			      MATCH (n:Need {kind: anchor.kind, value: anchor.value})
			      USING INDEX n:Need(kind, value, region)
			      WHERE n.region IN places
			      RETURN n
			      UNION ALL
			      // from the need, never from every open problem: the planner, left to itself, joined the need's
			      // problems with every open one read through the status index
			      WITH anchor, CASE WHEN ring = 'EVERYWHERE' THEN anchor.value END AS value
			      MATCH (n:Need {kind: anchor.kind, value: value})
			      USING INDEX n:Need(kind, value)
			      RETURN n
			    }
			    // problems are OPEN or SOLVED, and "not SOLVED" is no index seek, so it is only checked on the problems
			    // the needs lead to
			    MATCH (n)<-[:HAS_NEED]-(p:Problem)<-[:FACES]-(owner:Actor)
			    WHERE <<OPEN_AND_VISIBLE>>
			    WITH DISTINCT p, owner
			    ORDER BY CASE WHEN $help.location IS NULL OR owner.position IS NULL THEN 1.0e12
			                  ELSE point.distance(owner.position, point($help.location)) END, p.id
			    LIMIT $help.perAnchor
			    RETURN p, owner
			  }
			  RETURN p, owner, 0.0 AS text, 1 AS met
			  UNION ALL
			  // know-how needs using the actor's words: a candidate only, never a score (the index holds every problem's
			  // needs, hidden ones too; strengths come from the words themselves, ProblemsToHelpWith)
			  WITH $help.needQuery AS query WHERE query IS NOT NULL
			  CALL db.index.fulltext.queryNodes('need_text', query, {limit: $help.needHits}) YIELD node
			  WITH node WHERE node.kind = 'KNOW_HOW'
			  CALL (node) {
			    MATCH (node)<-[:HAS_NEED]-(p:Problem)<-[:FACES]-(owner:Actor)
			    WHERE <<OPEN_AND_VISIBLE>>
			    RETURN p, owner
			  }
			  RETURN DISTINCT p, owner, 0.0 AS text, 1 AS met
			  UNION ALL
			  WITH $help.textQuery AS query WHERE query IS NOT NULL
			  // the caller's audience's index: hidden problems neither weigh in its statistics nor take a visible one's place
			  CALL db.index.fulltext.queryNodes($help.problemIndex, query, {limit: $help.textHits}) YIELD node, score
			  MATCH (owner:Actor)-[:FACES]->(node)
			  WHERE node.status <> 'SOLVED' AND owner.id <> $help.actorId
			    AND (node.visibility IN $help.visible OR owner.id IN $help.ownActors)
			    AND ($help.categories IS NULL OR node.category IN $help.categories)
			  RETURN node AS p, owner, score AS text, 0 AS met
			}
			WITH p, owner, max(text) AS text, sum(met) AS met
			// facilitators who rejected this actor for a problem (more marks against than for) took it out of that
			// problem's ranking: the problem is not offered to it either
			WHERE COUNT { (p)<-[:ON_PROBLEM]-(m:MatchMark)-[:OF_ACTOR]->(:Actor {id: $help.actorId}) WHERE m.relevant }
			   >= COUNT { (p)<-[:ON_PROBLEM]-(m:MatchMark)-[:OF_ACTOR]->(:Actor {id: $help.actorId}) WHERE NOT m.relevant }
			WITH collect({p: p, owner: owner, text: text, met: met}) AS found, max(text) AS top
			UNWIND found AS hit
			WITH hit.p AS p, hit.owner AS owner, CASE WHEN top > 0 THEN hit.text / top ELSE 0.0 END AS text, hit.met AS met,
			     CASE WHEN hit.owner.position IS NULL OR $help.location IS NULL THEN null
			          ELSE point.distance(hit.owner.position, point($help.location)) / 1000.0 END AS distanceKm
			// the shortlist: only the best candidates, in about the order the service ranks them (meeting a need or stating
			// none first, local before further afield, then the most needs met, the best words, the nearest), are read
			// further and scored; an actor whose capabilities meet a thousand problems is offered the best of them
			ORDER BY CASE WHEN met > 0 OR NOT EXISTS { (p)-[:HAS_NEED]->() } THEN 0 ELSE 1 END,
			         CASE WHEN distanceKm > $help.localKm THEN 1 ELSE 0 END, met DESC, text DESC, distanceKm, p.id
			LIMIT $help.shortlist
			CALL (p) {
			  OPTIONAL MATCH (p)-[:HAS_NEED]->(n:Need)
			  OPTIONAL MATCH (t:Trade {code: n.value}) WHERE n.kind = 'TRADE'
			  OPTIONAL MATCH (topic:Topic {key: n.value}) WHERE n.kind = 'TOPIC'
			  WITH n, t, topic ORDER BY n.rank
			  RETURN collect(n {.kind, .value, .essential, label: coalesce(t.label, topic.name)}) AS needs
			}
			RETURN p.id AS id, p.title AS title, owner.id AS ownerId, text, needs, distanceKm,
			       // what inferring a problem's needs reads, for problems that state none, and what its words in common
			       // with the actor are read in
			       p.description AS description,
			       CASE WHEN needs = [] THEN [(owner)-[:HAS_CORE_TRADE]->(own:Trade) | own.code] ELSE [] END AS ownTrades,
			       CASE WHEN needs = [] THEN [(owner)-[:HAS_EQUIPMENT]->(e:Equipment)
			         WHERE e.visibility IN $help.visible OR owner.id IN $help.ownActors | e.category] ELSE [] END AS ownEquipment,
			       [(owner)-[i:INTERESTED_IN]->(shared:Topic)
			         WHERE shared.key IN $help.topicKeys AND (i.visibility IN $help.visible OR owner.id IN $help.ownActors)
			         | shared.name] AS sharedTopics,
			       [(owner)-[:PARTICIPATES_IN {status: 'ACCEPTED'}]->(g:WorkingGroup)
			          <-[:PARTICIPATES_IN {status: 'ACCEPTED'}]-(helper:Actor)
			         WHERE helper.id = $help.actorId AND (g.visibility IN $help.visible
			           OR EXISTS { (g)<-[:PARTICIPATES_IN]-(member:Actor) WHERE member.id IN $help.ownActors })
			         | g.name] AS sharedGroups"""
		.replace("<<COUNT_IN_DEPARTEMENT>>",
				ringCount("anchor", "$help.departement", ", departement: counted", "departement", "", "inDepartement"))
		.replace("<<COUNT_IN_REGION>>",
				ringCount("anchor, inDepartement", "CASE WHEN inDepartement < $help.perAnchor THEN $help.region END",
						", region: counted", "region", "", "inRegion"))
		.replace("<<COUNT_IN_NEIGHBOURHOOD>>", ringCount("anchor, inDepartement, inRegion",
				"CASE WHEN inDepartement < $help.perAnchor AND inRegion < $help.perAnchor THEN $help.neighbourhood ELSE [] END",
				"", "region", "n.region IN counted AND ", "inNeighbourhood"))
		// coalesce: a bare "status <> 'SOLVED'" let the planner read every problem through the status index
		// ("status IS NOT NULL") and join them with the needs' own, on a test database's statistics
		.replace("<<OPEN_AND_VISIBLE>>", """
				coalesce(p.status, 'OPEN') <> 'SOLVED' AND owner.id <> $help.actorId
				AND (p.visibility IN $help.visible OR owner.id IN $help.ownActors)
				AND ($help.categories IS NULL OR p.category IN $help.categories)""");

	/**
	 * How many open problems the caller may see (at most {@code $help.perAnchor}) state the anchor's need in one
	 * ring, as {@code count}: its needs are sought through the index on (kind, value, {@code index}) with the place
	 * {@code counted} (null, or an empty list, when the ring is not counted: then nothing is read).
	 *
	 * @param imported the variables the count imports
	 * @param placed the need's place property in its pattern ({@code , departement: counted}), or empty
	 * @param where a condition on the need before the problem's ({@code n.region IN counted AND }), or empty
	 */
	private static String ringCount(String imported, String counted, String placed, String index, String where,
			String count) {
		return """
				CALL (%1$s) {
				  WITH anchor, %2$s AS counted
				  OPTIONAL MATCH (n:Need {kind: anchor.kind, value: anchor.value%3$s})
				    <-[:HAS_NEED]-(p:Problem)<-[:FACES]-(owner:Actor)
				  USING INDEX n:Need(kind, value, %4$s)
				  WHERE %5$s<<OPEN_AND_VISIBLE>>
				  WITH p LIMIT $help.perAnchor
				  RETURN count(p) AS %6$s
				}""".formatted(imported, counted, placed, index, where, count);
	}

	private final Neo4jClient neo4j;

	HelpQueries(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** The statement {@link #candidates} runs, for the test that reads its plan. */
	public static String candidatesStatement() {
		return CANDIDATES;
	}

	/**
	 * An actor with what the caller may see of its capabilities: its core trades (public) with their broader codes,
	 * its know-how, equipment and topic interests whose visibility the caller may see, all of them when the caller is
	 * one of its members. Empty when there is no such actor.
	 */
	public Optional<Helper> helper(String actorId, ReadScope scope) {
		return this.neo4j.query("""
				MATCH (a:Actor {id: $actorId})
				OPTIONAL MATCH (entry:DirectoryEntry {actorId: a.id})
				RETURN a.id AS id, a.name AS name, a.position AS position, a.description AS description,
				  entry.departement AS departement, entry.region AS region,
				  [(a)-[:HAS_CORE_TRADE]->(t:Trade) | {code: t.code, label: t.label,
				    broader: [(t)-[:BROADER*0..4]->(up:Trade) | up.code]}] AS trades,
				  [(a)-[:HAS_KNOW_HOW]->(k:KnowHow) WHERE k.visibility IN $visible OR a.id IN $ownActors
				    | {id: k.id, name: k.name, description: k.description}] AS knowHow,
				  [(a)-[:HAS_EQUIPMENT]->(e:Equipment) WHERE e.visibility IN $visible OR a.id IN $ownActors
				    | {id: e.id, name: e.name, description: e.description, category: e.category,
				       shared: coalesce(e.shared, false)}] AS equipment,
				  [(a)-[i:INTERESTED_IN]->(topic:Topic) WHERE i.visibility IN $visible OR a.id IN $ownActors
				    | {key: topic.key, name: topic.name}] AS topics""")
			.bindAll(Map.of("actorId", actorId, "visible", scope.visibleLevels(), "ownActors", scope.ownActorIds()))
			.fetchAs(Helper.class)
			.mappedBy((types, row) -> new Helper(row.get("id").asString(), row.get("name").asString(),
					row.get("position").isNull() ? null
							: Map.of("latitude", row.get("position").asPoint().y(), "longitude",
									row.get("position").asPoint().x()),
					row.get("departement").asString(null), row.get("region").asString(null),
					row.get("description").asString(null),
					row.get("trades").asList(trade -> new OwnTrade(trade.get("code").asString(),
							trade.get("label").asString(), trade.get("broader").asList(Value::asString))),
					row.get("knowHow").asList(HelpQueries::item), row.get("equipment").asList(HelpQueries::item),
					row.get("topics").asList(topic -> new RankingRows.TopicName(topic.get("key").asString(),
							topic.get("name").asString()))))
			.one();
	}

	private static OwnItem item(Value item) {
		return new OwnItem(item.get("id").asString(), item.get("name").asString(),
				item.get("description").asString(null), item.get("category").asString(null),
				item.get("shared").asBoolean(false));
	}

	/** The candidate problems of {@link #CANDIDATES}, in no particular order. */
	public List<CandidateProblem> candidates(Map<String, Object> parameters) {
		return List.copyOf(this.neo4j.query(CANDIDATES)
			.bindAll(Map.of("help", parameters))
			.fetchAs(CandidateProblem.class)
			.mappedBy((types, row) -> new CandidateProblem(row.get("id").asString(), row.get("title").asString(),
					row.get("ownerId").asString(), row.get("text").asDouble(),
					row.get("needs").asList(need -> new RankingRows.StatedNeed(need.get("kind").asString(),
							need.get("value").asString(), need.get("essential").asBoolean(false),
							need.get("label").asString(null))),
					row.get("distanceKm").isNull() ? null : row.get("distanceKm").asDouble(),
					row.get("description").asString(null), row.get("ownTrades").asList(Value::asString),
					row.get("ownEquipment").asList(Value::asString), row.get("sharedTopics").asList(Value::asString),
					row.get("sharedGroups").asList(Value::asString)))
			.all());
	}

	/**
	 * An actor as the caller may see it.
	 *
	 * @param location its position as {@code latitude} and {@code longitude}, or null
	 * @param departement its département's id, by which problems are looked for near it first, or null
	 * @param region its région's id, or null
	 */
	public record Helper(String id, String name, Map<String, Object> location, String departement, String region,
			String description,
			List<OwnTrade> trades, List<OwnItem> knowHow, List<OwnItem> equipment,
			List<RankingRows.TopicName> topics) {
	}

	/** @param broader its code and every broader one, up to its section */
	public record OwnTrade(String code, String label, List<String> broader) {
	}

	/** A know-how or equipment item; {@code category} and {@code shared} are equipment's. */
	public record OwnItem(String id, String name, String description, String category, boolean shared) {
	}

	/**
	 * An open problem some capability of the actor may meet.
	 *
	 * @param text its full-text score for the actor's words, relative to the best candidate's (0 when not found so)
	 * @param needs its stated needs, in order
	 * @param description its description, or null
	 * @param ownTrades, ownEquipment its actor's trades and visible equipment categories, likewise
	 * @param sharedTopics the topics the problem's actor shares with the helping actor, as the caller may see both
	 * @param sharedGroups working groups where both take part (accepted), as the caller may see them
	 */
	public record CandidateProblem(String id, String title, String ownerId, double text,
			List<RankingRows.StatedNeed> needs, Double distanceKm, String description, List<String> ownTrades,
			List<String> ownEquipment, List<String> sharedTopics, List<String> sharedGroups) {
	}

}
