package org.maillage.workinggroup;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.maillage.actor.ActorDirectory;
import org.maillage.actor.Problem;
import org.maillage.core.ConflictException;
import org.maillage.core.ForbiddenException;
import org.maillage.core.InputValidator;
import org.maillage.core.InvalidInputException;
import org.maillage.core.NotFoundException;
import org.maillage.core.ReadScopes;
import org.maillage.core.Visibility;
import org.maillage.security.Caller;
import org.maillage.security.Callers;
import org.maillage.security.MembershipRole;
import org.maillage.security.Memberships;
import org.maillage.security.Role;
import org.maillage.valuechain.ValueChain;
import org.maillage.valuechain.ValueChains;
import org.maillage.workinggroup.persistence.WorkingGroupGraph;
import org.maillage.workinggroup.persistence.WorkingGroupMapper;
import org.maillage.workinggroup.persistence.WorkingGroupNode;
import org.maillage.workinggroup.persistence.WorkingGroupNodes;
import org.maillage.workinggroup.persistence.WorkingGroupQueries;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates groups and moves them along their lifecycle, and handles their invitations. Facilitators (and
 * administrators) create groups, change their status, invite and remove actors; only an owner of an invited actor
 * (or an administrator) answers for it, so that no actor takes part without its consent. Every check runs before
 * the first write, and each call is one transaction.
 */
@Service
@Transactional
public class WorkingGroupLifecycle {

	public static final int MAX_PROBLEMS = 20;

	public static final int MAX_PARTICIPANTS = 50;

	private final WorkingGroupNodes nodes;

	private final WorkingGroupGraph graph;

	private final WorkingGroupQueries queries;

	private final WorkingGroupMapper mapper;

	private final InputValidator validator;

	private final ReadScopes scopes;

	private final Callers callers;

	private final Memberships memberships;

	private final ActorDirectory directory;

	private final ValueChains valueChains;

	WorkingGroupLifecycle(WorkingGroupNodes nodes, WorkingGroupGraph graph, WorkingGroupQueries queries,
			WorkingGroupMapper mapper, InputValidator validator, ReadScopes scopes, Callers callers,
			Memberships memberships, ActorDirectory directory, ValueChains valueChains) {
		this.nodes = nodes;
		this.graph = graph;
		this.queries = queries;
		this.mapper = mapper;
		this.validator = validator;
		this.scopes = scopes;
		this.callers = callers;
		this.memberships = memberships;
		this.directory = directory;
		this.valueChains = valueChains;
	}

	/** A facilitator creates a group (PROPOSED) around problems it may see; the actors listed are invited. */
	public WorkingGroup create(WorkingGroupDetails details) {
		Caller caller = requireFacilitator("create a working group");
		this.validator.check(details);
		if (details.visibility() == Visibility.PRIVATE) {
			throw new InvalidInputException("visibility", "must be PUBLIC, MEMBERS or FACILITATORS: a PRIVATE group "
					+ "would be hidden from the facilitators who run it (its participants' members always see it)");
		}
		if (details.valueChain() != null && details.kind() != WorkingGroupKind.CONGLOMERATE) {
			throw new InvalidInputException("valueChain", "is only for a CONGLOMERATE");
		}
		if (details.valueChain() != null) {
			ValueChain chain = this.valueChains.find(details.valueChain())
				.orElseThrow(() -> new NotFoundException("value chain", details.valueChain()));
			details.participants().forEach(participant -> requireStepOf(chain, participant));
		}
		requireVisibleProblems(details.problems());
		List<String> actorIds = details.participants().stream().map(ParticipantDetails::actorId).toList();
		Set<String> seen = new HashSet<>();
		for (String actorId : actorIds) {
			if (!seen.add(actorId)) {
				throw new InvalidInputException("participants", "names actor " + actorId + " twice");
			}
		}
		requireExistingActors(actorIds);

		WorkingGroupNode node = new WorkingGroupNode();
		this.mapper.update(details, node);
		node.setId(UUID.randomUUID().toString());
		node.setStatus(WorkingGroupStatus.PROPOSED);
		node.setCreatedBy(caller.username());
		node.setCreatedBySubject(caller.subject());
		node.setCreatedAt(Instant.now());
		node.setUpdatedAt(node.getCreatedAt());
		WorkingGroupNode saved = this.nodes.save(node);
		this.graph.linkProblems(saved.getId(), details.problems().stream().distinct().toList());
		if (!details.participants().isEmpty()
				&& this.graph.invite(saved.getId(), details.participants()) < details.participants().size()) {
			// an actor was deleted since it was checked: the exception rolls the whole group back
			throw new ConflictException("An actor invited was deleted meanwhile: check the participants and try again");
		}
		return this.mapper.toWorkingGroup(saved);
	}

