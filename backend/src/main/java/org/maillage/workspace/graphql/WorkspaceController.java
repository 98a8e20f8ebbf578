package org.maillage.workspace.graphql;

import java.util.List;
import java.util.Map;

import org.maillage.actor.Actor;
import org.maillage.actor.ActorDirectory;
import org.maillage.core.BatchResults;
import org.maillage.core.Connection;
import org.maillage.core.PageRequest;
import org.maillage.workinggroup.WorkingGroup;
import org.maillage.workinggroup.WorkingGroups;
import org.maillage.workspace.Decision;
import org.maillage.workspace.Meeting;
import org.maillage.workspace.SharedDocument;
import org.maillage.workspace.Task;
import org.maillage.workspace.TaskStatus;
import org.maillage.workspace.Workspace;
import org.maillage.workspace.WorkspaceMember;
import org.maillage.workspace.Workspaces;
import org.maillage.workspace.graphql.WorkspaceInputs.AddTaskInput;
import org.maillage.workspace.graphql.WorkspaceInputs.RecordDecisionInput;
import org.maillage.workspace.graphql.WorkspaceInputs.RemoveSharedDocumentInput;
import org.maillage.workspace.graphql.WorkspaceInputs.ScheduleMeetingInput;
import org.maillage.workspace.graphql.WorkspaceInputs.ShareDocumentInput;
import org.maillage.workspace.graphql.WorkspaceInputs.UpdateMeetingInput;
import org.maillage.workspace.graphql.WorkspaceInputs.UpdateTaskInput;
import org.maillage.workspace.graphql.WorkspacePayloads.DecisionPayload;
import org.maillage.workspace.graphql.WorkspacePayloads.MeetingPayload;
import org.maillage.workspace.graphql.WorkspacePayloads.RemovedItemPayload;
import org.maillage.workspace.graphql.WorkspacePayloads.SharedDocumentPayload;
import org.maillage.workspace.graphql.WorkspacePayloads.TaskPayload;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Groups' workspaces: the query, its paginated lists, and the mutations; who may do what is checked by
 * {@link Workspaces}. Actors and decisions' meetings are batch-loaded, one query per page.
 */
@Controller
class WorkspaceController {

	private final Workspaces workspaces;

	private final WorkingGroups groups;

	private final ActorDirectory directory;

	WorkspaceController(Workspaces workspaces, WorkingGroups groups, ActorDirectory directory) {
		this.workspaces = workspaces;
		this.groups = groups;
		this.directory = directory;
	}

	@QueryMapping
	Workspace workspace(@Argument String group) {
		return this.workspaces.find(group).orElse(null);
	}

	@SchemaMapping(typeName = "Workspace")
	WorkingGroup group(Workspace workspace) {
		return this.groups.find(workspace.groupId()).orElse(null);
	}

	@SchemaMapping(typeName = "Workspace")
	List<WorkspaceMember> members(Workspace workspace) {
		return this.workspaces.members(workspace.groupId());
	}

	@SchemaMapping(typeName = "Workspace")
	Connection<Meeting> meetings(Workspace workspace, @Argument Integer first, @Argument String after) {
		return this.workspaces.meetings(workspace.groupId(), PageRequest.of(first, after));
	}

	@SchemaMapping(typeName = "Workspace")
	Connection<Decision> decisions(Workspace workspace, @Argument Integer first, @Argument String after) {
		return this.workspaces.decisions(workspace.groupId(), PageRequest.of(first, after));
	}

	@SchemaMapping(typeName = "Workspace")
	Connection<Task> tasks(Workspace workspace, @Argument List<TaskStatus> statuses, @Argument Integer first,
			@Argument String after) {
		return this.workspaces.tasks(workspace.groupId(), statuses, PageRequest.of(first, after));
	}

	@SchemaMapping(typeName = "Workspace")
	Connection<SharedDocument> documents(Workspace workspace, @Argument Integer first, @Argument String after) {
		return this.workspaces.documents(workspace.groupId(), PageRequest.of(first, after));
	}

