package org.maillage.workinggroup;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.maillage.actor.ActorDirectory;
import org.maillage.actor.Problem;
import org.maillage.core.Connection;
import org.maillage.core.PageRequest;
import org.maillage.core.ReadScopes;
import org.maillage.workinggroup.persistence.WorkingGroupMapper;
import org.maillage.workinggroup.persistence.WorkingGroupQueries;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads working groups and conglomerates for the current caller. A group is read when its visibility is one the
 * caller may see or when one of the caller's actors is among its participants; its problems are those the caller
 * may see; its participants are all of them (actor profiles are public).
 */
@Service
@Transactional(readOnly = true)
public class WorkingGroups {

	private final WorkingGroupQueries queries;

	private final WorkingGroupMapper mapper;

	private final ReadScopes scopes;

	private final ActorDirectory directory;

	WorkingGroups(WorkingGroupQueries queries, WorkingGroupMapper mapper, ReadScopes scopes,
			ActorDirectory directory) {
		this.queries = queries;
		this.mapper = mapper;
		this.scopes = scopes;
		this.directory = directory;
	}

	/** The group, or empty when there is none the caller may see. */
	public Optional<WorkingGroup> find(String id) {
		return this.queries.group(id, this.scopes.current()).map(this.mapper::toWorkingGroup);
	}

	/** The groups the caller may see, the most recent first. */
	public Connection<WorkingGroup> search(WorkingGroupFilter filter, PageRequest page) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("kinds", names(filter.kinds()));
		parameters.put("statuses", names(filter.statuses()));
		parameters.put("actor", blankToNull(filter.actor()));
		parameters.put("problem", blankToNull(filter.problem()));
		WorkingGroupQueries.Page found = this.queries.groups(parameters, this.scopes.current(), page);
		return Connection.of(found.groups().stream().map(this.mapper::toWorkingGroup).toList(), page, found.total());
	}

	/** The problems each group works on, those the caller may see, by title. */
	public Map<String, List<Problem>> problemsOf(Collection<String> groupIds) {
		Map<String, List<String>> ids = this.queries.problemIds(groupIds, this.scopes.current());
		Map<String, Problem> problems = this.directory
			.problemsByIds(ids.values().stream().flatMap(List::stream).distinct().toList());
		Map<String, List<Problem>> byGroup = new HashMap<>();
		ids.forEach((groupId, list) -> byGroup.put(groupId,
				list.stream().map(problems::get).filter(Objects::nonNull).toList()));
		return byGroup;
	}

	/** The participants of each group the caller may see, whatever their answer. */
	public Map<String, List<Participant>> participantsOf(Collection<String> groupIds) {
		return this.queries.participants(groupIds, this.scopes.current());
	}

	/** An empty filter is no filter: null, which the query reads as "do not filter on this". */
	private static List<String> names(List<? extends Enum<?>> values) {
		return values == null || values.isEmpty() ? null : values.stream().map(Enum::name).distinct().toList();
	}

	private static String blankToNull(String id) {
		return id == null || id.isBlank() ? null : id.strip();
	}

}
