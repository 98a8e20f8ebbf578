package org.maillage.workspace;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.maillage.core.ConflictException;
import org.maillage.core.Connection;
import org.maillage.core.GraphInstants;
import org.maillage.core.InputFields;
import org.maillage.core.InvalidInputException;
import org.maillage.core.NotFoundException;
import org.maillage.core.PageRequest;
import org.maillage.core.Total;
import org.maillage.database.WriteLocks;
import org.maillage.security.Caller;
import org.maillage.security.Callers;
import org.maillage.security.Role;
import org.maillage.workspace.persistence.WorkspaceGraph;
import org.maillage.workspace.persistence.WorkspaceGraph.Kind;
import org.maillage.workspace.persistence.WorkspaceGraph.Reader;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.maillage.core.InputFields.blankToNull;
import static org.maillage.core.InputFields.link;
import static org.maillage.core.InputFields.required;
import static org.maillage.core.InputFields.text;

/**
 * Reads and writes groups' workspaces. Who may work in a group — a member of an actor whose participation is
 * ACCEPTED, a facilitator, an administrator — is checked inside every query ({@link WorkspaceGraph}); anyone else
 * gets what a group that does not exist gives: nothing to read, NOT_FOUND to a write. Each write takes the group's
 * write lock first, as the working groups' own changes do, so that it never interleaves with a participant leaving
 * or another write of the same group, and checks everything before writing. A closed group's workspace is kept,
 * read-only.
 */
@Service
@Transactional
public class Workspaces {

	static final int TITLE_LENGTH = 200;

	static final int PLACE_LENGTH = 200;

	static final int AGENDA_LENGTH = 4_000;

	/** Long enough for the minutes of a day's meeting; within the API's request size limit (64 KB). */
	static final int MINUTES_LENGTH = 20_000;

	static final int DECISION_LENGTH = 4_000;

	static final int MAX_ATTENDEES = 200;

	private static final String GROUP = "WorkingGroup";

	private final WorkspaceGraph graph;

	private final Callers callers;

	private final WriteLocks locks;

	Workspaces(WorkspaceGraph graph, Callers callers, WriteLocks locks) {
		this.graph = graph;
		this.callers = callers;
		this.locks = locks;
	}

	// ---------------------------------------------------------------- reads

	/** The group's workspace, or empty when there is no such group or the caller may not work in it. */
	@Transactional(readOnly = true)
	public Optional<Workspace> find(String groupId) {
		return this.graph.status(groupId, reader()).map(status -> new Workspace(groupId));
	}

	/** The people who may attend the group's meetings and carry its tasks, with the actor each belongs to. */
	@Transactional(readOnly = true)
	public List<WorkspaceMember> members(String groupId) {
		return this.graph.members(groupId, reader())
			.stream()
			.map(row -> new WorkspaceMember((String) row.get("personId"), (String) row.get("username"),
					(String) row.get("actorId")))
			.toList();
	}

	@Transactional(readOnly = true)
	public Connection<Meeting> meetings(String groupId, PageRequest page) {
		Reader reader = reader();
		return page(this.graph.meetings(groupId, reader, page.offset(), page.lookAhead()), Workspaces::meeting, page,
				() -> this.graph.countMeetings(groupId, reader));
	}

	/** These meetings, those of groups the caller may work in, by id. */
	@Transactional(readOnly = true)
	public Map<String, Meeting> meetingsByIds(Collection<String> ids) {
		Map<String, Meeting> meetings = new HashMap<>();
		this.graph.meetingsByIds(ids, reader()).stream().map(Workspaces::meeting)
			.forEach(meeting -> meetings.put(meeting.id(), meeting));
		return meetings;
	}

	@Transactional(readOnly = true)
	public Connection<Decision> decisions(String groupId, PageRequest page) {
		Reader reader = reader();
		return page(this.graph.decisions(groupId, reader, page.offset(), page.lookAhead()), Workspaces::decision,
				page, () -> this.graph.countDecisions(groupId, reader));
	}

	/** @param statuses the statuses to list, all when null or empty */
	@Transactional(readOnly = true)
	public Connection<Task> tasks(String groupId, List<TaskStatus> statuses, PageRequest page) {
		Reader reader = reader();
		List<String> wanted = statuses == null || statuses.isEmpty() ? null
				: statuses.stream().map(Enum::name).distinct().toList();
		return page(this.graph.tasks(groupId, wanted, reader, page.offset(), page.lookAhead()), Workspaces::task, page,
				() -> this.graph.countTasks(groupId, wanted, reader));
	}

