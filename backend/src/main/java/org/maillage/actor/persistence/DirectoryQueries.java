package org.maillage.actor.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Objects;

import org.neo4j.driver.Value;

import org.maillage.core.PageRequest;
import org.maillage.core.ReadScope;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.mapping.Neo4jMappingContext;
import org.springframework.stereotype.Component;

/**
 * The directory's read queries: explicit, parameterised Cypher through {@link Neo4jClient}, mapped to entities by
 * Spring Data Neo4j's converter. Every query that returns items filters them on {@code $visible} and
 * {@code $ownActors} inside the Cypher
 * (hidden items never leave the database), and full-text hits on a hidden item do not count for its actor.
 * <p>
 * The actor directory's query is assembled for the filters given ({@link ActorSearchStatements}); equipment and
 * problem searches, over smaller sets, keep one constant query each with {@code $filter IS NULL OR …} guards.
 */
@Component
public class DirectoryQueries {

	private static final String TERRITORY_SCOPE = """
			($territories IS NULL OR EXISTS {
			  (a)-[:LOCATED_IN]->(:Commune)-[:PART_OF*0..2]->(scope:Territory) WHERE scope.id IN $territories })""";

	private static final String EQUIPMENT = """
			WHERE $categories IS NULL OR i.category IN $categories
			MATCH (a:Actor)-[:HAS_EQUIPMENT]->(i)
			WHERE (i.visibility IN $visible OR a.id IN $ownActors) AND %s
			""".formatted(TERRITORY_SCOPE);

	private static final String PROBLEMS = """
			WHERE ($categories IS NULL OR i.category IN $categories)
			  AND ($statuses IS NULL OR i.status IN $statuses)
			MATCH (a:Actor)-[:FACES]->(i)
			WHERE (i.visibility IN $visible OR a.id IN $ownActors) AND %s
			""".formatted(TERRITORY_SCOPE);

	private final Neo4jClient neo4j;

	private final Neo4jMappingContext mapping;

