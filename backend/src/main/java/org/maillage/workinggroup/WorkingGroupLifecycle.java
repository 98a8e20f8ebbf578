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
import org.maillage.core.Message;
import org.maillage.core.NotFoundException;
import org.maillage.core.ReadScopes;
import org.maillage.core.Visibility;
import org.maillage.database.WriteLocks;
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

import org.springframework.context.ApplicationEventPublisher;
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

	/** The label a group's write lock is taken on. */
	private static final String GROUP = "WorkingGroup";

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

	private final WriteLocks locks;

	private final ApplicationEventPublisher events;

	WorkingGroupLifecycle(WorkingGroupNodes nodes, WorkingGroupGraph graph, WorkingGroupQueries queries,
			WorkingGroupMapper mapper, InputValidator validator, ReadScopes scopes, Callers callers,
			Memberships memberships, ActorDirectory directory, ValueChains valueChains, WriteLocks locks,
			ApplicationEventPublisher events) {
		this.events = events;
		this.locks = locks;
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
		Caller caller = requireFacilitator("createGroup");
		this.validator.check(details);
		if (details.visibility() == Visibility.PRIVATE) {
			throw InvalidInputException.of("visibility", "group.visibility.private");
		}
		if (details.valueChain() != null && details.kind() != WorkingGroupKind.CONGLOMERATE) {
			throw InvalidInputException.of("valueChain", "group.valueChain.conglomerateOnly");
		}
		if (details.valueChain() != null) {
			ValueChain chain = this.valueChains.find(details.valueChain())
				.orElseThrow(() -> new NotFoundException("valueChain", details.valueChain()));
			details.participants().forEach(participant -> requireStepOf(chain, participant));
		}
		requireVisibleProblems(details.problems());
		List<String> actorIds = details.participants().stream().map(ParticipantDetails::actorId).toList();
		Set<String> seen = new HashSet<>();
		for (String actorId : actorIds) {
			if (!seen.add(actorId)) {
				throw InvalidInputException.of("participants", "group.participants.twice", actorId);
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
			throw ConflictException.of("group.create.actorDeleted");
		}
		return this.mapper.toWorkingGroup(saved);
	}

	/**
	 * A facilitator moves the group forward, one or more steps, if {@code version} is still its current version.
	 * CLOSED is final.
	 */
	public WorkingGroup changeStatus(String id, long version, WorkingGroupStatus status) {
		requireFacilitator("changeGroupStatus");
		if (status == null) {
			throw InvalidInputException.of("status", "validation.NotNull");
		}
		WorkingGroupNode node = lockedGroup(id);
		if (node.getVersion() == null || node.getVersion() != version) {
			throw ConflictException.of("group.stale", id, String.valueOf(version), String.valueOf(node.getVersion()));
		}
		if (node.getStatus() == WorkingGroupStatus.CLOSED) {
			throw closed(id);
		}
		if (!node.getStatus().canMoveTo(status)) {
			throw ConflictException.of("group.status.forwardOnly", id, node.getStatus().name());
		}
		node.setStatus(status);
		node.setUpdatedAt(Instant.now());
		// the save checks the version again, so a change made meanwhile is refused as a CONFLICT
		WorkingGroup changed = this.mapper.toWorkingGroup(this.nodes.save(node));
		this.events.publishEvent(new WorkingGroupStatusChanged(id, status));
		return changed;
	}

	/** A facilitator invites one more actor, or again one that declined; it takes part once an owner accepts. */
	public WorkingGroup invite(String id, ParticipantDetails participant) {
		requireFacilitator("inviteToGroup");
		if (participant == null) {
			throw InvalidInputException.of("participant", "validation.NotNull");
		}
		this.validator.check(participant);
		WorkingGroupNode group = lockedGroup(id);
		requireOpen(group);
		if (group.getValueChainId() != null) {
			this.valueChains.find(group.getValueChainId()).ifPresent(chain -> requireStepOf(chain, participant));
		}
		requireExistingActors(List.of(participant.actorId()));
		var previous = this.graph.participation(id, participant.actorId());
		if (previous.isPresent()) {
			switch (previous.get()) {
				case INVITED -> throw ConflictException.of("group.invite.pending", participant.actorId(), id);
				case ACCEPTED -> throw ConflictException.of("group.invite.member", participant.actorId(), id);
				case DECLINED -> {
					// invited again: its owners answer anew
				}
			}
		}
		else if (this.graph.countParticipants(id) >= MAX_PARTICIPANTS) {
			throw InvalidInputException.of("participant", "group.full", id, MAX_PARTICIPANTS);
		}
		if (this.graph.invite(id, List.of(participant)) == 0) {
			throw ConflictException.of("group.invite.meanwhile", id, participant.actorId());
		}
		return current(id);
	}

	/**
	 * An owner of the invited actor (or an administrator) accepts or declines; a facilitator cannot answer for an
	 * actor.
	 */
	public WorkingGroup answer(String id, String actorId, boolean accept) {
		Caller caller = this.callers.requireSignedIn("answerGroupInvitation");
		WorkingGroupNode group = lockedGroup(id);
		if (!caller.isAdmin() && !isOwner(caller, actorId)) {
			throw ForbiddenException.of("forbidden.groupAnswer", actorId);
		}
		ParticipationStatus status = this.graph.participation(id, actorId)
			.orElseThrow(() -> new NotFoundException(Message.of("notFound.groupInvitation", id, actorId)));
		requireOpen(group);
		if (status != ParticipationStatus.INVITED) {
			throw ConflictException.of("group.answer.answered", actorId, id, status.name());
		}
		ParticipationStatus answer = accept ? ParticipationStatus.ACCEPTED : ParticipationStatus.DECLINED;
		if (!this.graph.answer(id, actorId, answer, caller.username())) {
			throw ConflictException.of("group.answer.meanwhile", id, actorId);
		}
		return current(id);
	}

	/** A facilitator (or an administrator) takes an actor out of a group; an owner of the actor withdraws it. */
	public WorkingGroup leave(String id, String actorId) {
		Caller caller = this.callers.requireSignedIn("leaveGroup");
		WorkingGroupNode group = lockedGroup(id);
		if (!caller.isAdmin() && !caller.has(Role.FACILITATOR) && !isOwner(caller, actorId)) {
			throw ForbiddenException.of("forbidden.groupLeave", actorId);
		}
		if (this.graph.participation(id, actorId).isEmpty()) {
			throw new NotFoundException(Message.of("notFound.participant", id, actorId));
		}
		requireOpen(group);
		if (!this.graph.remove(id, actorId)) {
			throw ConflictException.of("group.leave.closed", id);
		}
		return current(id);
	}

	private Caller requireFacilitator(String action) {
		Caller caller = this.callers.requireSignedIn(action);
		if (!caller.has(Role.FACILITATOR) && !caller.isAdmin()) {
			throw ForbiddenException.of("forbidden.facilitatorsOnly", Message.of("action." + action));
		}
		return caller;
	}

	private boolean isOwner(Caller caller, String actorId) {
		return this.memberships.roleOf(caller, actorId).filter(MembershipRole.OWNER::equals).isPresent();
	}

	/** The group if the caller may see it; NOT_FOUND otherwise, as for a group that does not exist. */
	private WorkingGroupNode visibleGroup(String id) {
		return this.queries.group(id, this.scopes.current())
			.orElseThrow(() -> new NotFoundException("workingGroup", id));
	}

	/**
	 * The group, locked for the rest of the transaction, if the caller may see it: its participants and status are
	 * checked (a closed group, 50 participants, an invitation already answered) and changed one request at a time.
	 */
	private WorkingGroupNode lockedGroup(String id) {
		WorkingGroupNode group = visibleGroup(id);
		if (!this.locks.lock(GROUP, id)) {
			throw new NotFoundException("workingGroup", id);
		}
		// read again: what the caller decides on is what is there once no one else can change it
		return visibleGroup(id);
	}

	private static void requireOpen(WorkingGroupNode group) {
		if (group.getStatus() == WorkingGroupStatus.CLOSED) {
			throw closed(group.getId());
		}
	}

	private static ConflictException closed(String id) {
		return ConflictException.of("group.closed", id);
	}

	/** The group as it is now, after a change: the caller saw it just before. */
	private WorkingGroup current(String id) {
		return this.nodes.findById(id)
			.map(this.mapper::toWorkingGroup)
			.orElseThrow(() -> new NotFoundException("workingGroup", id));
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
			throw InvalidInputException.of("step", "group.step.unknown",
					String.join(", ", chain.steps().stream().map(step -> "« " + step.name() + " »").toList()));
		}
	}

	/** Locks the actors invited, so that none is deleted while its invitation is written. */
	private void requireExistingActors(List<String> ids) {
		if (ids.isEmpty()) {
			return;
		}
		this.locks.lock("Actor", ids);
		Set<String> missing = new TreeSet<>(ids);
		missing.removeAll(this.directory.byIds(ids).keySet());
		if (!missing.isEmpty()) {
			throw new NotFoundException("actor", String.join(", ", missing));
		}
	}

}
