package org.maillage.workinggroup.graphql;

import java.util.List;
import java.util.Map;

import org.maillage.actor.Actor;
import org.maillage.actor.ActorDirectory;
import org.maillage.actor.Problem;
import org.maillage.core.BatchResults;
import org.maillage.core.Connection;
import org.maillage.core.PageRequest;
import org.maillage.valuechain.ValueChain;
import org.maillage.valuechain.ValueChains;
import org.maillage.workinggroup.Participant;
import org.maillage.workinggroup.WorkingGroup;
import org.maillage.workinggroup.WorkingGroupFilter;
import org.maillage.workinggroup.WorkingGroups;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The groups' queries. A group's problems and participants, and the participants' actors, are batch-loaded: one
 * query per field for a whole page of groups, never one per group.
 */
@Controller
class WorkingGroupQueryController {

	private final WorkingGroups groups;

	private final ActorDirectory directory;

	private final ValueChains valueChains;

	WorkingGroupQueryController(WorkingGroups groups, ActorDirectory directory, ValueChains valueChains) {
		this.groups = groups;
		this.directory = directory;
		this.valueChains = valueChains;
	}

	@BatchMapping(typeName = "WorkingGroup", field = "valueChain")
	Map<WorkingGroup, ValueChain> valueChain(List<WorkingGroup> groups) {
		List<WorkingGroup> conglomerates = groups.stream().filter(group -> group.valueChainId() != null).toList();
		return BatchResults.byKey(conglomerates, WorkingGroup::valueChainId,
				this.valueChains.byIds(BatchResults.keys(conglomerates, WorkingGroup::valueChainId)), null);
	}

	@QueryMapping
	WorkingGroup workingGroup(@Argument String id) {
		return this.groups.find(id).orElse(null);
	}

	@QueryMapping
	Connection<WorkingGroup> workingGroups(@Argument WorkingGroupFilter filter, @Argument Integer first,
			@Argument String after) {
		return this.groups.search(filter == null ? WorkingGroupFilter.NONE : filter, PageRequest.of(first, after));
	}

	@BatchMapping(typeName = "WorkingGroup", field = "problems")
	Map<WorkingGroup, List<Problem>> problems(List<WorkingGroup> groups) {
		return BatchResults.byKey(groups, WorkingGroup::id,
				this.groups.problemsOf(BatchResults.keys(groups, WorkingGroup::id)), List.of());
	}

	@BatchMapping(typeName = "WorkingGroup", field = "participants")
	Map<WorkingGroup, List<Participant>> participants(List<WorkingGroup> groups) {
		return BatchResults.byKey(groups, WorkingGroup::id,
				this.groups.participantsOf(BatchResults.keys(groups, WorkingGroup::id)), List.of());
	}

	@BatchMapping(typeName = "Participant", field = "actor")
	Map<Participant, Actor> actor(List<Participant> participants) {
		return BatchResults.byKey(participants, Participant::actorId,
				this.directory.byIds(BatchResults.keys(participants, Participant::actorId)), null);
	}

}
