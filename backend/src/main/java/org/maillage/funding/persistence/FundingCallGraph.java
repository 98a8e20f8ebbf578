package org.maillage.funding.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.maillage.core.GraphInstants;
import org.maillage.core.ReadScope;
import org.maillage.funding.FundingCallStatus;
import org.maillage.funding.FundingRecurrence;
import org.maillage.territory.InsideTerritories;
import org.maillage.workinggroup.VisibleGroups;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Funding calls in the graph: {@code FundingCall} nodes, unique {@code id} and {@code sourceId}, their perimeter a
 * territory's id in {@code perimeterId} (null: everywhere), dates as Neo4j dates; the {@code FundingRegistry} node
 * whose write lock serialises imports (V0029). Calls are public: reads filter on their status and deadline only.
 * Reads of groups and actors' places go through the visibility predicate of {@code workinggroup} and the territory
 * path of {@code territory}.
 */
@Component
public class FundingCallGraph {

	/** Whether call {@code c} is open on {@code $today}. */
	static final String OPEN = "(c.status = 'PUBLISHED' AND (c.deadline IS NULL OR c.deadline >= $today))";

	private static final String CALL = """
			c {.id, .version, .sourceId, .slug, .name, .financers, .description, .audiences, .perimeterId,
			   .perimeterName, .themes, .aidTypes, .subsidyRateMin, .subsidyRateMax, .opensOn, .deadline, .recurrence,
			   .applicationUrl, .originUrl, .status, .createdBy, .createdAt, .updatedAt}""";

	private static final String SEARCH = """
			MATCH (c:FundingCall)
			WHERE ($open = false OR %s)
			  AND ($text IS NULL OR toLower(c.name + ' ' + coalesce(c.description, '') + ' '
			       + reduce(s = '', f IN coalesce(c.financers, []) | s + ' ' + f)) CONTAINS $text)
			""".formatted(OPEN);

	private static final String CLOSING = "MATCH (c:FundingCall) WHERE " + OPEN + " AND c.deadline <= $until\n";

	private final Neo4jClient neo4j;

