package org.maillage.actor.persistence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.neo4j.driver.Value;

import org.maillage.core.PageRequest;
import org.maillage.core.ReadScope;
import org.maillage.core.Total;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.mapping.Neo4jMappingContext;
import org.springframework.stereotype.Component;

/**
 * The directory's read queries: explicit, parameterised Cypher through {@link Neo4jClient}, mapped to entities by
 * Spring Data Neo4j's converter. Every query that returns items filters them on {@code $visible} and
 * {@code $ownActors} inside the Cypher, so that hidden items never leave the database. Searches find a page of ids
 * with {@link FacetedSearch}, whose full-text indexes hold only what the caller's audience may see, then read those
 * ids here, checking visibility again.
 */
@Component
public class DirectoryQueries {

	/**
	 * The filter of actors confirmed from a day on: one value, an ISO date, compared with the entries' day of
	 * confirmation rather than matched as a token ({@link FacetedSearch}).
	 */
	public static final String CONFIRMED_SINCE = FacetedSearch.CONFIRMED_SINCE;

	private final Neo4jClient neo4j;

	private final Neo4jMappingContext mapping;

	private final FacetedSearch search;

	DirectoryQueries(Neo4jClient neo4j, Neo4jMappingContext mapping, FacetedSearch search) {
		this.neo4j = neo4j;
		this.mapping = mapping;
		this.search = search;
	}

	/** The names of topics, by key ({@link FacetedSearch#topicNames}). */
	public Map<String, String> topicNames(Collection<String> keys) {
		return this.search.topicNames(keys);
	}

	public Optional<Located<ActorNode>> actor(String id) {
		return this.neo4j.query("""
				MATCH (a:Actor {id: $id})
				OPTIONAL MATCH (a)-[:LOCATED_IN]->(commune:Commune)
				RETURN a, commune.id AS communeId""")
			.bind(id)
			.to("id")
			.fetchAs(Located.class)
			.mappedBy((types, row) -> located(row.get("a"), row.get("communeId")))
			.one()
			.map(this::cast);
	}

	/**
	 * Where these actors are placed ({@code position}, kept by {@link DirectoryEntries}), by actor id: latitude,
	 * longitude and whether the point is the actor's own. Actors without a position (a commune without a known centre)
	 * are left out.
	 */
	public List<Map<String, Object>> positions(Collection<String> ids) {
		return List.copyOf(this.neo4j.query("""
				MATCH (a:Actor) WHERE a.id IN $ids AND a.position IS NOT NULL
				RETURN a.id AS id, a.position.latitude AS latitude, a.position.longitude AS longitude,
				       a.location IS NOT NULL AS precise""")
			.bind(List.copyOf(ids))
			.to("ids")
			.fetch()
			.all());
	}

	public boolean hasActors() {
		return this.neo4j.query("RETURN EXISTS { (:Actor) } AS any").fetchAs(Boolean.class).one().orElse(false);
	}

	public List<Located<ActorNode>> actors(Collection<String> ids) {
		return this.neo4j.query("""
				MATCH (a:Actor) WHERE a.id IN $ids
				OPTIONAL MATCH (a)-[:LOCATED_IN]->(commune:Commune)
				RETURN a, commune.id AS communeId""")
			.bind(List.copyOf(ids))
			.to("ids")
			.fetchAs(Located.class)
			.mappedBy((types, row) -> located(row.get("a"), row.get("communeId")))
			.all()
			.stream()
			.map(this::cast)
			.toList();
	}

	/**
	 * A page of the actor directory ({@link FacetedSearch}), with one actor more when there is a next page.
	 * @param words words that must all appear ({@code TextQuery#words}), or empty to list without text
	 * @param filters values of {@code kinds}, {@code sectors}, {@code territories}, {@code trades}, {@code topics},
	 * {@code equipmentCategories}, each null when not filtering
	 * @param facets the facets to count among the matches, or null: {@code kinds}, {@code sectors}, {@code
	 * nafSections}, {@code nafDivisions}, {@code departements}, {@code epcis}, {@code topics}, {@code
	 * equipmentCategories}
	 */
	public Page<Located<ActorNode>> actors(List<String> words, Map<String, List<String>> filters, ReadScope scope,
			PageRequest page, List<String> facets) {
		FacetedSearch.Found<Located<ActorNode>> found = this.search.search(SearchSpace.ACTORS, words, filters, scope,
				page, facets, row -> located(row.get("node"), row.get("communeId")));
		return new Page<>(found.items(), found.total(), found.facets());
	}

