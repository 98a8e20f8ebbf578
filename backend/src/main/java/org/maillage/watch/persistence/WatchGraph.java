package org.maillage.watch.persistence;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.maillage.core.ReadScope;

import org.maillage.watch.Watch;
import org.maillage.watch.WatchEventKind;
import org.maillage.watch.WatchKind;
import org.maillage.workinggroup.VisibleGroups;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import static org.maillage.core.GraphInstants.instant;

/**
 * The watch's Cypher. An event is a {@code (:WatchEvent)} written once, linked by {@code ABOUT {key, at}} to one
 * {@code (:WatchKey {key})} per thing it is about ({@code TERRITORY:commune:05061}, its département, EPCI and région;
 * {@code TRADE:} its trades and their broader codes; {@code TOPIC:}, {@code VALUE_CHAIN:}, {@code KIND:},
 * {@code SECTOR:}). A {@code (:Watch)} names the keys it anchors on; a feed walks from the subscriber's watches to
 * their keys' most recent events (fan-out on read, decision 27), and keeps those the subscriber may see now
 * ({@link #VISIBLE}), inside the query.
 */
@Component
public class WatchGraph {

	/**
	 * May the subscriber whose scope is {@code $visible} / {@code $ownActors} see event {@code e} now: its subject
	 * still exists and its visibility lets them. One branch per {@link WatchEventKind}.
	 */
	static final String VISIBLE = """
			CASE e.kind
			  WHEN 'NEW_ACTOR' THEN EXISTS { MATCH (:Actor {id: e.subjectId}) }
			  WHEN 'NEW_PROBLEM' THEN EXISTS { MATCH (va:Actor)-[:FACES]->(vp:Problem {id: e.subjectId})
			                                   WHERE vp.visibility IN $visible OR va.id IN $ownActors }
			  WHEN 'NEW_SHARED_EQUIPMENT' THEN EXISTS { MATCH (va:Actor)-[:HAS_EQUIPMENT]->(vq:Equipment {id: e.subjectId})
			                                   WHERE vq.shared = true AND (vq.visibility IN $visible OR va.id IN $ownActors) }
			  WHEN 'GROUP_STATUS_CHANGED' THEN EXISTS { MATCH (g:WorkingGroup {id: e.subjectId}) WHERE %s }
			  WHEN 'NEW_FUNDING_CALL' THEN EXISTS { MATCH (f:FundingCall {id: e.subjectId}) WHERE f.status = 'PUBLISHED' }
			  WHEN 'FUNDING_DEADLINE_APPROACHING' THEN EXISTS { MATCH (f:FundingCall {id: e.subjectId})
			                                   WHERE f.status = 'PUBLISHED' }
			  ELSE false
			END""".formatted(VisibleGroups.predicate("g"));

	/**
	 * The need keys of the capabilities of the actor whose id is {@code %s}: its core trades and every broader code,
	 * its equipment's categories and its topics (key and name), all of them, hidden or not: only the actor's own
	 * members make such a watch. Know-how is words, not a key; it is not watched.
	 */
	private static final String HELP_KEYS = """
			COLLECT {
			  MATCH (:Actor {id: %1$s})-[:HAS_CORE_TRADE]->(:Trade)-[:BROADER*0..5]->(t:Trade)
			  RETURN 'NEED:TRADE:' + t.code AS key
			  UNION
			  MATCH (:Actor {id: %1$s})-[:HAS_EQUIPMENT]->(q:Equipment)
			  RETURN 'NEED:EQUIPMENT_CATEGORY:' + q.category AS key
			  UNION
			  MATCH (:Actor {id: %1$s})-[:INTERESTED_IN]->(t:Topic)
			  UNWIND [t.key, t.name] AS value
			  RETURN 'NEED:TOPIC:' + value AS key
			}""";

	/**
	 * The keys watch {@code w} anchors on now: those it was made with, but for "problems I could help with", its actor's
	 * capabilities as they are at delivery, so that a trade, equipment or topic added since counts.
	 */
	static final String ANCHORS = "CASE w.kind WHEN 'PROBLEMS_I_COULD_HELP_WITH' THEN " + HELP_KEYS.formatted("w.value")
			+ " ELSE w.anchors END";