	@Transactional(readOnly = true)
	public Connection<SharedDocument> documents(String groupId, PageRequest page) {
		Reader reader = reader();
		return page(this.graph.documents(groupId, reader, page.offset(), page.lookAhead()), Workspaces::document,
				page, () -> this.graph.countDocuments(groupId, reader));
	}

	// ---------------------------------------------------------------- writes

	public Meeting scheduleMeeting(String groupId, MeetingDetails details) {
		Caller caller = this.callers.requireSignedIn("scheduleMeeting");
		String group = required(groupId, "groupId");
		Map<String, Object> meeting = meetingProperties(details);
		List<String> attendees = attendees(details);
		lockedOpenGroup(group, caller);
		requireTakingPart(group, attendees);
		String id = UUID.randomUUID().toString();
		meeting.put("id", id);
		meeting.put("createdBy", caller.username());
		this.graph.createMeeting(group, meeting, attendees);
		return meeting(this.graph.item(Kind.MEETING, id).orElseThrow());
	}

	/** Replaces what the meeting says, if {@code version} is still its current version. */
	public Meeting updateMeeting(String id, long version, MeetingDetails details) {
		Caller caller = this.callers.requireSignedIn("updateMeeting");
		Map<String, Object> meeting = meetingProperties(details);
		List<String> attendees = attendees(details);
		String group = lockedOpenGroupOf(Kind.MEETING, id, caller, "meeting");
		Meeting current = meeting(this.graph.item(Kind.MEETING, id).orElseThrow(() -> new NotFoundException("meeting", id)));
		if (current.version() != version) {
			throw ConflictException.of("workspace.meeting.stale", id, String.valueOf(version),
					String.valueOf(current.version()));
		}
		requireTakingPart(group, attendees);
		this.graph.updateMeeting(id, meeting, attendees);
		return meeting(this.graph.item(Kind.MEETING, id).orElseThrow());
	}

	/** Records a decision; {@code meetingId}, if given, must be a meeting of the same group. */
	public Decision recordDecision(String groupId, String text, String decidedOn, String meetingId) {
		Caller caller = this.callers.requireSignedIn("recordDecision");
		String group = required(groupId, "groupId");
		String said = text(text, "text", DECISION_LENGTH, true);
		LocalDate day = date(decidedOn, "decidedOn");
		String meeting = blankToNull(meetingId);
		lockedOpenGroup(group, caller);
		if (meeting != null && !this.graph.groupOf(Kind.MEETING, meeting).filter(group::equals).isPresent()) {
			throw InvalidInputException.of("meetingId", "workspace.decision.meeting", meeting);
		}
		Map<String, Object> decision = new HashMap<>();
		String id = UUID.randomUUID().toString();
		decision.put("id", id);
		decision.put("text", said);
		decision.put("decidedOn", (day == null ? LocalDate.now() : day).toString());
		decision.put("createdBy", caller.username());
		this.graph.createDecision(group, decision, meeting);
		return decision(this.graph.item(Kind.DECISION, id).orElseThrow());
	}

	public Task addTask(String groupId, TaskDetails details) {
		Caller caller = this.callers.requireSignedIn("addTask");
		String group = required(groupId, "groupId");
		Map<String, Object> task = taskProperties(details);
		lockedOpenGroup(group, caller);
		String actor = requireResponsible(group, details);
		String id = UUID.randomUUID().toString();
		task.put("id", id);
		task.put("createdBy", caller.username());
		this.graph.createTask(group, task, actor, blankToNull(details.responsiblePerson()));
		return task(this.graph.item(Kind.TASK, id).orElseThrow());
	}

	/** Replaces what the task says and who carries it, if {@code version} is still its current version. */
	public Task updateTask(String id, long version, TaskDetails details) {
		Caller caller = this.callers.requireSignedIn("updateTask");
		Map<String, Object> task = taskProperties(details);
		String group = lockedOpenGroupOf(Kind.TASK, id, caller, "task");
		Task current = task(this.graph.item(Kind.TASK, id).orElseThrow(() -> new NotFoundException("task", id)));
		if (current.version() != version) {
			throw ConflictException.of("workspace.task.stale", id, String.valueOf(version),
					String.valueOf(current.version()));
		}
		String actor = requireResponsible(group, details);
		this.graph.updateTask(id, task, actor, blankToNull(details.responsiblePerson()));
		return task(this.graph.item(Kind.TASK, id).orElseThrow());
	}