	/**
	 * Lists of these actors' profiles, in one statement for all of them: their core trades' codes ({@code trades}),
	 * visible topic interests ({@code topics}) and visible items of the given kinds, each list in natural order. A
	 * page of profiles asks for several lists; one statement instead of one per list saves a round trip and a
	 * transaction for each.
	 */
	public List<ProfileRow> profiles(Collection<String> actorIds, boolean trades, boolean topics,
			Set<ItemKind> kinds, ReadScope scope) {
		List<String> parts = new ArrayList<>(kinds.stream().map(Enum::name).toList());
		if (trades) {
			parts.add("CORE_TRADES");
		}
		if (topics) {
			parts.add("TOPICS");
		}
		return this.neo4j.query(PROFILES)
			.bindAll(Map.of("actorIds", List.copyOf(actorIds), "parts", parts, "visible", scope.visibleLevels(),
					"ownActors", scope.ownActorIds()))
			.fetchAs(ProfileRow.class)
			.mappedBy((types, row) -> {
				Map<ItemKind, List<ItemNode>> items = new EnumMap<>(ItemKind.class);
				for (ItemKind kind : ItemKind.values()) {
					items.put(kind, row.get(kind.noun()).asList(node -> read(kind.nodeType(), node)));
				}
				return new ProfileRow(row.get("actorId").asString(), row.get("trades").asList(Value::asString),
						row.get("topics").asList(Value::asMap), items);
			})
			.all()
			.stream()
			.toList();
	}

	private static final String PROFILES = """
			MATCH (a:Actor) WHERE a.id IN $actorIds
			CALL (a) {
			  WITH a WHERE 'CORE_TRADES' IN $parts
			  MATCH (a)-[:HAS_CORE_TRADE]->(t:Trade)
			  WITH t ORDER BY t.code
			  RETURN collect(t.code) AS trades
			}
			CALL (a) {
			  WITH a WHERE 'TOPICS' IN $parts
			  MATCH (a)-[i:INTERESTED_IN]->(t:Topic) WHERE i.visibility IN $visible OR a.id IN $ownActors
			  %s
			  WITH t, i, actorCount ORDER BY t.name
			  RETURN collect({key: t.key, name: t.name, actorCount: actorCount, visibility: i.visibility,
			                  version: i.version}) AS topics
			}
			%s
			RETURN a.id AS actorId, trades, topics, %s""".formatted(TopicCounts.VISIBLE_COUNT,
			Arrays.stream(ItemKind.values()).map(kind -> kind.ofActor).collect(Collectors.joining()),
			Arrays.stream(ItemKind.values()).map(ItemKind::noun).collect(Collectors.joining(", ")));

	/** Items of one kind by id, only those the caller may see. */
	public <N extends ItemNode> List<Owned<N>> itemsByIds(Collection<String> ids, ItemKind kind, ReadScope scope) {
		return owned(kind.byIds, kind,
				Map.of("ids", List.copyOf(ids), "visible", scope.visibleLevels(), "ownActors", scope.ownActorIds()));
	}

	/** The ids of at most {@code limit} actors matching an actor search, in no order. */
	public List<String> actorIds(List<String> words, Map<String, List<String>> filters, ReadScope scope, int limit) {
		return this.search.ids(SearchSpace.ACTORS, words, filters, scope, limit);
	}

	/**
	 * The contact points of these actors that consent to be contacted and that the caller may see, with their actor's
	 * name and commune, by actor name: rows of {@code actorId}, {@code actorName}, {@code communeId}, {@code kind},
	 * {@code label}, {@code value}.
	 */
	public List<Map<String, Object>> consentedContacts(Collection<String> actorIds, ReadScope scope) {
		return List.copyOf(this.neo4j.query("""
				UNWIND $actorIds AS actorId
				MATCH (a:Actor {id: actorId})-[:HAS_CONTACT_POINT]->(c:ContactPoint)
				WHERE c.consentsToContact = true AND (c.visibility IN $visible OR a.id IN $ownActors)
				OPTIONAL MATCH (a)-[:LOCATED_IN]->(commune:Commune)
				RETURN a.id AS actorId, a.name AS actorName, commune.id AS communeId, c.kind AS kind, c.label AS label,
				       c.value AS value
				ORDER BY a.name, a.id, c.kind, c.value""")
			.bindAll(Map.of("actorIds", List.copyOf(actorIds), "visible", scope.visibleLevels(), "ownActors",
					scope.ownActorIds()))
			.fetch()
			.all());
	}

	/**
	 * A page of equipment ({@link FacetedSearch}); filters {@code categories}, {@code territories}; facets {@code
	 * categories}, {@code departements}, {@code epcis}.
	 */
	public Page<Owned<EquipmentNode>> equipment(List<String> words, Map<String, List<String>> filters,
			ReadScope scope, PageRequest page, List<String> facets) {
		return items(SearchSpace.EQUIPMENT, ItemKind.EQUIPMENT, words, filters, scope, page, facets);
	}

	/**
	 * A page of problems ({@link FacetedSearch}); filters {@code categories}, {@code statuses}, {@code territories};
	 * facets {@code categories}, {@code statuses}, {@code departements}, {@code epcis}.
	 */
	public Page<Owned<ProblemNode>> problems(List<String> words, Map<String, List<String>> filters, ReadScope scope,
			PageRequest page, List<String> facets) {
		return items(SearchSpace.PROBLEMS, ItemKind.PROBLEM, words, filters, scope, page, facets);
	}