	@SchemaMapping(typeName = "Meeting")
	String startsAt(Meeting meeting) {
		return meeting.startsAt().toString();
	}

	@SchemaMapping(typeName = "Meeting")
	String createdAt(Meeting meeting) {
		return meeting.createdAt().toString();
	}

	@SchemaMapping(typeName = "Meeting")
	String updatedAt(Meeting meeting) {
		return meeting.updatedAt().toString();
	}

	@SchemaMapping(typeName = "Decision")
	String decidedOn(Decision decision) {
		return decision.decidedOn().toString();
	}

	@SchemaMapping(typeName = "Decision")
	String createdAt(Decision decision) {
		return decision.createdAt().toString();
	}

	@BatchMapping(typeName = "Decision", field = "meeting")
	Map<Decision, Meeting> meeting(List<Decision> decisions) {
		List<Decision> taken = decisions.stream().filter(decision -> decision.meetingId() != null).toList();
		return BatchResults.byKey(taken, Decision::meetingId,
				this.workspaces.meetingsByIds(BatchResults.keys(taken, Decision::meetingId)), null);
	}

	@SchemaMapping(typeName = "Task")
	String dueOn(Task task) {
		return task.dueOn() == null ? null : task.dueOn().toString();
	}

	@SchemaMapping(typeName = "Task")
	String createdAt(Task task) {
		return task.createdAt().toString();
	}

	@SchemaMapping(typeName = "Task")
	String updatedAt(Task task) {
		return task.updatedAt().toString();
	}

	@BatchMapping(typeName = "Task", field = "responsibleActor")
	Map<Task, Actor> responsibleActor(List<Task> tasks) {
		List<Task> assigned = tasks.stream().filter(task -> task.actorId() != null).toList();
		return BatchResults.byKey(assigned, Task::actorId,
				this.directory.byIds(BatchResults.keys(assigned, Task::actorId)), null);
	}

	@SchemaMapping(typeName = "Task")
	org.maillage.workspace.WorkspacePerson responsiblePerson(Task task) {
		return task.person();
	}

	@BatchMapping(typeName = "WorkspaceMember", field = "actor")
	Map<WorkspaceMember, Actor> actor(List<WorkspaceMember> members) {
		return BatchResults.byKey(members, WorkspaceMember::actorId,
				this.directory.byIds(BatchResults.keys(members, WorkspaceMember::actorId)), null);
	}

	@SchemaMapping(typeName = "SharedDocument")
	String sharedAt(SharedDocument document) {
		return document.sharedAt().toString();
	}

	@MutationMapping
	MeetingPayload scheduleMeeting(@Argument ScheduleMeetingInput input) {
		return new MeetingPayload(this.workspaces.scheduleMeeting(input.groupId(), input.details()));
	}

	@MutationMapping
	MeetingPayload updateMeeting(@Argument UpdateMeetingInput input) {
		return new MeetingPayload(this.workspaces.updateMeeting(input.id(), input.version(), input.details()));
	}

	@MutationMapping
	DecisionPayload recordDecision(@Argument RecordDecisionInput input) {
		return new DecisionPayload(this.workspaces.recordDecision(input.groupId(), input.text(), input.decidedOn(),
				input.meetingId()));
	}

	@MutationMapping
	TaskPayload addTask(@Argument AddTaskInput input) {
		return new TaskPayload(this.workspaces.addTask(input.groupId(), input.details()));
	}

	@MutationMapping
	TaskPayload updateTask(@Argument UpdateTaskInput input) {
		return new TaskPayload(this.workspaces.updateTask(input.id(), input.version(), input.details()));
	}

	@MutationMapping
	SharedDocumentPayload shareDocument(@Argument ShareDocumentInput input) {
		return new SharedDocumentPayload(this.workspaces.shareDocument(input.groupId(), input.title(), input.url()));
	}

	@MutationMapping
	RemovedItemPayload removeSharedDocument(@Argument RemoveSharedDocumentInput input) {
		SharedDocument removed = this.workspaces.removeDocument(input.id());
		return new RemovedItemPayload(removed.id(), removed.groupId());
	}

}