	/**
	 * Does event {@code e} meet watch {@code w}: its saved search's other filters, and for a topic, an interest in it
	 * the subscriber may see (an actor's interests have their own visibility), or a problem's need of it.
	 */
	static final String MEETS = """
			all(required IN [w.requireTerritories, w.requireTrades, w.requireTopics, w.requireKinds, w.requireSectors]
			    WHERE size(required) = 0 OR any(key IN required WHERE key IN e.keys))
			AND (w.kind <> 'PROBLEMS_I_COULD_HELP_WITH' OR (e.kind = 'NEW_PROBLEM' AND e.actorId <> w.value))
			AND (w.kind <> 'TOPIC'
			  OR EXISTS { MATCH (ta:Actor {id: e.actorId})-[ti:INTERESTED_IN]->(:Topic {key: w.value})
			              WHERE ti.visibility IN $visible OR ta.id IN $ownActors }
			  OR EXISTS { MATCH (:Problem {id: e.subjectId})-[:HAS_NEED]->(:Need {kind: 'TOPIC', value: w.value}) })""";

	/**
	 * What an event is called now, and by whom: a problem's or an equipment's actor is its owner now, not the one that
	 * declared it, which a merge may have deleted since (its items moved to the survivor).
	 */
	private static final String TITLE = """
			CALL (e) {
			  OPTIONAL MATCH (a:Actor {id: e.actorId})
			  OPTIONAL MATCH (p:Problem {id: e.subjectId})<-[:FACES]-(po:Actor)
			  OPTIONAL MATCH (q:Equipment {id: e.subjectId})<-[:HAS_EQUIPMENT]-(qo:Actor)
			  OPTIONAL MATCH (g:WorkingGroup {id: e.subjectId})
			  OPTIONAL MATCH (f:FundingCall {id: e.subjectId})
			  RETURN coalesce(p.title, q.name, g.name, f.name, a.name) AS title, coalesce(po.name, qo.name, a.name) AS actorName,
			         coalesce(po.id, qo.id, e.actorId) AS actorId, g.status AS status
			}""";

	/** The keys of funding calls' events, by perimeter; not a territory key, so that actors' events stay apart. */
	private static final String FUNDING = "FUNDING:";

	private static final String EVERYWHERE = "everywhere";

	/** Later than any event: the upper bound of a first page's range. */
	private static final Instant END_OF_TIME = Instant.parse("9999-12-31T23:59:59Z");

	/**
	 * The next {@code $scan} events of the person's watch keys, newest first, strictly before {@code ($beforeAt,
	 * $beforeId)} and not before {@code $since}, unchecked. Each key's events come from the index on the relationship's
	 * (key, at) in time order (V0032): ordering by the key first, although it is one value, is what lets the planner
	 * take the index's order instead of sorting all the key's events, so a key is read as far as the page needs.
	 */
	static final String CANDIDATES = """
			MATCH (w:Watch {personId: $personId})
			UNWIND %s AS anchor
			WITH DISTINCT anchor
			CALL (anchor) {
			  MATCH (e)-[r:ABOUT]->()
			  WHERE r.key = anchor AND $since <= r.at <= $beforeAt AND (r.at < $beforeAt OR e.id < $beforeId)
			  RETURN e ORDER BY r.key DESC, r.at DESC, e.id DESC LIMIT $scan
			}
			WITH DISTINCT e
			ORDER BY e.at DESC, e.id DESC LIMIT $scan
			RETURN e.id AS id, e.at AS at""".formatted(ANCHORS);

	private final Neo4jClient neo4j;