	private <N extends ItemNode> Page<Owned<N>> items(SearchSpace space, ItemKind kind, List<String> words,
			Map<String, List<String>> filters, ReadScope scope, PageRequest page, List<String> facets) {
		FacetedSearch.Found<Owned<N>> found = this.search.search(space, words, filters, scope, page, facets,
				row -> new Owned<>(row.get("actorId").asString(), read(kind.<N>nodeType(), row.get("node"))));
		return new Page<>(found.items(), found.total(), found.facets());
	}

	/** Runs a query returning rows of {@code actorId} and item {@code i}, mapped to entities of the kind. */
	private <N extends ItemNode> List<Owned<N>> owned(String query, ItemKind kind, Map<String, Object> parameters) {
		return this.neo4j.query(query)
			.bindAll(parameters)
			.fetchAs(Owned.class)
			.mappedBy((types, row) -> new Owned<>(row.get("actorId").asString(), read(kind.nodeType(), row.get("i"))))
			.all()
			.stream()
			.map(owned -> (Owned<N>) owned)
			.toList();
	}

	/** The needs of each problem, in the order they were given: rows of kind, value, essential, label. */
	public Map<String, List<Map<String, Object>>> needsOf(Collection<String> problemIds) {
		Map<String, List<Map<String, Object>>> needs = new HashMap<>();
		this.neo4j.query("""
				MATCH (p:Problem)-[:HAS_NEED]->(n:Need) WHERE p.id IN $problemIds
				WITH p, n ORDER BY n.rank
				OPTIONAL MATCH (t:Trade {code: n.value}) WHERE n.kind = 'TRADE'
				OPTIONAL MATCH (topic:Topic {key: n.value}) WHERE n.kind = 'TOPIC'
				RETURN p.id AS problemId, collect(n {.kind, .value, .essential, label: coalesce(t.label, topic.name)}) AS needs""")
			.bind(List.copyOf(problemIds))
			.to("problemIds")
			.fetch()
			.all()
			.forEach(row -> needs.put((String) row.get("problemId"), ((List<?>) row.get("needs")).stream()
				.map(need -> (Map<String, Object>) need)
				.toList()));
		return needs;
	}

	/** Topics with at least one visible interest, most followed first; rows of key, name, actorCount. */
	public Page<Map<String, Object>> topics(String text, ReadScope scope, PageRequest page) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("text", text);
		parameters.put("visible", scope.visibleLevels());
		parameters.put("ownActors", scope.ownActorIds());
		parameters.put("skip", page.offset());
		parameters.put("limit", page.lookAhead());
		String counted = """
				MATCH (t:Topic)
				WHERE $text IS NULL OR t.key CONTAINS $text
				%s
				WITH t, actorCount WHERE actorCount > 0
				""".formatted(TopicCounts.VISIBLE_COUNT);
		Supplier<Total> total = () -> Total.exactly(this.neo4j.query(counted + "RETURN count(t) AS total")
			.bindAll(parameters)
			.fetchAs(Long.class)
			.one()
			.orElse(0L));
		List<Map<String, Object>> rows = new ArrayList<>(this.neo4j.query(counted + """
				RETURN t.key AS key, t.name AS name, actorCount
				ORDER BY actorCount DESC, t.name SKIP $skip LIMIT $limit""").bindAll(parameters).fetch().all());
		return new Page<>(rows, total);
	}

	private Located<ActorNode> located(Value node, Value communeId) {
		return new Located<>(read(ActorNode.class, node), communeId.isNull() ? null : communeId.asString());
	}

	private <T> T read(Class<T> type, Value node) {
		return this.mapping.getEntityConverter().read(type, node);
	}

	@SuppressWarnings("unchecked")
	private Located<ActorNode> cast(Located<?> located) {
		return (Located<ActorNode>) located;
	}

	/** An actor with the id of its commune. */
	public record Located<T>(T node, String communeId) {
	}

	/**
	 * Lists of one actor's profile: its core trades' codes, its topic interests (rows of key, name, actorCount,
	 * visibility, version) and its items by kind; a list not asked for is empty.
	 */
	public record ProfileRow(String actorId, List<String> trades, List<Map<String, Object>> topics,
			Map<ItemKind, List<ItemNode>> items) {
	}

	/** An item with the id of the actor holding it. */
	public record Owned<N>(String actorId, N node) {
	}

	/**
	 * One page of results, read with one more item than the page shows, the total the caller may see, counted only
	 * when asked, and the facets asked for (null when none were).
	 */
	public record Page<T>(List<T> items, Supplier<Total> total, Supplier<FacetCounts> facets) {

		/** A page of a list without facets. */
		public Page(List<T> items, Supplier<Total> total) {
			this(items, total, () -> null);
		}

	}

}