	/** Shares a link to a document: http and https addresses only. */
	public SharedDocument shareDocument(String groupId, String title, String url) {
		Caller caller = this.callers.requireSignedIn("shareDocument");
		String group = required(groupId, "groupId");
		String name = text(title, "title", TITLE_LENGTH, true);
		String link = link(url, "url", true);
		lockedOpenGroup(group, caller);
		Map<String, Object> document = new HashMap<>();
		String id = UUID.randomUUID().toString();
		document.put("id", id);
		document.put("title", name);
		document.put("url", link);
		document.put("sharedBy", caller.username());
		this.graph.createDocument(group, document);
		return document(this.graph.item(Kind.DOCUMENT, id).orElseThrow());
	}

	/** Takes a shared document's link out of the workspace; returns what it was. */
	public SharedDocument removeDocument(String id) {
		Caller caller = this.callers.requireSignedIn("removeSharedDocument");
		lockedOpenGroupOf(Kind.DOCUMENT, id, caller, "sharedDocument");
		SharedDocument removed = document(this.graph.item(Kind.DOCUMENT, id)
			.orElseThrow(() -> new NotFoundException("sharedDocument", id)));
		this.graph.removeDocument(id);
		return removed;
	}

	// ---------------------------------------------------------------- who may write, under the group's lock

	/**
	 * Locks the group, then checks that the caller may work in it and that it is open. A caller who may not gets
	 * the NOT_FOUND of a group that does not exist.
	 */
	private void lockedOpenGroup(String groupId, Caller caller) {
		if ("CLOSED".equals(lockedGroup(groupId, caller))) {
			throw ConflictException.of("workspace.closed", groupId);
		}
	}

	/**
	 * Locks the group, then checks that the caller may work in it, whatever its status; returns its status. Useful
	 * effects are recorded in closed groups too: they are often measured once the work is done.
	 */
	String lockedGroup(String groupId, Caller caller) {
		if (!this.locks.lock(GROUP, groupId)) {
			throw new NotFoundException("workingGroup", groupId);
		}
		return this.graph.status(groupId, reader(caller))
			.orElseThrow(() -> new NotFoundException("workingGroup", groupId));
	}

	/** The same for an item's group: an item of a group the caller may not work in is not found either. */
	private String lockedOpenGroupOf(Kind kind, String id, Caller caller, String thing) {
		String groupId = lockedGroupOf(kind, id, caller, thing);
		lockedOpenGroup(groupId, caller);
		return groupId;
	}

	/** Locks an item's group and checks that the caller may work in it, whatever its status; returns its id. */
	String lockedGroupOf(Kind kind, String id, Caller caller, String thing) {
		String itemId = required(id, "id");
		String groupId = this.graph.groupOf(kind, itemId).orElseThrow(() -> new NotFoundException(thing, itemId));
		if (!this.locks.lock(GROUP, groupId) || this.graph.status(groupId, reader(caller)).isEmpty()) {
			throw new NotFoundException(thing, itemId);
		}
		return groupId;
	}

	private void requireTakingPart(String groupId, List<String> attendees) {
		if (attendees.isEmpty()) {
			return;
		}
		List<String> outside = this.graph.notTakingPart(groupId, attendees);
		if (!outside.isEmpty()) {
			throw InvalidInputException.of("attendees", "workspace.attendee.notTakingPart", String.join(", ", outside));
		}
	}

	/**
	 * The responsible actor takes part in the group (ACCEPTED) and the responsible person is one of its members;
	 * the actor is locked too, so that neither its participation nor that membership ends before the task is written.
	 */
	private String requireResponsible(String groupId, TaskDetails details) {
		String actor = required(details.responsibleActor(), "responsibleActor");
		this.locks.lock("Actor", actor);
		if (!this.graph.takesPart(groupId, actor)) {
			throw InvalidInputException.of("responsibleActor", "workspace.task.actorNotTakingPart", actor);
		}
		String person = blankToNull(details.responsiblePerson());
		if (person != null && !this.graph.isMember(person, actor)) {
			throw InvalidInputException.of("responsiblePerson", "workspace.task.personNotMember", person, actor);
		}
		return actor;
	}

	Reader reader() {
		return this.callers.current().map(Workspaces::reader).orElse(new Reader("", false));
	}

	static Reader reader(Caller caller) {
		return new Reader(caller.subject(), caller.has(Role.FACILITATOR) || caller.isAdmin());
	}

	// ---------------------------------------------------------------- input