	WatchGraph(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * Records an event about an actor or one of its items (or a group when {@code actorId} is null), with the keys of
	 * what it is about read from the graph now; returns its id, or empty when its subject is gone.
	 */
	public Optional<String> record(WatchEventKind kind, String subjectId, String actorId) {
		String id = UUID.randomUUID().toString();
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("kind", kind.name());
		parameters.put("subjectId", subjectId);
		parameters.put("actorId", actorId);
		return this.neo4j.query("""
				CALL () {
				  MATCH (a:Actor {id: $actorId})
				  RETURN [a] AS actors, [] AS chains
				  UNION
				  MATCH (g:WorkingGroup {id: $subjectId})
				  OPTIONAL MATCH (g)-[:WORKS_ON]->(:Problem)<-[:FACES]-(a:Actor)
				  RETURN collect(DISTINCT a) AS actors,
				         CASE WHEN g.valueChainId IS NULL THEN [] ELSE ['VALUE_CHAIN:' + g.valueChainId] END AS chains
				}
				WITH actors, chains LIMIT 1
				CALL (actors) {
				  UNWIND actors AS a
				  MATCH (a)-[:LOCATED_IN]->(:Commune)-[:PART_OF*0..2]->(t:Territory)
				  RETURN collect(DISTINCT 'TERRITORY:' + t.id) AS territories
				}
				CALL (actors) {
				  UNWIND actors AS a
				  MATCH (a)-[:HAS_CORE_TRADE]->(:Trade)-[:BROADER*0..5]->(t:Trade)
				  RETURN collect(DISTINCT t.code) AS codes
				}
				CALL (actors) {
				  UNWIND actors AS a
				  MATCH (a)-[:INTERESTED_IN]->(t:Topic)
				  RETURN collect(DISTINCT 'TOPIC:' + t.key) AS topics
				}
				CALL () {
				  OPTIONAL MATCH (:Problem {id: $subjectId})-[:HAS_NEED]->(n:Need)
				  RETURN collect(n) AS needs
				}
				CALL () {
				  OPTIONAL MATCH (q:Equipment {id: $subjectId})
				  RETURN q.category AS category
				}
				CALL (codes, needs, category) {
				  MATCH (chain:ValueChain)-[:HAS_STEP]->(:ValueChainStep)-[:HAS_NEED]->(n:Need)
				  WHERE (n.kind = 'TRADE' AND any(code IN codes WHERE code STARTS WITH n.value))
				     OR (n.kind = 'EQUIPMENT_CATEGORY' AND n.value = category)
				     OR any(need IN needs WHERE need.kind = n.kind AND need.value = n.value)
				  RETURN collect(DISTINCT 'VALUE_CHAIN:' + chain.id) AS valueChains
				}
				WITH actors, territories + [code IN codes | 'TRADE:' + code] + topics
				     + [need IN needs WHERE need.kind = 'TOPIC' | 'TOPIC:' + need.value] + valueChains + chains
				     + [need IN needs WHERE need.kind <> 'KNOW_HOW' | 'NEED:' + need.kind + ':' + need.value]
				     + [a IN actors | 'KIND:' + a.kind] + [a IN actors | 'SECTOR:' + a.sector] AS keys
				WITH reduce(distinct = [], key IN keys | CASE WHEN key IN distinct THEN distinct ELSE distinct + key END) AS keys
				CREATE (e:WatchEvent {id: $id, kind: $kind, at: datetime(), subjectId: $subjectId, actorId: $actorId,
				                      keys: keys})
				WITH e, keys
				CALL (e, keys) {
				  UNWIND keys AS key
				  MERGE (k:WatchKey {key: key})
				  CREATE (e)-[:ABOUT {key: key, at: e.at}]->(k)
				}
				RETURN e.id""")
			.bindAll(parameters)
			.fetchAs(String.class)
			.one();
	}

	/**
	 * Records an event about a funding call, keyed {@code FUNDING:} its perimeter ({@code FUNDING:everywhere} for a
	 * call open everywhere): territory watches anchor on the funding keys of their territory and of every territory
	 * it lies in ({@link #fundingAnchors}), so a call for a région reaches the watchers of its communes.
	 */
	public String recordFunding(WatchEventKind kind, String callId, String perimeterId) {
		String key = FUNDING + (perimeterId == null ? EVERYWHERE : perimeterId);
		return this.neo4j.query("""
				CREATE (e:WatchEvent {id: $id, kind: $kind, at: datetime(), subjectId: $callId, keys: [$key]})
				MERGE (k:WatchKey {key: $key})
				CREATE (e)-[:ABOUT {key: $key, at: e.at}]->(k)
				RETURN e.id""")
			.bindAll(Map.of("id", UUID.randomUUID().toString(), "kind", kind.name(), "callId", callId, "key", key))
			.fetchAs(String.class)
			.one()
			.orElseThrow();
	}

	/**
	 * The funding keys a watch of this territory anchors on: its own, those of the territories it lies in or overlaps
	 * (its EPCI, département, région) and the calls open everywhere.
	 */
	public List<String> fundingAnchors(String territoryId) {
		List<String> anchors = new ArrayList<>(this.neo4j.query("""
				MATCH (:Territory {id: $id})-[:PART_OF|OVERLAPS*0..3]->(up:Territory)
				RETURN DISTINCT $prefix + up.id""")
			.bindAll(Map.of("id", territoryId, "prefix", FUNDING))
			.fetchAs(String.class)
			.all());
		anchors.add(FUNDING + EVERYWHERE);
		return anchors;
	}

	/**
	 * The need keys a "problems I could help with" watch of this actor would anchor on now ({@link #HELP_KEYS}); a
	 * watch reads them again at each delivery ({@link #ANCHORS}).
	 */
	public List<String> helpAnchors(String actorId) {
		return List.copyOf(this.neo4j.query("RETURN " + HELP_KEYS.formatted("$id") + " AS keys")
			.bind(actorId)
			.to("id")
			.fetchAs(List.class)
			.one()
			.map(keys -> ((List<?>) keys).stream().map(String::valueOf).distinct().toList())
			.orElse(List.of()));
	}

	/** The event's keys, to tell whether a live subscriber's watches meet it. */
	public List<String> keysOf(String eventId) {
		return this.neo4j.query("MATCH (e:WatchEvent {id: $id}) RETURN e.keys")
			.bind(eventId)
			.to("id")
			.fetchAs(List.class)
			.one()
			.map(keys -> ((List<?>) keys).stream().map(String::valueOf).toList())
			.orElse(List.of());
	}

	/**
	 * Creates the person's watch unless it has one for that kind and value already (the unique {@code personKey}
	 * makes two racing calls create one); returns its id.
	 * @param anchors the keys whose events the watch receives (any of them)
	 * @param required per filter of a saved search, the keys of which the event must have one
	 */
	public String watch(String personId, WatchKind kind, String value, String label, List<String> anchors,
			Map<String, List<String>> required) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("personId", personId);
		parameters.put("personKey", personId + "|" + kind.name() + "|" + value);
		parameters.put("id", UUID.randomUUID().toString());
		parameters.put("kind", kind.name());
		parameters.put("value", value);
		parameters.put("label", label);
		parameters.put("anchors", anchors);
		for (String filter : List.of("Territories", "Trades", "Topics", "Kinds", "Sectors")) {
			parameters.put("require" + filter, required.getOrDefault(filter, List.of()));
		}
		return this.neo4j.query("""
				MERGE (w:Watch {personKey: $personKey})
				  ON CREATE SET w.id = $id, w.personId = $personId, w.kind = $kind, w.value = $value, w.label = $label,
				                w.anchors = $anchors, w.requireTerritories = $requireTerritories,
				                w.requireTrades = $requireTrades, w.requireTopics = $requireTopics,
				                w.requireKinds = $requireKinds, w.requireSectors = $requireSectors,
				                w.createdAt = datetime()
				  ON MATCH SET w.anchors = $anchors
				RETURN w.id""")
			.bindAll(parameters)
			.fetchAs(String.class)
			.one()
			.orElseThrow();
	}

