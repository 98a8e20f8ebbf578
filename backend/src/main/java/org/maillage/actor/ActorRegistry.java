package org.maillage.actor;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.maillage.actor.persistence.ActorGraph;
import org.maillage.actor.persistence.DirectoryEntries;
import org.maillage.actor.persistence.ActorMapper;
import org.maillage.actor.persistence.ActorNode;
import org.maillage.actor.persistence.Actors;
import org.maillage.actor.persistence.ItemKind;
import org.maillage.core.ConflictException;
import org.maillage.core.ForbiddenException;
import org.maillage.core.Message;
import org.maillage.core.InputValidator;
import org.maillage.core.InvalidInputException;
import org.maillage.core.NotFoundException;
import org.maillage.database.WriteLocks;
import org.maillage.security.Caller;
import org.maillage.security.Callers;
import org.maillage.security.Memberships;
import org.maillage.security.Role;
import org.maillage.taxonomy.Trades;
import org.maillage.territory.Territories;
import org.maillage.territory.TerritoryLevel;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers, updates and deletes actors. Every check runs before the first write, and each call is one
 * transaction, so a refused input leaves nothing half-written.
 */
@Service
@Transactional
public class ActorRegistry {

	private final Actors actors;

	private final ActorGraph graph;

	private final ActorMapper mapper;

	private final InputValidator inputs;

	private final Territories territories;

	private final Trades trades;

	private final Callers callers;

	private final Memberships memberships;

	private final WriteLocks locks;

	private final DirectoryEntries entries;

	private final ApplicationEventPublisher events;

	ActorRegistry(Actors actors, ActorGraph graph, ActorMapper mapper, InputValidator inputs, Territories territories,
			Trades trades, Callers callers, Memberships memberships, WriteLocks locks, DirectoryEntries entries,
			ApplicationEventPublisher events) {
		this.events = events;
		this.locks = locks;
		this.entries = entries;
		this.callers = callers;
		this.memberships = memberships;
		this.actors = actors;
		this.graph = graph;
		this.mapper = mapper;
		this.inputs = inputs;
		this.territories = territories;
		this.trades = trades;
	}

	/** Registers an actor; the caller becomes its owner. */
	public Actor register(ActorDetails details) {
		Caller caller = this.callers.requireSignedIn("registerActor");
		check(details, null);
		ActorNode node = new ActorNode();
		this.mapper.update(details, node);
		node.setId(UUID.randomUUID().toString());
		node.setCreatedAt(Instant.now());
		node.setUpdatedAt(node.getCreatedAt());
		node.setConfirmedAt(node.getCreatedAt());
		Actor actor = save(node, details);
		this.memberships.addOwner(caller, actor.id());
		this.events.publishEvent(new ActorRegistered(actor.id()));
		return actor;
	}

	/** Replaces the actor's details if {@code version} is still its current version. */
	public Actor update(String id, long version, ActorDetails details) {
		Caller caller = this.callers.requireSignedIn("editActor");
		if (!this.locks.lock(ActorGraph.LABEL, id)) {
			throw new NotFoundException("actor", id);
		}
		ActorNode node = this.actors.findById(id).orElseThrow(() -> new NotFoundException("actor", id));
		this.memberships.requireEditor(caller, id);
		check(details, id);
		this.mapper.update(details, node);
		node.setVersion(version);
		node.setUpdatedAt(Instant.now());
		if (this.memberships.roleOf(caller, id).isPresent()) {
			// an administrator's correction is not its owners saying the profile is right
			node.setConfirmedAt(node.getUpdatedAt());
		}
		return save(node, details);
	}

	/**
	 * Its owners or editors say the profile is still right, as it is: {@code confirmedAt} becomes now, and the next
	 * reminder waits until it is stale again. Administrators are not members: they cannot vouch for an actor.
	 */
	public Actor confirm(String id) {
		Caller caller = this.callers.requireSignedIn("confirmActor");
		if (!this.locks.lock(ActorGraph.LABEL, id)) {
			throw new NotFoundException("actor", id);
		}
		if (this.memberships.roleOf(caller, id).isEmpty()) {
			throw ForbiddenException.of("forbidden.confirmActor", id);
		}
		this.graph.confirm(id);
		this.entries.confirmed(id);
		return this.actors.findById(id)
			.map(node -> this.mapper.toActor(node, this.graph.communeOf(id).orElse(null)))
			.orElseThrow(() -> new NotFoundException("actor", id));
	}