	/**
	 * A facilitator moves the group forward, one or more steps, if {@code version} is still its current version.
	 * CLOSED is final.
	 */
	public WorkingGroup changeStatus(String id, long version, WorkingGroupStatus status) {
		requireFacilitator("change a working group's status");
		if (status == null) {
			throw new InvalidInputException("status", "must be given");
		}
		WorkingGroupNode node = visibleGroup(id);
		if (node.getVersion() == null || node.getVersion() != version) {
			throw new ConflictException("Working group " + id + " has changed since version " + version
					+ " (it is now at version " + node.getVersion() + "): reload it and decide again");
		}
		if (node.getStatus() == WorkingGroupStatus.CLOSED) {
			throw closed(id);
		}
		if (!node.getStatus().canMoveTo(status)) {
			throw new ConflictException("Working group " + id + " is " + node.getStatus()
					+ ": a group moves only forward (PROPOSED, FORMING, ACTIVE, CLOSED), never back or to where it is");
		}
		node.setStatus(status);
		node.setUpdatedAt(Instant.now());
		// the save checks the version again, so a change made meanwhile is refused as a CONFLICT
		return this.mapper.toWorkingGroup(this.nodes.save(node));
	}

	/** A facilitator invites one more actor, or again one that declined; it takes part once an owner accepts. */
	public WorkingGroup invite(String id, ParticipantDetails participant) {
		requireFacilitator("invite an actor to a working group");
		if (participant == null) {
			throw new InvalidInputException("participant", "must be given");
		}
		this.validator.check(participant);
		WorkingGroupNode group = visibleGroup(id);
		requireOpen(group);
		if (group.getValueChainId() != null) {
			this.valueChains.find(group.getValueChainId()).ifPresent(chain -> requireStepOf(chain, participant));
		}
		requireExistingActors(List.of(participant.actorId()));
		var previous = this.graph.participation(id, participant.actorId());
		if (previous.isPresent()) {
			switch (previous.get()) {
				case INVITED -> throw new ConflictException("Actor " + participant.actorId()
						+ " is already invited to working group " + id + " and has not answered yet");
				case ACCEPTED -> throw new ConflictException("Actor " + participant.actorId()
						+ " already takes part in working group " + id);
				case DECLINED -> {
					// invited again: its owners answer anew
				}
			}
		}
		else if (this.graph.countParticipants(id) >= MAX_PARTICIPANTS) {
			throw new InvalidInputException("participant", "cannot be invited: working group " + id + " already has "
					+ MAX_PARTICIPANTS + " participants, the most a group may have");
		}
		if (this.graph.invite(id, List.of(participant)) == 0) {
			throw new ConflictException("Working group " + id + " was closed or actor " + participant.actorId()
					+ " deleted meanwhile: reload the group");
		}
		return current(id);
	}

	/**
	 * An owner of the invited actor (or an administrator) accepts or declines; a facilitator cannot answer for an
	 * actor.
	 */
	public WorkingGroup answer(String id, String actorId, boolean accept) {
		Caller caller = this.callers.requireSignedIn("answer an invitation to a working group");
		WorkingGroupNode group = visibleGroup(id);
		if (!caller.isAdmin() && !isOwner(caller, actorId)) {
			throw new ForbiddenException("Only the owners of actor " + actorId + " (and administrators) may answer "
					+ "for it: nobody else, facilitators included, takes part in a group on an actor's behalf");
		}
		ParticipationStatus status = this.graph.participation(id, actorId)
			.orElseThrow(() -> new NotFoundException("invitation to working group " + id + " for the actor", actorId));
		requireOpen(group);
		if (status != ParticipationStatus.INVITED) {
			throw new ConflictException("The invitation of actor " + actorId + " to working group " + id
					+ " was already answered (" + status + ")");
		}
		ParticipationStatus answer = accept ? ParticipationStatus.ACCEPTED : ParticipationStatus.DECLINED;
		if (!this.graph.answer(id, actorId, answer, caller.username())) {
			throw new ConflictException("Working group " + id + " was closed, or the invitation of actor " + actorId
					+ " answered, meanwhile: reload the group");
		}
		return current(id);
	}