	private static Map<String, Object> meetingProperties(MeetingDetails details) {
		if (details == null) {
			throw InvalidInputException.of("input", "validation.NotNull");
		}
		Map<String, Object> meeting = new HashMap<>();
		meeting.put("startsAt", instant(details.startsAt(), "startsAt").toString());
		meeting.put("place", text(details.place(), "place", PLACE_LENGTH, false));
		meeting.put("videoLink", link(details.videoLink(), "videoLink", false));
		meeting.put("agenda", text(details.agenda(), "agenda", AGENDA_LENGTH, false));
		meeting.put("minutes", text(details.minutes(), "minutes", MINUTES_LENGTH, false));
		return meeting;
	}

	private static List<String> attendees(MeetingDetails details) {
		List<String> attendees = new ArrayList<>(new LinkedHashSet<>(details.attendees() == null ? List.of()
				: details.attendees().stream().map(InputFields::blankToNull).filter(id -> id != null).toList()));
		if (attendees.size() > MAX_ATTENDEES) {
			throw InvalidInputException.of("attendees", "validation.Size.list.max", MAX_ATTENDEES);
		}
		return attendees;
	}

	private static Map<String, Object> taskProperties(TaskDetails details) {
		if (details == null) {
			throw InvalidInputException.of("input", "validation.NotNull");
		}
		Map<String, Object> task = new HashMap<>();
		task.put("title", text(details.title(), "title", TITLE_LENGTH, true));
		LocalDate due = date(details.dueOn(), "dueOn");
		task.put("dueOn", due == null ? null : due.toString());
		task.put("status", (details.status() == null ? TaskStatus.TODO : details.status()).name());
		required(details.responsibleActor(), "responsibleActor");
		return task;
	}

	/** The text stripped, null when blank (an error if {@code required}), at most {@code max} characters. */
	/** An absolute http or https address, with a host. */
	private static Instant instant(String text, String field) {
		String value = blankToNull(text);
		if (value == null) {
			throw InvalidInputException.of(field, "validation.NotBlank");
		}
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeException ex) {
			throw InvalidInputException.of(field, "workspace.instant", value);
		}
	}

	static LocalDate date(String text, String field) {
		String value = blankToNull(text);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeException ex) {
			throw InvalidInputException.of(field, "input.date", value);
		}
	}

	// ---------------------------------------------------------------- rows

	static <T> Connection<T> page(List<Map<String, Object>> rows, Function<Map<String, Object>, T> item,
			PageRequest page, java.util.function.LongSupplier total) {
		return Connection.lookingAhead(rows.stream().map(item).toList(), page,
				() -> Total.exactly(total.getAsLong()));
	}

	private static Meeting meeting(Map<String, Object> row) {
		List<WorkspacePerson> attendees = ((List<?>) row.get("attendees")).stream()
			.map(attendee -> person((Map<?, ?>) attendee))
			.sorted(Comparator.comparing((WorkspacePerson person) -> String.valueOf(person.username()))
				.thenComparing(WorkspacePerson::personId))
			.toList();
		return new Meeting((String) row.get("id"), (String) row.get("groupId"), number(row.get("version")),
				GraphInstants.instant(row.get("startsAt")), (String) row.get("place"), (String) row.get("videoLink"),
				(String) row.get("agenda"), (String) row.get("minutes"), attendees, (String) row.get("createdBy"),
				GraphInstants.instant(row.get("createdAt")), GraphInstants.instant(row.get("updatedAt")));
	}

	private static Decision decision(Map<String, Object> row) {
		return new Decision((String) row.get("id"), (String) row.get("groupId"), (String) row.get("text"),
				LocalDate.parse((String) row.get("decidedOn")), (String) row.get("meetingId"),
				(String) row.get("createdBy"), GraphInstants.instant(row.get("createdAt")));
	}

	private static Task task(Map<String, Object> row) {
		return new Task((String) row.get("id"), (String) row.get("groupId"), number(row.get("version")),
				(String) row.get("title"), (String) row.get("actorId"),
				row.get("person") instanceof Map<?, ?> person ? person(person) : null,
				row.get("dueOn") == null ? null : LocalDate.parse((String) row.get("dueOn")),
				TaskStatus.valueOf((String) row.get("status")), (String) row.get("createdBy"),
				GraphInstants.instant(row.get("createdAt")), GraphInstants.instant(row.get("updatedAt")));
	}

	private static SharedDocument document(Map<String, Object> row) {
		return new SharedDocument((String) row.get("id"), (String) row.get("groupId"), (String) row.get("title"),
				(String) row.get("url"), (String) row.get("sharedBy"), GraphInstants.instant(row.get("sharedAt")));
	}

	private static WorkspacePerson person(Map<?, ?> row) {
		return new WorkspacePerson((String) row.get("personId"), (String) row.get("username"));
	}

	static long number(Object value) {
		return value instanceof Number number ? number.longValue() : 0L;
	}

}
