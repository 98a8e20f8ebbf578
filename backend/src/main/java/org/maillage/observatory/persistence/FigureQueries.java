package org.maillage.observatory.persistence;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.maillage.core.Visibility;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The observatory's Cypher: the graph's counts grouped by commune, read in one pass each when figures are refreshed,
 * and the figures of territories, written as one {@code TerritoryFigures} node per territory and read back one
 * visibility level at a time. Every statement is fixed text; values arrive as parameters.
 */
@Component
public class FigureQueries {

	/** Where an actor counts: the commune it is located in (none for an actor without one). */
	private static final String ACTOR_PLACE = """
			MATCH (a:Actor)
			OPTIONAL MATCH (a)-[:LOCATED_IN]->(c:Commune)
			""";

	/** The NAF divisions of an actor's core trades, by which actors and their items are also counted. */
	private static final String DIVISIONS = "[(a)-[:HAS_CORE_TRADE]->(trade:Trade) | substring(trade.code, 0, 2)]";

	private static final String ACTORS = ACTOR_PLACE + """
			RETURN c.id AS commune, a.kind AS kind, a.sector AS sector, %s AS divisions, count(*) AS n"""
		.formatted(DIVISIONS);

	private static final String EQUIPMENT = ACTOR_PLACE + """
			MATCH (a)-[:HAS_EQUIPMENT]->(q:Equipment)
			RETURN c.id AS commune, a.kind AS kind, a.sector AS sector, q.visibility AS visibility,
			       q.category AS category, coalesce(q.shared, true) AS shared, count(*) AS n""";

	/** Each actor's equipment categories, at the most open level it holds equipment of that category at. */
	private static final String EQUIPMENT_HOLDERS = ACTOR_PLACE + """
			MATCH (a)-[:HAS_EQUIPMENT]->(q:Equipment)
			WITH c.id AS commune, a, q.category AS category, collect(DISTINCT q.visibility) AS levels
			RETURN commune, a.kind AS kind, a.sector AS sector, category, %s AS divisions,
			       CASE WHEN 'PUBLIC' IN levels THEN 'PUBLIC' WHEN 'MEMBERS' IN levels THEN 'MEMBERS'
			            WHEN 'FACILITATORS' IN levels THEN 'FACILITATORS' ELSE 'PRIVATE' END AS visibility,
			       count(*) AS n""".formatted(DIVISIONS);

	/**
	 * Interests by actor's place, kind, sector and divisions: the divisions read once per actor rather than once per
	 * interest, a fifth of the pass's time (PlanConsole at 100,000 actors, 975 → 788 ms).
	 */
	private static final String TOPICS = ACTOR_PLACE + """
			WITH a, c, %s AS divisions
			MATCH (a)-[i:INTERESTED_IN]->(t:Topic)
			RETURN c.id AS commune, a.kind AS kind, a.sector AS sector, i.visibility AS visibility, t.key AS topic,
			       divisions, count(*) AS n""".formatted(DIVISIONS);

	private static final String PROBLEMS = ACTOR_PLACE + """
			MATCH (a)-[:FACES]->(p:Problem)
			RETURN c.id AS commune, a.kind AS kind, a.sector AS sector, p.visibility AS visibility,
			       p.category AS category, coalesce(p.status, 'OPEN') AS status, count(*) AS n""";

	private final Neo4jClient neo4j;