	/** A facilitator (or an administrator) takes an actor out of a group; an owner of the actor withdraws it. */
	public WorkingGroup leave(String id, String actorId) {
		Caller caller = this.callers.requireSignedIn("take an actor out of a working group");
		WorkingGroupNode group = visibleGroup(id);
		if (!caller.isAdmin() && !caller.has(Role.FACILITATOR) && !isOwner(caller, actorId)) {
			throw new ForbiddenException("Only facilitators and the owners of actor " + actorId
					+ " (and administrators) may take it out of a working group");
		}
		if (this.graph.participation(id, actorId).isEmpty()) {
			throw new NotFoundException("participant of working group " + id + " among actors", actorId);
		}
		requireOpen(group);
		if (!this.graph.remove(id, actorId)) {
			throw new ConflictException("Working group " + id + " was closed meanwhile: a closed group keeps its "
					+ "participants");
		}
		return current(id);
	}

	private Caller requireFacilitator(String action) {
		Caller caller = this.callers.requireSignedIn(action);
		if (!caller.has(Role.FACILITATOR) && !caller.isAdmin()) {
			throw new ForbiddenException("Only facilitators (and administrators) may " + action);
		}
		return caller;
	}

	private boolean isOwner(Caller caller, String actorId) {
		return this.memberships.roleOf(caller, actorId).filter(MembershipRole.OWNER::equals).isPresent();
	}

	/** The group if the caller may see it; NOT_FOUND otherwise, as for a group that does not exist. */
	private WorkingGroupNode visibleGroup(String id) {
		return this.queries.group(id, this.scopes.current())
			.orElseThrow(() -> new NotFoundException("working group", id));
	}

	private static void requireOpen(WorkingGroupNode group) {
		if (group.getStatus() == WorkingGroupStatus.CLOSED) {
			throw closed(group.getId());
		}
	}

	private static ConflictException closed(String id) {
		return new ConflictException("Working group " + id + " is CLOSED: a closed group is final, its participants "
				+ "and status no longer change");
	}

	/** The group as it is now, after a change: the caller saw it just before. */
	private WorkingGroup current(String id) {
		return this.nodes.findById(id)
			.map(this.mapper::toWorkingGroup)
			.orElseThrow(() -> new NotFoundException("working group", id));
	}

	/** Problems that do not exist and problems the caller may not see get the same NOT_FOUND. */
	private void requireVisibleProblems(List<String> ids) {
		Map<String, Problem> visible = this.directory.problemsByIds(ids);
		Set<String> missing = new TreeSet<>(ids);
		missing.removeAll(visible.keySet());
		if (!missing.isEmpty()) {
			throw new NotFoundException("problem", String.join(", ", missing));
		}
	}

	/** A conglomerate's participant takes one of its value chain's steps, named as the chain names it. */
	private static void requireStepOf(ValueChain chain, ParticipantDetails participant) {
		if (participant.step() != null && chain.steps().stream().noneMatch(step -> step.name().equals(participant.step()))) {
			throw new InvalidInputException("step", "must be one of the value chain's steps: "
					+ chain.steps().stream().map(step -> "« " + step.name() + " »").toList());
		}
	}

	private void requireExistingActors(List<String> ids) {
		if (ids.isEmpty()) {
			return;
		}
		Set<String> missing = new TreeSet<>(ids);
		missing.removeAll(this.directory.byIds(ids).keySet());
		if (!missing.isEmpty()) {
			throw new NotFoundException("actor", String.join(", ", missing));
		}
	}

}