	/** Deletes the actor and its items; only its owners and administrators may. */
	public void delete(String id, long version) {
		Caller caller = this.callers.requireSignedIn("deleteActor");
		// locked, so that no item, member or invitation is added while the actor and its items are deleted
		if (!this.locks.lock(ActorGraph.LABEL, id)) {
			throw new NotFoundException("actor", id);
		}
		this.memberships.requireOwner(caller, id);
		this.memberships.forget(id);
		if (!this.graph.deleteActor(id, version)) {
			throw ConflictException.of("actor.delete.stale", id, String.valueOf(version));
		}
	}

	/**
	 * Merges a duplicate profile into the survivor, for facilitators and administrators: the duplicate's items, topic
	 * interests, core trades, members and invitations move to the survivor, which fills its missing description,
	 * website, location and SIRET from the duplicate; other features move what they link to it ({@link ActorsMerged});
	 * then the duplicate is deleted. Both actors are locked, in id order, so that no write to either (nor another
	 * merge) runs meanwhile.
	 */
	public void merge(String survivorId, String duplicateId) {
		Caller caller = this.callers.requireSignedIn("mergeActors");
		if (!caller.has(Role.FACILITATOR) && !caller.isAdmin()) {
			throw ForbiddenException.of("forbidden.facilitatorsOnly", Message.of("action.mergeActors"));
		}
		if (survivorId.equals(duplicateId)) {
			throw InvalidInputException.of("duplicateId", "merge.same", survivorId);
		}
		Set<String> locked = this.locks.lock(ActorGraph.LABEL, List.of(survivorId, duplicateId));
		for (String id : List.of(survivorId, duplicateId)) {
			if (!locked.contains(id)) {
				throw new NotFoundException("actor", id);
			}
		}
		long together = this.graph.mostItemsOfOneKindTogether(survivorId, duplicateId);
		if (together > ItemKind.MAX_PER_ACTOR) {
			throw ConflictException.of("merge.tooManyItems", String.valueOf(together),
					String.valueOf(ItemKind.MAX_PER_ACTOR));
		}
		this.memberships.merge(survivorId, duplicateId);
		this.events.publishEvent(new ActorsMerged(survivorId, duplicateId));
		if (!this.graph.mergeInto(survivorId, duplicateId)) {
			throw new NotFoundException("actor", duplicateId);
		}
		this.entries.refresh(List.of(survivorId));
	}

	private Actor save(ActorNode node, ActorDetails details) {
		ActorNode saved = this.actors.save(node);
		this.graph.relink(saved.getId(), details.communeId(), details.coreTrades());
		this.entries.refresh(List.of(saved.getId()));
		return this.mapper.toActor(saved, details.communeId());
	}

	private void check(ActorDetails details, String actorId) {
		this.inputs.check(details);
		if (details.siret() != null) {
			if (!Siret.isValid(details.siret())) {
				throw InvalidInputException.of("siret", "actor.siret.checkDigit");
			}
			if (this.graph.siretTakenByAnother(details.siret(), actorId)) {
				throw ConflictException.of("actor.siret.taken", details.siret());
			}
		}
		boolean isCommune = this.territories.find(details.communeId())
			.filter(territory -> territory.level() == TerritoryLevel.COMMUNE)
			.isPresent();
		if (!isCommune) {
			throw InvalidInputException.of("commune", "actor.commune.unknown", details.commune());
		}
		Set<String> subclasses = this.trades.existingSubclasses(details.coreTrades());
		Set<String> wrong = new TreeSet<>(details.coreTrades());
		wrong.removeAll(subclasses);
		if (!wrong.isEmpty()) {
			throw InvalidInputException.of("coreTrades", "actor.coreTrades.notSubclasses", String.join(", ", wrong));
		}
	}

}