	/** Deletes the person's watch; false when it has no such watch. */
	public boolean unwatch(String personId, String id) {
		return this.neo4j.query("""
				MATCH (w:Watch {id: $id, personId: $personId}) DELETE w RETURN count(*) > 0""")
			.bindAll(Map.of("id", id, "personId", personId))
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

	public Optional<Watch> find(String personId, String id) {
		return this.neo4j.query("""
				MATCH (w:Watch {id: $id, personId: $personId})
				RETURN w.id AS id, w.kind AS kind, w.value AS value, w.label AS label, w.createdAt AS createdAt""")
			.bindAll(Map.of("id", id, "personId", personId))
			.fetch()
			.one()
			.map(WatchGraph::watch);
	}

	/** The person's watches, newest first; one more than {@code size} to tell whether there is a next page. */
	public List<Watch> watchesOf(String personId, long offset, int size) {
		return this.neo4j.query("""
				MATCH (w:Watch {personId: $personId})
				RETURN w.id AS id, w.kind AS kind, w.value AS value, w.label AS label, w.createdAt AS createdAt
				ORDER BY w.createdAt DESC, w.id SKIP $offset LIMIT $size""")
			.bindAll(Map.of("personId", personId, "offset", offset, "size", size))
			.fetch()
			.all()
			.stream()
			.map(WatchGraph::watch)
			.toList();
	}

	public long countWatchesOf(String personId) {
		return this.neo4j.query("MATCH (w:Watch {personId: $personId}) RETURN count(w)")
			.bind(personId)
			.to("personId")
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
	}

	/** The name of what a watch of this kind names, or empty when there is no such thing. */
	public Optional<String> labelOf(WatchKind kind, String value) {
		String query = switch (kind) {
			case TOPIC -> "MATCH (n:Topic {key: $value}) RETURN n.name";
			case TRADE -> "MATCH (n:Trade {code: $value}) RETURN n.code + ' ' + n.label";
			case TERRITORY -> "MATCH (n:Territory {id: $value}) RETURN n.name";
			case VALUE_CHAIN -> "MATCH (n:ValueChain {id: $value}) RETURN n.name";
			case PROBLEMS_I_COULD_HELP_WITH -> "MATCH (n:Actor {id: $value}) RETURN n.name";
			case SAVED_SEARCH -> throw new IllegalArgumentException("A segment is read through outreach's Segments");
		};
		return this.neo4j.query(query).bind(value).to("value").fetchAs(String.class).one();
	}

	/**
	 * The events of the person's watches that the scope may see now, most recent first, strictly before
	 * {@code (beforeAt, beforeId)} when given and not before {@code since}. Read in rounds: the next candidates of
	 * all the person's watch keys in time order, without any check (each key's events newest first, cut early), then
	 * those of them that meet a watch and that the scope may see; again from the last candidate while the page is not
	 * full. The costly checks run on the candidates only, never on a key's whole history.
	 */
	public List<EventRow> feed(String personId, ReadScope scope, Instant since, Instant beforeAt, String beforeId,
			int size) {
		int scan = Math.max(2 * size, 40);
		List<EventRow> page = new ArrayList<>();
		// no cursor reads from the end of time; the key's index seeks one range (key, since..before) either way
		Object afterAt = (beforeAt == null ? END_OF_TIME : beforeAt).atOffset(ZoneOffset.UTC);
		String afterId = beforeAt == null ? "" : beforeId;
		while (page.size() < size) {
			Map<String, Object> parameters = new HashMap<>();
			parameters.put("personId", personId);
			parameters.put("since", since.atOffset(ZoneOffset.UTC));
			parameters.put("beforeAt", afterAt);
			parameters.put("beforeId", afterId);
			parameters.put("scan", scan);
			List<Map<String, Object>> candidates = List.copyOf(
					this.neo4j.query(CANDIDATES).bindAll(parameters).fetch().all());
			if (candidates.isEmpty()) {
				break;
			}
			page.addAll(deliverable(personId, scope, candidates.stream().map(row -> (String) row.get("id")).toList()));
			if (candidates.size() < scan) {
				break;
			}
			Map<String, Object> last = candidates.get(candidates.size() - 1);
			afterAt = last.get("at");
			afterId = (String) last.get("id");
		}
		return page.size() > size ? List.copyOf(page.subList(0, size)) : page;
	}

	/** The statement that reads a feed page's candidates, for a test of its plan. */
	public static String candidatesStatement() {
		return CANDIDATES;
	}

	/** Of these events, those that meet the person's watches and that the scope may see now, in the same order. */
	private List<EventRow> deliverable(String personId, ReadScope scope, List<String> eventIds) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("personId", personId);
		parameters.put("visible", scope.visibleLevels());
		parameters.put("ownActors", scope.ownActorIds());
		parameters.put("eventIds", eventIds);
		return this.neo4j.query("""
				UNWIND range(0, size($eventIds) - 1) AS rank
				WITH rank, $eventIds[rank] AS eventId
				MATCH (e:WatchEvent {id: eventId})
				WHERE EXISTS { MATCH (w:Watch {personId: $personId})
				               WHERE any(anchor IN %s WHERE anchor IN e.keys) AND %s }
				  AND %s
				%s
				RETURN e.id AS id, e.kind AS kind, e.at AS at, e.subjectId AS subjectId, actorId,
				       title, actorName, status
				ORDER BY rank""".formatted(ANCHORS, MEETS, VISIBLE, TITLE))
			.bindAll(parameters)
			.fetch()
			.all()
			.stream()
			.map(WatchGraph::row)
			.toList();
	}