	DirectoryQueries(Neo4jClient neo4j, Neo4jMappingContext mapping) {
		this.neo4j = neo4j;
		this.mapping = mapping;
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
	 * @param words words to search for ({@code TextQuery#words}), or empty to list without text
	 * @param filters the filter parameters of {@link ActorSearchStatements#FILTERS}, each null when not filtering
	 */
	public Page<Located<ActorNode>> actors(List<String> words, Map<String, Object> filters, ReadScope scope,
			PageRequest page) {
		Map<String, Object> parameters = new HashMap<>(filters);
		parameters.values().removeIf(Objects::isNull);
		Set<String> given = Set.copyOf(parameters.keySet());
		parameters.put("words", words);
		parameters.put("visible", scope.visibleLevels());
		parameters.put("ownActors", scope.ownActorIds());
		parameters.put("textIndex", scope.textAudience().directoryIndex());
		parameters.put("skip", page.offset());
		parameters.put("limit", page.size());
		var statements = ActorSearchStatements.render(!words.isEmpty(), given);
		long total = this.neo4j.query(statements.count())
			.bindAll(parameters)
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
		List<Located<ActorNode>> actors = this.neo4j.query(statements.page())
			.bindAll(parameters)
			.fetchAs(Located.class)
			.mappedBy((types, row) -> located(row.get("a"), row.get("communeId")))
			.all()
			.stream()
			.map(this::cast)
			.toList();
		return new Page<>(actors, total);
	}

	/** Visible items of one kind for each of these actors, in the kind's natural order. */
	public <N extends ItemNode> Map<String, List<N>> itemsOf(Collection<String> actorIds, ItemKind kind,
			ReadScope scope) {
		Map<String, List<N>> items = new LinkedHashMap<>();
		this.<N>owned(kind.ofActors, kind, Map.of("actorIds", List.copyOf(actorIds), "visible", scope.visibleLevels(),
				"ownActors", scope.ownActorIds()))
			.forEach(owned -> items.computeIfAbsent(owned.actorId(), id -> new ArrayList<>()).add(owned.node()));
		return items;
	}

	/** Items of one kind by id, only those the caller may see. */
	public <N extends ItemNode> List<Owned<N>> itemsByIds(Collection<String> ids, ItemKind kind, ReadScope scope) {
		return owned(kind.byIds, kind,
				Map.of("ids", List.copyOf(ids), "visible", scope.visibleLevels(), "ownActors", scope.ownActorIds()));
	}

	public Page<Owned<EquipmentNode>> equipment(String text, Map<String, Object> filters, ReadScope scope,
			PageRequest page) {
		return items(text, EQUIPMENT, ItemKind.EQUIPMENT, filters, scope, page);
	}

	public Page<Owned<ProblemNode>> problems(String text, Map<String, Object> filters, ReadScope scope,
			PageRequest page) {
		return items(text, PROBLEMS, ItemKind.PROBLEM, filters, scope, page);
	}

	private <N extends ItemNode> Page<Owned<N>> items(String text, String filterClauses, ItemKind kind,
			Map<String, Object> filters, ReadScope scope, PageRequest page) {
		Map<String, Object> parameters = new HashMap<>(filters);
		parameters.put("text", text);
		parameters.put("visible", scope.visibleLevels());
		parameters.put("ownActors", scope.ownActorIds());
		parameters.put("textIndex", kind.textIndex(scope.textAudience()));
		parameters.put("skip", page.offset());
		parameters.put("limit", page.size());
		String match = text == null ? kind.all : kind.byText;
		long total = this.neo4j.query(match + filterClauses + "RETURN count(i) AS total")
			.bindAll(parameters)
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
		return new Page<>(owned(match + filterClauses + kind.page, kind, parameters), total);
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

	/** Core trades of each actor, as NAF codes. */
	public Map<String, List<String>> coreTradeCodes(Collection<String> actorIds) {
		Map<String, List<String>> codes = new HashMap<>();
		this.neo4j.query("""
				MATCH (a:Actor)-[:HAS_CORE_TRADE]->(t:Trade) WHERE a.id IN $actorIds
				WITH a, t ORDER BY t.code
				RETURN a.id AS actorId, collect(t.code) AS codes""")
			.bind(List.copyOf(actorIds))
			.to("actorIds")
			.fetch()
			.all()
			.forEach(row -> codes.put((String) row.get("actorId"),
					((List<?>) row.get("codes")).stream().map(String.class::cast).toList()));
		return codes;
	}

	/** Visible topic interests of each actor: actor id → rows of topic key, name, visibility. */
	public Map<String, List<Map<String, Object>>> topicInterests(Collection<String> actorIds, ReadScope scope) {
		Map<String, List<Map<String, Object>>> interests = new LinkedHashMap<>();
		this.neo4j.query("""
				MATCH (a:Actor)-[i:INTERESTED_IN]->(t:Topic)
				WHERE a.id IN $actorIds AND (i.visibility IN $visible OR a.id IN $ownActors)
				CALL (t) {
				  RETURN COUNT { (t)<-[other:INTERESTED_IN]-(o:Actor)
				                 WHERE other.visibility IN $visible OR o.id IN $ownActors } AS actorCount
				}
				RETURN a.id AS actorId, t.key AS key, t.name AS name, actorCount, i.visibility AS visibility,
				       i.version AS version
				ORDER BY t.name""")
			.bindAll(Map.of("actorIds", List.copyOf(actorIds), "visible", scope.visibleLevels(), "ownActors",
					scope.ownActorIds()))
			.fetch()
			.all()
			.forEach(row -> interests.computeIfAbsent((String) row.get("actorId"), id -> new ArrayList<>()).add(row));
		return interests;
	}

	/** Topics with at least one visible interest, most followed first; rows of key, name, actorCount. */
	public Page<Map<String, Object>> topics(String text, ReadScope scope, PageRequest page) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("text", text);
		parameters.put("visible", scope.visibleLevels());
		parameters.put("ownActors", scope.ownActorIds());
		parameters.put("skip", page.offset());
		parameters.put("limit", page.size());
		String counted = """
				MATCH (t:Topic)
				WHERE $text IS NULL OR t.key CONTAINS $text
				WITH t, COUNT { (t)<-[i:INTERESTED_IN]-(o:Actor) WHERE i.visibility IN $visible OR o.id IN $ownActors }
				     AS actorCount
				WHERE actorCount > 0
				""";
		long total = this.neo4j.query(counted + "RETURN count(t) AS total")
			.bindAll(parameters)
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
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

	/** An item with the id of the actor holding it. */
	public record Owned<N>(String actorId, N node) {
	}

	/** One page of results and the total the caller may see. */
	public record Page<T>(List<T> items, long total) {
	}

}
