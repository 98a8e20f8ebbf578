package org.maillage.territory;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.maillage.core.Connection;
import org.maillage.core.PageRequest;
import org.maillage.core.TextQuery;
import org.maillage.database.ReferenceDataCache;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads territories. Reference data with no entity to map: plain Cypher through {@link Neo4jClient} into records.
 */
@Service
// read-only: on a Neo4j cluster, routed to followers and read replicas (docs/operations.md)
@Transactional(readOnly = true)
public class Territories {

	/** What a user types when they mean a code: "57", "2A", "974", "57463", "200039865". */
	private static final Pattern CODE = Pattern.compile("\\d[\\dAB]\\d*", Pattern.CASE_INSENSITIVE);

	private static final String TERRITORY = "t {.id, .code, .name, .level, .population}";

	private final Neo4jClient neo4j;

	private final ReferenceDataCache<String, Territory> known = new ReferenceDataCache<>(Territory::id);

	public Territories(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	public Optional<Territory> find(String id) {
		return this.neo4j.query("MATCH (t:Territory {id: $id}) RETURN " + TERRITORY + " AS territory")
			.bind(id)
			.to("id")
			.fetch()
			.one()
			.map(row -> territory((Map<?, ?>) row.get("territory")));
	}

	/**
	 * Territories by id, from memory once read ({@link ReferenceDataCache}); no transaction of its own when every
	 * one is known.
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Map<String, Territory> byIds(Collection<String> ids) {
		return this.known.get(ids, unread -> this.neo4j
			.query("MATCH (t:Territory) WHERE t.id IN $ids RETURN " + TERRITORY + " AS territory")
			.bind(unread)
			.to("ids")
			.fetch()
			.all()
			.stream()
			.map(row -> territory((Map<?, ?>) row.get("territory")))
			.toList());
	}

	/** Forgets the territories read so far: their reference data was just loaded again. */
	void reloaded() {
		this.known.clear();
	}

	/** The ids of every territory of this level: a whole import checks its lines' communes against them. */
	public Set<String> idsAt(TerritoryLevel level) {
		return Set.copyOf(this.neo4j.query("MATCH (t:Territory {level: $level}) RETURN t.id AS id")
			.bind(level.name())
			.to("level")
			.fetchAs(String.class)
			.all());
	}

	/** The ids among these that name no territory. */
	public Set<String> unknown(Collection<String> ids) {
		Set<String> unknown = new HashSet<>(ids);
		unknown.removeAll(this.neo4j.query("MATCH (t:Territory) WHERE t.id IN $ids RETURN t.id AS id")
			.bind(ids)
			.to("ids")
			.fetchAs(String.class)
			.all());
		return unknown;
	}

	public Connection<Territory> search(TerritoryFilter filter, PageRequest page) {
		String text = filter.text() == null ? null : filter.text().strip();
		boolean byCode = text != null && CODE.matcher(text).matches();
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("text", byCode ? null : TextQuery.allWordsLastAsPrefix("filter.text", text));
		parameters.put("codePrefix", byCode ? text.toUpperCase(Locale.ROOT) : null);
		parameters.put("level", filter.level() == null ? null : filter.level().name());
		parameters.put("parent", filter.parent());
		parameters.put("skip", page.offset());
		parameters.put("limit", page.size());
		return this.neo4j.query(start(parameters) + """

				WHERE ($level IS NULL OR t.level = $level)
				  AND ($codePrefix IS NULL OR t.code STARTS WITH $codePrefix)
				  AND ($parent IS NULL OR EXISTS { (t)-[:PART_OF|OVERLAPS]->(:Territory {id: $parent}) })
				// among equally good matches, the most populous commune first, then the wider territories: EPCIs and
				// départements carry their communes' population too, and would otherwise come before the town itself
				WITH t ORDER BY score DESC, CASE WHEN t:Commune THEN t.population ELSE 0 END DESC, t.name
				WITH collect(t) AS found
				RETURN size(found) AS total, [t IN found[$skip..$skip + $limit] | %s] AS page""".formatted(TERRITORY))
			.bindAll(parameters)
			.fetch()
			.one()
			.map(row -> Connection.of(
					((List<?>) row.get("page")).stream().map(value -> territory((Map<?, ?>) value)).toList(), page,
					(Long) row.get("total")))
			.orElseThrow();
	}

	/**
	 * Where the search starts: from the parent when browsing (a few hundred children at most), from the full-text
	 * index when searching by name, else from every territory. All three are constant texts.
	 */
	private static String start(Map<String, Object> parameters) {
		if (parameters.get("text") != null) {
			return "CALL db.index.fulltext.queryNodes('territory_text', $text) YIELD node AS t, score";
		}
		if (parameters.get("parent") != null) {
			return "MATCH (:Territory {id: $parent})<-[:PART_OF|OVERLAPS]-(t:Territory) WITH t, 0.0 AS score";
		}
		return "MATCH (t:Territory) WITH t, 0.0 AS score";
	}

	/** The territories directly containing each of these, widest first. */
	public Map<String, List<Territory>> parents(Collection<String> ids) {
		Map<String, List<Territory>> parents = new HashMap<>();
		this.neo4j.query("""
				MATCH (child:Territory)-[:PART_OF|OVERLAPS]->(t:Territory) WHERE child.id IN $ids
				WITH child, t ORDER BY t.level, t.name
				RETURN child.id AS id, collect(%s) AS parents""".formatted(TERRITORY))
			.bind(ids)
			.to("ids")
			.fetch()
			.all()
			.forEach(row -> parents.put((String) row.get("id"),
					((List<?>) row.get("parents")).stream().map(value -> territory((Map<?, ?>) value)).toList()));
		return parents;
	}

	static Territory territory(Map<?, ?> map) {
		Object population = map.get("population");
		return new Territory((String) map.get("id"), (String) map.get("code"), (String) map.get("name"),
				TerritoryLevel.valueOf((String) map.get("level")),
				population == null ? null : ((Number) population).intValue());
	}

	/**
	 * The centre of a territory: a commune's own, else the mean of its communes' centres weighted by their population
	 * (where its people live, not the middle of its fields). Empty when no commune of it has a known centre.
	 */
	public Optional<Centre> centreOf(String territoryId) {
		return this.neo4j.query("""
				MATCH (t:Territory {id: $id})
				CALL (t) {
				  MATCH (c:Commune)-[:PART_OF*0..2]->(t) WHERE c.location IS NOT NULL
				  WITH DISTINCT c, toFloat(coalesce(c.population, 0)) + 1.0 AS weight
				  RETURN sum(weight) AS weights, sum(weight * c.location.latitude) AS latitudes,
				         sum(weight * c.location.longitude) AS longitudes
				}
				WITH weights, latitudes, longitudes WHERE weights > 0
				RETURN latitudes / weights AS latitude, longitudes / weights AS longitude""")
			.bind(territoryId)
			.to("id")
			.fetchAs(Centre.class)
			.mappedBy((types, row) -> new Centre(row.get("latitude").asDouble(), row.get("longitude").asDouble()))
			.one();
	}

	/** A point in WGS 84 degrees. */
	public record Centre(double latitude, double longitude) {
	}

}