	FigureQueries(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** Actors by commune, kind, sector and the NAF divisions of their core trades. */
	public void actors(Consumer<Map<String, Object>> row) {
		all(ACTORS, row);
	}

	/** Equipment by commune, its actor's kind and sector, visibility, category and whether it is shared. */
	public void equipment(Consumer<Map<String, Object>> row) {
		all(EQUIPMENT, row);
	}

	/**
	 * Actors holding equipment by commune, kind, sector, category, the NAF divisions of their core trades and the most
	 * open visibility of their equipment of that category.
	 */
	public void equipmentHolders(Consumer<Map<String, Object>> row) {
		all(EQUIPMENT_HOLDERS, row);
	}

	/** Topic interests by commune, actor's kind, sector and NAF divisions, visibility and topic key. */
	public void topics(Consumer<Map<String, Object>> row) {
		all(TOPICS, row);
	}

	/** Problems by commune, actor's kind and sector, visibility, category and status. */
	public void problems(Consumer<Map<String, Object>> row) {
		all(PROBLEMS, row);
	}

	/**
	 * Each row as the driver's own values: Spring Data's conversion of every value, for the hundreds of thousands
	 * of rows of a refresh, cost several times what the database took to compute them.
	 */
	private void all(String cypher, Consumer<Map<String, Object>> row) {
		this.neo4j.query(cypher)
			.fetchAs(Map.class)
			.mappedBy((types, record) -> record.asMap())
			.all()
			.forEach(map -> row.accept(typed(map)));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> typed(Map<?, ?> map) {
		return (Map<String, Object>) map;
	}

	/** Every commune's EPCI, département and région ids. */
	public Map<String, List<String>> placesOfCommunes() {
		Map<String, List<String>> places = new HashMap<>();
		this.neo4j.query("""
				MATCH (c:Commune)-[:PART_OF]->(d:Departement)-[:PART_OF]->(r:Region)
				OPTIONAL MATCH (c)-[:PART_OF]->(e:Epci)
				RETURN c.id AS commune, [id IN [e.id, d.id, r.id] WHERE id IS NOT NULL] AS places""")
			.fetch()
			.all()
			.forEach(row -> places.put((String) row.get("commune"), strings(row.get("places"))));
		return places;
	}

	/** The NAF section of each division: "24" → "C". */
	public Map<String, String> sectionsOfDivisions() {
		Map<String, String> sections = new HashMap<>();
		this.neo4j.query("""
				MATCH (d:Trade)-[:BROADER]->(s:Trade) WHERE size(d.code) = 2
				RETURN d.code AS division, s.code AS section""")
			.fetch()
			.all()
			.forEach(row -> sections.put((String) row.get("division"), (String) row.get("section")));
		return sections;
	}

	/**
	 * Writes a batch of figures, stamped with the refresh they come from.
	 * @param rows each with {@code territory}, {@code actors} and {@code places} (JSON) and two JSON properties per
	 * visibility level: its items ({@code PUBLIC}) and its items by place ({@link #placesField}, {@code PUBLIC_places})
	 */
	public void write(List<Map<String, Object>> rows, String refresh) {
		this.neo4j.query("""
				UNWIND $rows AS row
				MERGE (f:TerritoryFigures {territory: row.territory})
				SET f.actors = row.actors, f.places = row.places, f.PUBLIC = row.PUBLIC, f.MEMBERS = row.MEMBERS,
				    f.FACILITATORS = row.FACILITATORS, f.PRIVATE = row.PRIVATE, f.PUBLIC_places = row.PUBLIC_places,
				    f.MEMBERS_places = row.MEMBERS_places, f.FACILITATORS_places = row.FACILITATORS_places,
				    f.PRIVATE_places = row.PRIVATE_places, f.refresh = $refresh""")
			.bindAll(Map.of("rows", rows, "refresh", refresh))
			.run();
	}

	/** The field of a level's items by place: equipment and problems by département and EPCI. */
	public static String placesField(Visibility level) {
		return level.name() + "_places";
	}

	/**
	 * Ends a refresh: removes the figures of territories it found nothing in, and records when it completed, which
	 * every overview shows from then on.
	 */
	public void complete(String refresh, int territories, long millis) {
		this.neo4j.query("""
				CALL () {
				  MATCH (f:TerritoryFigures) WHERE f.refresh <> $refresh
				  DELETE f
				}
				MERGE (r:ObservatoryRefresh {id: 'last'})
				SET r.refresh = $refresh, r.completedAt = datetime(), r.territories = $territories, r.millis = $millis""")
			.bindAll(Map.of("refresh", refresh, "territories", territories, "millis", millis))
			.run();
	}

	/**
	 * The figures of territories as a caller sees them: the actors' (public, as actors are) and those of the
	 * visibility levels given only, so that counts of items the caller may not see never leave the database.
	 */
	public Map<String, StoredFigures> read(Collection<String> territories, Collection<Visibility> visible) {
		return read(territories, visible, false);
	}

	/**
	 * The same with the actors and the items by place ({@link StoredFigures#places()},
	 * {@link StoredFigures#itemPlaces()}), which only the directory's facets read.
	 */
	public Optional<StoredFigures> readWithPlaces(String territory, Collection<Visibility> visible) {
		return Optional.ofNullable(read(List.of(territory), visible, true).get(territory));
	}

	private Map<String, StoredFigures> read(Collection<String> territories, Collection<Visibility> visible,
			boolean withPlaces) {
		Map<String, StoredFigures> figures = new HashMap<>();
		this.neo4j.query("""
				MATCH (f:TerritoryFigures) WHERE f.territory IN $territories
				RETURN f.territory AS territory, f.actors AS actors, CASE WHEN $withPlaces THEN f.places END AS places,
				       [level IN $visible | f[level]] AS items,
				       CASE WHEN $withPlaces THEN [level IN $visible | f[level + '_places']] ELSE [] END AS itemPlaces""")
			.bindAll(Map.of("territories", List.copyOf(territories),
					"visible", visible.stream().map(Enum::name).toList(), "withPlaces", withPlaces))
			.fetch()
			.all()
			.forEach(row -> figures.put((String) row.get("territory"), new StoredFigures((String) row.get("actors"),
					(String) row.get("places"), strings(row.get("items")), strings(row.get("itemPlaces")))));
		return figures;
	}

	/** The last refresh that completed, or empty when none has yet. */
	public Optional<Refresh> lastRefresh() {
		return this.neo4j.query("""
				MATCH (r:ObservatoryRefresh {id: 'last'}) RETURN r.refresh AS refresh, r.completedAt AS completedAt""")
			.fetch()
			.one()
			.map(row -> new Refresh((String) row.get("refresh"), offset(row.get("completedAt"))));
	}

	/**
	 * A completed refresh.
	 * @param stamp the refresh's id, written on every figures node it wrote
	 * @param completedAt when it completed
	 */
	public record Refresh(String stamp, OffsetDateTime completedAt) {
	}

	/** When the last refresh completed, or null when none has yet. */
	public OffsetDateTime lastComputed() {
		return this.neo4j.query("MATCH (r:ObservatoryRefresh {id: 'last'}) RETURN r.completedAt AS completedAt")
			.fetch()
			.one()
			.map(row -> offset(row.get("completedAt")))
			.orElse(null);
	}

	/**
	 * The territories one level down: a région's départements, the EPCIs overlapping a département, an EPCI's
	 * communes; none for a commune.
	 */
	public List<String> subTerritories(String territory) {
		return List.copyOf(this.neo4j.query("""
				MATCH (t:Territory {id: $territory})
				CALL (t) {
				  WITH t WHERE t:Region
				  MATCH (t)<-[:PART_OF]-(sub:Departement)
				  RETURN sub
				  UNION
				  WITH t WHERE t:Departement
				  MATCH (t)<-[:OVERLAPS]-(sub:Epci)
				  RETURN sub
				  UNION
				  WITH t WHERE t:Epci
				  MATCH (t)<-[:PART_OF]-(sub:Commune)
				  RETURN sub
				}
				RETURN sub.id AS id""")
			.bind(territory)
			.to("territory")
			.fetchAs(String.class)
			.all());
	}

	/**
	 * The territory a territory's activities are compared with: a commune's département, an EPCI's or a
	 * département's région; none for a région (France is).
	 */
	public Optional<String> referenceOf(String territory) {
		return this.neo4j.query("""
				MATCH (t:Territory {id: $territory})
				OPTIONAL MATCH (t)-[:PART_OF]->(departement:Departement) WHERE t:Commune
				OPTIONAL MATCH (t)-[:OVERLAPS]->(:Departement)-[:PART_OF]->(epciRegion:Region) WHERE t:Epci
				OPTIONAL MATCH (t)-[:PART_OF]->(region:Region) WHERE t:Departement
				RETURN coalesce(departement.id, epciRegion.id, region.id) AS reference LIMIT 1""")
			.bind(territory)
			.to("territory")
			.fetchAs(String.class)
			.one();
	}

	private static OffsetDateTime offset(Object value) {
		return value instanceof ZonedDateTime zoned ? zoned.toOffsetDateTime()
				: value instanceof OffsetDateTime offset ? offset : null;
	}

	@SuppressWarnings("unchecked")
	private static List<String> strings(Object value) {
		return value == null ? List.of() : ((List<Object>) value).stream().map(o -> (String) o).toList();
	}

	/**
	 * One territory's figures as stored.
	 * @param actors the actors' figures, JSON
	 * @param places the actors by place, JSON; null when not asked or none
	 * @param items the figures of items at each visibility level asked for, JSON, null where there are none
	 * @param itemPlaces the same by place, when asked with the places; empty otherwise
	 */
	public record StoredFigures(String actors, String places, List<String> items, List<String> itemPlaces) {
	}

}
