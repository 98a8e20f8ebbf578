package org.maillage.workinggroup.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.maillage.core.PageRequest;
import org.maillage.core.ReadScope;
import org.maillage.workinggroup.Participant;
import org.maillage.workinggroup.ParticipationStatus;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.mapping.Neo4jMappingContext;
import org.springframework.stereotype.Component;

import static org.maillage.core.GraphInstants.instant;

/**
 * The groups' read queries: explicit, parameterised Cypher through {@link Neo4jClient}. A group is read only when
 * its visibility is in {@code $visible} or one of its participants (whatever its answer) is among
 * {@code $ownActors}, the same predicate the matchmaking's existing-ties signal uses; problems are filtered on their
 * own visibility. The list keeps one constant query with {@code $filter IS NULL OR …} guards, as the directory's
 * problem search does: groups are few.
 */
@Component
public class WorkingGroupQueries {

	/** Whether the caller may read group {@code g}. */
	static final String VISIBLE = org.maillage.workinggroup.VisibleGroups.predicate("g");

	private static final String LIST = """
			MATCH (g:WorkingGroup)
			WHERE ($kinds IS NULL OR g.kind IN $kinds)
			  AND ($statuses IS NULL OR g.status IN $statuses)
			  AND ($actor IS NULL OR EXISTS { (g)<-[:PARTICIPATES_IN]-(:Actor {id: $actor}) })
			  AND ($problem IS NULL OR EXISTS {
			    (g)-[:WORKS_ON]->(p:Problem {id: $problem})<-[:FACES]-(owner:Actor)
			    WHERE p.visibility IN $visible OR owner.id IN $ownActors })
			  AND %s
			""".formatted(VISIBLE);

	private final Neo4jClient neo4j;

	private final Neo4jMappingContext mapping;

	WorkingGroupQueries(Neo4jClient neo4j, Neo4jMappingContext mapping) {
		this.neo4j = neo4j;
		this.mapping = mapping;
	}

	/** The group, if the caller may read it. */
	public Optional<WorkingGroupNode> group(String id, ReadScope scope) {
		return this.neo4j.query("MATCH (g:WorkingGroup {id: $id}) WHERE " + VISIBLE + " RETURN g")
			.bindAll(Map.of("id", id, "visible", scope.visibleLevels(), "ownActors", scope.ownActorIds()))
			.fetchAs(WorkingGroupNode.class)
			.mappedBy((types, row) -> read(row.get("g")))
			.one();
	}

	/**
	 * Groups the caller may read, the most recent first.
	 * @param filters {@code kinds}, {@code statuses}, {@code actor}, {@code problem}, each null when not filtering
	 */
	public Page groups(Map<String, Object> filters, ReadScope scope, PageRequest page) {
		Map<String, Object> parameters = new HashMap<>(filters);
		parameters.put("visible", scope.visibleLevels());
		parameters.put("ownActors", scope.ownActorIds());
		parameters.put("skip", page.offset());
		parameters.put("limit", page.size());
		long total = this.neo4j.query(LIST + "RETURN count(g) AS total")
			.bindAll(parameters)
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
		List<WorkingGroupNode> groups = List.copyOf(this.neo4j
			.query(LIST + "RETURN g ORDER BY g.createdAt DESC, g.id SKIP $skip LIMIT $limit")
			.bindAll(parameters)
			.fetchAs(WorkingGroupNode.class)
			.mappedBy((types, row) -> read(row.get("g")))
			.all());
		return new Page(groups, total);
	}

	/** For each of these groups, the ids of the problems it works on that the caller may see, by title. */
	public Map<String, List<String>> problemIds(Collection<String> groupIds, ReadScope scope) {
		Map<String, List<String>> problems = new HashMap<>();
		this.neo4j.query("""
				MATCH (g:WorkingGroup)-[:WORKS_ON]->(p:Problem)<-[:FACES]-(owner:Actor)
				WHERE g.id IN $groupIds AND (p.visibility IN $visible OR owner.id IN $ownActors)
				WITH g, p ORDER BY p.title, p.id
				RETURN g.id AS groupId, collect(p.id) AS problemIds""")
			.bindAll(Map.of("groupIds", List.copyOf(groupIds), "visible", scope.visibleLevels(), "ownActors",
					scope.ownActorIds()))
			.fetch()
			.all()
			.forEach(row -> problems.put((String) row.get("groupId"),
					((List<?>) row.get("problemIds")).stream().map(String.class::cast).toList()));
		return problems;
	}

	/**
	 * The participants of each of these groups that the caller may read, whatever their answer: those who took
	 * part first, then those invited, then those who declined.
	 */
	public Map<String, List<Participant>> participants(Collection<String> groupIds, ReadScope scope) {
		Map<String, List<Participant>> participants = new LinkedHashMap<>();
		this.neo4j.query("""
				MATCH (a:Actor)-[r:PARTICIPATES_IN]->(g:WorkingGroup)
				WHERE g.id IN $groupIds AND %s
				RETURN g.id AS groupId, a.id AS actorId, r.role AS role, r.step AS step, r.status AS status,
				       r.reason AS reason, r.invitedAt AS invitedAt, r.answeredAt AS answeredAt,
				       r.answeredBy AS answeredBy
				ORDER BY CASE r.status WHEN 'ACCEPTED' THEN 0 WHEN 'INVITED' THEN 1 ELSE 2 END, r.invitedAt, a.name,
				         a.id""".formatted(VISIBLE))
			.bindAll(Map.of("groupIds", List.copyOf(groupIds), "visible", scope.visibleLevels(), "ownActors",
					scope.ownActorIds()))
			.fetch()
			.all()
			.forEach(row -> participants.computeIfAbsent((String) row.get("groupId"), id -> new ArrayList<>())
				.add(new Participant((String) row.get("groupId"), (String) row.get("actorId"), (String) row.get("role"),
						(String) row.get("step"), ParticipationStatus.valueOf((String) row.get("status")),
						(String) row.get("reason"), instant(row.get("invitedAt")), instant(row.get("answeredAt")),
						(String) row.get("answeredBy"))));
		return participants;
	}

	private WorkingGroupNode read(org.neo4j.driver.Value node) {
		return this.mapping.getEntityConverter().read(WorkingGroupNode.class, node);
	}

	/** One page of groups and the total the caller may see. */
	public record Page(List<WorkingGroupNode> groups, long total) {
	}

}