	FundingCallGraph(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	public Optional<FundingCallRow> find(String id) {
		return rows("MATCH (c:FundingCall {id: $id}) RETURN " + CALL + " AS item", Map.of("id", id)).stream()
			.findFirst();
	}

	public List<FundingCallRow> byIds(Collection<String> ids) {
		return rows("MATCH (c:FundingCall) WHERE c.id IN $ids RETURN " + CALL + " AS item",
				Map.of("ids", List.copyOf(ids)));
	}

	/**
	 * One page of calls, the soonest deadline first (those without one last), with one more to tell whether another
	 * page follows.
	 * @param text lower-case words the name, description or financers contain; null for all
	 */
	public List<FundingCallRow> search(String text, boolean openOnly, LocalDate today, long skip, int limit) {
		Map<String, Object> parameters = searchParameters(text, openOnly, today);
		parameters.put("skip", skip);
		parameters.put("limit", limit);
		return rows(SEARCH + "RETURN " + CALL + """
				 AS item ORDER BY c.deadline IS NULL, c.deadline, c.name, c.id SKIP $skip LIMIT $limit""", parameters);
	}

	public long count(String text, boolean openOnly, LocalDate today) {
		return count(SEARCH + "RETURN count(c)", searchParameters(text, openOnly, today));
	}

	/** One page of the open calls whose deadline is on or before {@code until}, the soonest first. */
	public List<FundingCallRow> closing(LocalDate today, LocalDate until, long skip, int limit) {
		return rows(CLOSING + "RETURN " + CALL + " AS item ORDER BY c.deadline, c.name, c.id SKIP $skip LIMIT $limit",
				Map.of("today", today, "until", until, "skip", skip, "limit", limit));
	}

	public long countClosing(LocalDate today, LocalDate until) {
		return count(CLOSING + "RETURN count(c)", Map.of("today", today, "until", until));
	}

	/**
	 * The published calls whose deadline falls between {@code today} and {@code until} and that were not yet warned
	 * of for that deadline, marked as warned ({@code deadlineWarnedFor}): a call whose deadline moves is warned of
	 * again. The caller holds the registry's lock, so two runs never warn of one deadline twice.
	 */
	public List<FundingCallRow> markDeadlineWarnings(LocalDate today, LocalDate until) {
		return rows("""
				MATCH (c:FundingCall)
				WHERE c.deadline >= $today AND c.deadline <= $until AND c.status = 'PUBLISHED'
				  AND (c.deadlineWarnedFor IS NULL OR c.deadlineWarnedFor <> c.deadline)
				SET c.deadlineWarnedFor = c.deadline
				""" + "RETURN " + CALL + " AS item ORDER BY c.deadline, c.id", Map.of("today", today, "until", until));
	}

	/** The open calls, at most {@code limit}, the soonest deadline first: what ranking weighs. */
	public List<FundingCallRow> open(LocalDate today, int limit) {
		return rows("MATCH (c:FundingCall) WHERE " + OPEN + " RETURN " + CALL
				+ " AS item ORDER BY c.deadline IS NULL, c.deadline, c.id LIMIT $limit",
				Map.of("today", today, "limit", limit));
	}

	/** The territories each actor is inside (its commune, its EPCI, département and région). */
	public Map<String, Set<String>> placesOf(Collection<String> actorIds) {
		Map<String, Set<String>> places = new HashMap<>();
		actorIds.forEach(id -> places.put(id, new LinkedHashSet<>()));
		this.neo4j.query("MATCH (a:Actor) WHERE a.id IN $ids MATCH " + InsideTerritories.path("a", "place")
				+ " RETURN a.id AS actor, collect(DISTINCT place.id) AS places")
			.bindAll(Map.of("ids", List.copyOf(actorIds)))
			.fetch()
			.all()
			.forEach(row -> ((List<?>) row.get("places"))
				.forEach(place -> places.get((String) row.get("actor")).add((String) place)));
		return places;
	}

	/**
	 * The group's problems and its actors (those whose participation is ACCEPTED, or every participant while none
	 * has accepted), if the caller may see the group; empty otherwise, exactly as for a group that does not exist.
	 */
	public Optional<GroupRow> group(String groupId, ReadScope scope) {
		return this.neo4j.query("MATCH (g:WorkingGroup {id: $group}) WHERE " + VisibleGroups.predicate("g") + """

				WITH g, [(g)-[:WORKS_ON]->(p:Problem) | p.id] AS problems,
				     [(a:Actor)-[r:PARTICIPATES_IN]->(g) WHERE r.status = 'ACCEPTED' | a.id] AS accepted,
				     [(a:Actor)-[:PARTICIPATES_IN]->(g) | a.id] AS invited
				RETURN problems, CASE WHEN size(accepted) > 0 THEN accepted ELSE invited END AS actors""")
			.bindAll(Map.of("group", groupId, "visible", scope.visibleLevels(), "ownActors", scope.ownActorIds()))
			.fetch()
			.one()
			.map(row -> new GroupRow(strings(row.get("problems")), strings(row.get("actors"))));
	}

	public record GroupRow(List<String> problemIds, List<String> actorIds) {
	}

	/** The ids of the régions and départements with this name, accents and case aside. */
	public List<String> territoriesNamed(String name) {
		return List.copyOf(this.neo4j.query("""
				MATCH (t:Territory) WHERE (t:Region OR t:Departement) AND toLower(t.name) = toLower($name)
				RETURN t.id ORDER BY t.id""")
			.bindAll(Map.of("name", name))
			.fetchAs(String.class)
			.all());
	}

	/** Each of these sources' calls: its id, fingerprint and status, by source id. */
	public Map<String, Map<String, Object>> bySource(Collection<String> sourceIds) {
		Map<String, Map<String, Object>> known = new HashMap<>();
		this.neo4j.query("""
				MATCH (c:FundingCall) WHERE c.sourceId IN $sources
				RETURN c.sourceId AS sourceId, c.id AS id, c.fingerprint AS fingerprint, c.status AS status""")
			.bindAll(Map.of("sources", List.copyOf(sourceIds)))
			.fetch()
			.all()
			.forEach(row -> known.put((String) row.get("sourceId"), row));
		return known;
	}

	// ---------------------------------------------------------------- writes, checked by the service first

	/**
	 * Creates a published call; {@code call} holds its properties, dates as ISO-8601 days.
	 */
	public void create(Map<String, Object> call) {
		this.neo4j.query("""
				CREATE (c:FundingCall)
				SET c = $call, c.opensOn = date($call.opensOn), c.deadline = date($call.deadline), c.version = 0,
				    c.status = 'PUBLISHED', c.createdAt = datetime(), c.updatedAt = c.createdAt""")
			.bindAll(Map.of("call", call))
			.run();
	}

	/** Replaces what a call says; its version goes up by one. */
	public void update(String id, Map<String, Object> call) {
		this.neo4j.query("""
				MATCH (c:FundingCall {id: $id})
				SET c += $call, c.opensOn = date($call.opensOn), c.deadline = date($call.deadline),
				    c.version = c.version + 1, c.updatedAt = datetime()""")
			.bindAll(Map.of("id", id, "call", call))
			.run();
	}

	public void withdraw(String id, String by) {
		this.neo4j.query("""
				MATCH (c:FundingCall {id: $id})
				SET c.status = 'WITHDRAWN', c.withdrawnBy = $by, c.version = c.version + 1, c.updatedAt = datetime()""")
			.bindAll(Map.of("id", id, "by", by))
			.run();
	}

	// ---------------------------------------------------------------- rows

	private List<FundingCallRow> rows(String statement, Map<String, Object> parameters) {
		return this.neo4j.query(statement)
			.bindAll(parameters)
			.fetch()
			.all()
			.stream()
			.map(row -> row((Map<?, ?>) row.get("item")))
			.toList();
	}

	private long count(String statement, Map<String, Object> parameters) {
		return this.neo4j.query(statement).bindAll(parameters).fetchAs(Long.class).one().orElse(0L);
	}

	private static Map<String, Object> searchParameters(String text, boolean openOnly, LocalDate today) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("text", text);
		parameters.put("open", openOnly);
		parameters.put("today", today);
		return parameters;
	}

	private static FundingCallRow row(Map<?, ?> item) {
		return new FundingCallRow((String) item.get("id"), number(item.get("version")), (String) item.get("sourceId"),
				(String) item.get("slug"), (String) item.get("name"), strings(item.get("financers")),
				(String) item.get("description"), strings(item.get("audiences")), (String) item.get("perimeterId"),
				(String) item.get("perimeterName"), strings(item.get("themes")), strings(item.get("aidTypes")),
				decimal(item.get("subsidyRateMin")), decimal(item.get("subsidyRateMax")),
				(LocalDate) item.get("opensOn"), (LocalDate) item.get("deadline"),
				FundingRecurrence.valueOf((String) item.get("recurrence")),
				(String) item.get("applicationUrl"), (String) item.get("originUrl"),
				FundingCallStatus.valueOf((String) item.get("status")), (String) item.get("createdBy"),
				GraphInstants.instant(item.get("createdAt")), GraphInstants.instant(item.get("updatedAt")));
	}

	private static List<String> strings(Object value) {
		return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
	}

	private static long number(Object value) {
		return value instanceof Number number ? number.longValue() : 0L;
	}

	private static Double decimal(Object value) {
		return value instanceof Number number ? number.doubleValue() : null;
	}

}