	/** Whether the person's watches meet this event and the scope may see it now: for live delivery. */
	public Optional<EventRow> deliverable(String personId, ReadScope scope, String eventId) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("personId", personId);
		parameters.put("visible", scope.visibleLevels());
		parameters.put("ownActors", scope.ownActorIds());
		parameters.put("eventId", eventId);
		return this.neo4j.query("""
				MATCH (e:WatchEvent {id: $eventId})
				WHERE EXISTS { MATCH (w:Watch {personId: $personId})
				               WHERE any(anchor IN %s WHERE anchor IN e.keys) AND %s }
				  AND %s
				%s
				RETURN e.id AS id, e.kind AS kind, e.at AS at, e.subjectId AS subjectId, actorId,
				       title, actorName, status""".formatted(ANCHORS, MEETS, VISIBLE, TITLE))
			.bindAll(parameters)
			.fetch()
			.one()
			.map(WatchGraph::row);
	}

	private static Watch watch(Map<String, Object> row) {
		return new Watch((String) row.get("id"), WatchKind.valueOf((String) row.get("kind")), (String) row.get("value"),
				(String) row.get("label"), instant(row.get("createdAt")));
	}

	private static EventRow row(Map<String, Object> row) {
		return new EventRow((String) row.get("id"), WatchEventKind.valueOf((String) row.get("kind")),
				instant(row.get("at")), (String) row.get("subjectId"), (String) row.get("title"),
				(String) row.get("actorId"), (String) row.get("actorName"), (String) row.get("status"));
	}

}
