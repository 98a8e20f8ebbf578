package org.maillage.actor.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.HashMap;

import org.maillage.core.ReadScope;
import org.maillage.core.Visibility;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.Neo4jTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the links around actors (commune, trades, items, topics) and deletes, in explicit Cypher. Item nodes
 * themselves are saved through {@link Neo4jTemplate}, the API Spring Data repositories delegate to, because one
 * generic path serves the four item kinds and still enforces their {@code @Version}.
 */
@Component
public class ActorGraph {

	/** The label an actor's write lock is taken on ({@code WriteLocks}). */
	public static final String LABEL = "Actor";

	private final Neo4jClient neo4j;

	private final Neo4jTemplate template;

	ActorGraph(Neo4jClient neo4j, Neo4jTemplate template) {
		this.neo4j = neo4j;
		this.template = template;
	}

	public boolean actorExists(String actorId) {
		return this.neo4j.query("RETURN EXISTS { (:Actor {id: $actorId}) } AS found")
			.bind(actorId)
			.to("actorId")
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

	public boolean siretTakenByAnother(String siret, String actorId) {
		return this.neo4j.query("RETURN EXISTS { MATCH (a:Actor {siret: $siret}) WHERE a.id <> $actorId } AS taken")
			.bindAll(Map.of("siret", siret, "actorId", actorId == null ? "" : actorId))
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

	/** Points the actor at exactly this commune and these trades, replacing what it had. */
	public void relink(String actorId, String communeId, Collection<String> tradeCodes) {
		this.neo4j.query("""
				MATCH (a:Actor {id: $actorId})
				CALL (a) { MATCH (a)-[old:LOCATED_IN|HAS_CORE_TRADE]->() DELETE old }
				WITH a
				MATCH (commune:Territory {id: $communeId}) WHERE commune:Commune
				CREATE (a)-[:LOCATED_IN]->(commune)
				WITH a
				UNWIND $tradeCodes AS code
				MATCH (trade:Trade {code: code})
				CREATE (a)-[:HAS_CORE_TRADE]->(trade)""")
			.bindAll(Map.of("actorId", actorId, "communeId", communeId, "tradeCodes", List.copyOf(tradeCodes)))
			.run();
	}

	/**
	 * Records that the actor's owners or editors said now that it is right, without a new version: confirming
	 * changes nothing a client edits. The caller holds the actor's write lock.
	 */
	public void confirm(String actorId) {
		this.neo4j.query("MATCH (a:Actor {id: $actorId}) SET a.confirmedAt = datetime()").bind(actorId).to("actorId").run();
	}

	/** Deletes the actor and its items if the version is current; false if it was not. */
	public boolean deleteActor(String actorId, long version) {
		return this.neo4j.query("""
				MATCH (a:Actor {id: $actorId}) WHERE a.version = $version
				CALL (a) {
				  MATCH (a)-[:%s]->(item:Item)
				  OPTIONAL MATCH (item)-[:HAS_NEED]->(need:Need)
				  DETACH DELETE need, item
				}
				// topics locked in key order, so that two deletions sharing topics cannot deadlock
				CALL (a) {
				  MATCH (a)-[i:INTERESTED_IN]->(t:Topic)
				  WITH i, t ORDER BY t.key
				  %s
				  WITH i, t, i.visibility AS removed
				  %s
				  DELETE i
				}
				CALL (a) { MATCH (e:DirectoryEntry {actorId: a.id}) DELETE e }
				DETACH DELETE a
				RETURN count(*) AS deleted""".formatted(ItemKind.ANY_ITEM, TopicCounts.LOCK,
				TopicCounts.change("removed", "null")))
			.bindAll(Map.of("actorId", actorId, "version", version))
			.fetchAs(Long.class)
			.one()
			.orElse(0L) > 0;
	}

	/**
	 * How many items of each kind, and topic interests, two actors would have together: a merge must not leave an
	 * actor with more than any one may have.
	 */
	public long mostItemsOfOneKindTogether(String survivorId, String duplicateId) {
		return this.neo4j.query("""
				MATCH (a:Actor) WHERE a.id IN [$survivorId, $duplicateId]
				CALL (a) {
				  MATCH (a)-[r:%s]->(:Item) RETURN type(r) AS kind
				  UNION ALL
				  MATCH (a)-[:INTERESTED_IN]->(t:Topic)
				    WHERE a.id = $survivorId OR NOT EXISTS { (:Actor {id: $survivorId})-[:INTERESTED_IN]->(t) }
				  RETURN 'INTERESTED_IN' AS kind
				}
				WITH kind, count(*) AS together
				RETURN coalesce(max(together), 0)""".formatted(ItemKind.ANY_ITEM))
			.bindAll(Map.of("survivorId", survivorId, "duplicateId", duplicateId))
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
	}

	/**
	 * Moves the duplicate's items, topic interests and core trades to the survivor, fills the survivor's missing
	 * description, website, location and SIRET from the duplicate (the duplicate's SIRET joins its previous ones when
	 * both have one), then deletes the duplicate and its directory entry. A topic both declared keeps the survivor's
	 * interest, and its counts lose the duplicate's. Returns false if either is gone.
	 */
	public boolean mergeInto(String survivorId, String duplicateId) {
		Map<String, Object> ids = Map.of("survivorId", survivorId, "duplicateId", duplicateId);
		for (String link : ItemKind.ANY_ITEM.split("\\|")) {
			// one statement per relationship type: Cypher's types are not parameters
			this.neo4j.query("""
					MATCH (s:Actor {id: $survivorId}), (d:Actor {id: $duplicateId})-[r:%1$s]->(item:Item)
					CREATE (s)-[:%1$s]->(item)
					DELETE r""".formatted(link)).bindAll(ids).run();
		}
		this.neo4j.query("""
				MATCH (s:Actor {id: $survivorId}), (d:Actor {id: $duplicateId})-[i:INTERESTED_IN]->(t:Topic)
				WITH s, i, t ORDER BY t.key
				%s
				WITH s, i, t, EXISTS { (s)-[:INTERESTED_IN]->(t) } AS both
				CALL (s, i, t, both) {
				  WITH * WHERE NOT both
				  CREATE (s)-[moved:INTERESTED_IN]->(t)
				  SET moved = properties(i)
				}
				WITH i, t, CASE WHEN both THEN i.visibility END AS removed
				%s
				DELETE i""".formatted(TopicCounts.LOCK, TopicCounts.change("removed", "null"))).bindAll(ids).run();
		return this.neo4j.query("""
				MATCH (s:Actor {id: $survivorId}), (d:Actor {id: $duplicateId})
				CALL (s, d) {
				  MATCH (d)-[old:HAS_CORE_TRADE]->(t:Trade) WHERE NOT EXISTS { (s)-[:HAS_CORE_TRADE]->(t) }
				  CREATE (s)-[moved:HAS_CORE_TRADE]->(t)
				  SET moved = properties(old)
				}
				WITH s, d, d.siret AS siret, s.siret AS own
				SET d.siret = null
				WITH s, d, siret, own,
				     coalesce(s.previousSirets, []) + coalesce(d.previousSirets, [])
				       + CASE WHEN own IS NOT NULL AND siret IS NOT NULL AND siret <> own THEN [siret] ELSE [] END AS previous
				SET s.siret = coalesce(own, siret),
				    s.previousSirets = CASE WHEN size(previous) = 0 THEN null ELSE previous END,
				    s.description = coalesce(s.description, d.description),
				    s.website = coalesce(s.website, d.website),
				    s.location = coalesce(s.location, d.location),
				    s.publicRecord = coalesce(s.publicRecord, false) AND coalesce(d.publicRecord, false),
				    // the more recent confirmation of the two, and the later reminder (FreshnessReminders)
				    s.confirmedAt = CASE WHEN s.confirmedAt IS NULL OR d.confirmedAt > s.confirmedAt
				      THEN d.confirmedAt ELSE s.confirmedAt END,
				    s.remindedAt = CASE WHEN s.remindedAt IS NULL OR d.remindedAt > s.remindedAt
				      THEN d.remindedAt ELSE s.remindedAt END,
				    s.version = s.version + 1, s.updatedAt = datetime()
				WITH d
				CALL (d) { MATCH (e:DirectoryEntry {actorId: d.id}) DELETE e }
				DETACH DELETE d
				RETURN count(*) > 0""").bindAll(ids).fetchAs(Boolean.class).one().orElse(false);
	}

	/** Saves the item and marks it with the labels of the audiences its visibility admits ({@code TextAudience}). */
	public <N extends ItemNode> N saveItem(N item, ItemKind kind) {
		N saved = this.template.save(item);
		String mark = kind.markAudiences(saved.getVisibility());
		if (mark != null) {
			this.neo4j.query(mark).bind(saved.getId()).to("itemId").run();
		}
		return saved;
	}

	public <N extends ItemNode> Optional<N> findItem(String itemId, ItemKind kind) {
		return this.template.findById(itemId, kind.nodeType());
	}

	/** Links a new item to its actor, which the caller has locked. */
	public void linkItem(String actorId, String itemId, ItemKind kind) {
		long linked = this.neo4j.query(kind.link)
			.bindAll(Map.of("actorId", actorId, "itemId", itemId))
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
		if (linked != 1) {
			throw new IllegalStateException("Item " + itemId + " could not be linked to actor " + actorId);
		}
	}

	public long countItems(String actorId, ItemKind kind) {
		return this.neo4j.query(kind.count).bind(actorId).to("actorId").fetchAs(Long.class).one().orElse(0L);
	}

	/** The territory id of the actor's commune. */
	public Optional<String> communeOf(String actorId) {
		return this.neo4j.query("MATCH (:Actor {id: $actorId})-[:LOCATED_IN]->(c:Commune) RETURN c.id")
			.bind(actorId)
			.to("actorId")
			.fetchAs(String.class)
			.one();
	}

	/** The actor holding this item, if the item exists. */
	public Optional<String> ownerOf(String itemId) {
		return this.neo4j.query("MATCH (a:Actor)-[:%s]->(:Item {id: $itemId}) RETURN a.id"
			.formatted(ItemKind.ANY_ITEM))
			.bind(itemId)
			.to("itemId")
			.fetchAs(String.class)
			.one();
	}

	/** Deletes the item if the version is current; false if it was not. */
	public boolean deleteItem(String itemId, long version) {
		return this.neo4j.query("""
				MATCH (i:Item {id: $itemId}) WHERE i.version = $version
				OPTIONAL MATCH (i)-[:HAS_NEED]->(need:Need)
				DETACH DELETE need, i
				RETURN count(*) AS deleted""")
			.bindAll(Map.of("itemId", itemId, "version", version))
			.fetchAs(Long.class)
			.one()
			.orElse(0L) > 0;
	}

	/**
	 * Replaces the problem's needs; a need's value is stored as given, already checked and normalised. Each carries
	 * its problem's département and région (migration V0039), set by the directory entry's refresh before.
	 */
	public void replaceNeeds(String problemId, List<Map<String, Object>> needs) {
		this.neo4j.query("""
				MATCH (p:Problem {id: $problemId})
				CALL (p) { MATCH (p)-[:HAS_NEED]->(old:Need) DETACH DELETE old }
				WITH p
				UNWIND range(0, size($needs) - 1) AS rank
				WITH p, rank, $needs[rank] AS need
				CREATE (p)-[:HAS_NEED]->(:Need {kind: need.kind, value: need.value, essential: need.essential,
				        rank: rank, departement: p.departement, region: p.region})""")
			.bindAll(Map.of("problemId", problemId, "needs", needs))
			.run();
	}

	/** The current version of the actor's interest in the topic, empty when it has none. */
	public Optional<Long> topicInterestVersion(String actorId, String key) {
		return this.neo4j.query("""
				MATCH (:Actor {id: $actorId})-[i:INTERESTED_IN]->(:Topic {key: $key}) RETURN i.version""")
			.bindAll(Map.of("actorId", actorId, "key", key))
			.fetchAs(Long.class)
			.one();
	}

	/**
	 * Creates the actor's interest in the topic (version 0), creating the topic on first use, or changes its
	 * visibility if {@code version} is still current.
	 * @return the topic's row (key, name, visibility, version, actorCount counted within {@code visible}), empty
	 * when the version was stale
	 */
	public Optional<Map<String, Object>> setTopicInterest(String actorId, String key, String name,
			Visibility visibility, Long version, ReadScope scope) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.putAll(Map.of("actorId", actorId, "key", key, "name", name, "visibility", visibility.name(),
				"visible", scope.visibleLevels(), "ownActors", scope.ownActorIds()));
		parameters.put("version", version);
		return this.neo4j.query("""
				MATCH (a:Actor {id: $actorId})
				MERGE (t:Topic {key: $key}) ON CREATE SET t.name = $key, t.named = false
				%s
				// a topic shows the wording of its first PUBLIC declaration, never that of a hidden one
				SET t.name = CASE WHEN NOT t.named AND $visibility = 'PUBLIC' THEN $name ELSE t.name END,
				    t.named = t.named OR $visibility = 'PUBLIC'
				MERGE (a)-[i:INTERESTED_IN]->(t) ON CREATE SET i.version = -1
				WITH t, i, CASE WHEN i.version = -1 THEN null ELSE i.visibility END AS removed
				WHERE i.version = -1 OR i.version = $version
				SET i.visibility = $visibility, i.version = i.version + 1
				%s
				WITH t, i
				%s
				RETURN t.key AS key, t.name AS name, i.visibility AS visibility, i.version AS version, actorCount""".formatted(
				TopicCounts.LOCK, TopicCounts.change("removed", "$visibility"), TopicCounts.VISIBLE_COUNT))
			.bindAll(parameters)
			.fetch()
			.one();
	}

	/** Removes the interest if {@code version} is current; false otherwise. */
	public boolean removeTopicInterest(String actorId, String key, long version) {
		return this.neo4j.query("""
				MATCH (:Actor {id: $actorId})-[i:INTERESTED_IN]->(t:Topic {key: $key}) WHERE i.version = $version
				%s
				WITH i, t, i.visibility AS removed
				%s
				DELETE i
				RETURN count(*) AS removed""".formatted(TopicCounts.LOCK, TopicCounts.change("removed", "null")))
			.bindAll(Map.of("actorId", actorId, "key", key, "version", version))
			.fetchAs(Long.class)
			.one()
			.orElse(0L) > 0;
	}

	public long countTopicInterests(String actorId) {
		return this.neo4j.query("MATCH (:Actor {id: $actorId})-[i:INTERESTED_IN]->() RETURN count(i)")
			.bind(actorId)
			.to("actorId")
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
	}

}
