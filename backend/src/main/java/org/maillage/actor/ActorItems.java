package org.maillage.actor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.maillage.actor.persistence.ActorGraph;
import org.maillage.actor.persistence.DirectoryEntries;
import org.maillage.actor.persistence.ActorMapper;
import org.maillage.actor.persistence.ContactPointNode;
import org.maillage.actor.persistence.DirectoryQueries.Owned;
import org.maillage.actor.persistence.EquipmentNode;
import org.maillage.actor.persistence.ItemKind;
import org.maillage.actor.persistence.ItemNode;
import org.maillage.actor.persistence.KnowHowNode;
import org.maillage.actor.persistence.ProblemNode;
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
import org.maillage.security.Memberships;
import org.maillage.taxonomy.Trades;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds, updates and removes an actor's items: know-how, equipment, problems, contact points and topic interests.
 * Updates and removals carry the version the caller read; a stale one is refused and nothing is written.
 */
@Service
@Transactional
public class ActorItems {

	static final int MAX_TOPIC_NAME = 100;

	private final ActorGraph graph;

	private final ActorMapper mapper;

	private final InputValidator validator;

	private final ReadScopes scopes;

	private final Callers callers;

	private final Memberships memberships;

	private final Needs needs;

	private final WriteLocks locks;

	private final DirectoryEntries entries;

	private final ApplicationEventPublisher events;

	ActorItems(ActorGraph graph, ActorMapper mapper, InputValidator validator, ReadScopes scopes, Callers callers,
			Memberships memberships, Needs needs, WriteLocks locks, DirectoryEntries entries,
			ApplicationEventPublisher events) {
		this.events = events;
		this.locks = locks;
		this.entries = entries;
		this.needs = needs;
		this.callers = callers;
		this.memberships = memberships;
		this.graph = graph;
		this.mapper = mapper;
		this.validator = validator;
		this.scopes = scopes;
	}

	public KnowHow addKnowHow(String actorId, KnowHowDetails details) {
		return add(actorId, details, ItemKind.KNOW_HOW, KnowHowNode::new, this.mapper::update,
				this.mapper::toKnowHow);
	}

	public KnowHow updateKnowHow(String id, long version, KnowHowDetails details) {
		return update(id, version, details, ItemKind.KNOW_HOW, this.mapper::update, this.mapper::toKnowHow);
	}

	public Equipment addEquipment(String actorId, EquipmentDetails details) {
		Equipment equipment = add(actorId, details, ItemKind.EQUIPMENT, EquipmentNode::new, this.mapper::update,
				this.mapper::toEquipment);
		if (Boolean.TRUE.equals(details.shared())) {
			this.events.publishEvent(new EquipmentShared(actorId, equipment.id()));
		}
		return equipment;
	}

	public Equipment updateEquipment(String id, long version, EquipmentDetails details) {
		return update(id, version, details, ItemKind.EQUIPMENT, this.mapper::update, this.mapper::toEquipment);
	}

	public Problem addProblem(String actorId, ProblemDetails details) {
		return addProblem(actorId, details, Instant.now());
	}

	/**
	 * A problem raised before it reaches the directory, such as the demo's, whose dates make the observatory's
	 * trends: {@code raisedAt} is its creation date.
	 */
	public Problem addProblem(String actorId, ProblemDetails details, Instant raisedAt) {
		List<Map<String, Object>> needs = needs(details.needs());
		Problem problem = add(actorId, details, ItemKind.PROBLEM, ProblemNode::new, (given, node) -> {
			this.mapper.update(given, node);
			node.setCreatedAt(raisedAt);
		}, this.mapper::toProblem);
		this.graph.replaceNeeds(problem.id(), needs);
		this.events.publishEvent(new ProblemDeclared(actorId, problem.id()));
		return problem;
	}

	/** Replaces the problem's details, its needs included. */
	public Problem updateProblem(String id, long version, ProblemDetails details) {
		List<Map<String, Object>> needs = needs(details.needs());
		Problem problem = update(id, version, details, ItemKind.PROBLEM, this.mapper::update, this.mapper::toProblem);
		this.graph.replaceNeeds(problem.id(), needs);
		return problem;
	}

	private List<Map<String, Object>> needs(List<Need> needs) {
		return this.needs.normalise("needs", needs)
			.stream()
			.map(need -> Map.<String, Object>of("kind", need.kind().name(), "value", need.value(), "essential",
					need.essential()))
			.toList();
	}

	public ContactPoint addContactPoint(String actorId, ContactPointDetails details) {
		checkContactValue(details);
		return add(actorId, details, ItemKind.CONTACT_POINT, ContactPointNode::new, this.mapper::update,
				this.mapper::toContactPoint);
	}

	public ContactPoint updateContactPoint(String id, long version, ContactPointDetails details) {
		checkContactValue(details);
		return update(id, version, details, ItemKind.CONTACT_POINT, this.mapper::update,
				this.mapper::toContactPoint);
	}

	public void removeKnowHow(String id, long version) {
		remove(id, version, ItemKind.KNOW_HOW);
	}

	public void removeEquipment(String id, long version) {
		remove(id, version, ItemKind.EQUIPMENT);
	}

	public void removeProblem(String id, long version) {
		remove(id, version, ItemKind.PROBLEM);
	}

	public void removeContactPoint(String id, long version) {
		remove(id, version, ItemKind.CONTACT_POINT);
	}

	/** An e-mail address, a phone number or a web address must look like one; other kinds are free text. */
	private void checkContactValue(ContactPointDetails details) {
		this.validator.check(details);
		String value = details.value().strip();
		String rule = switch (details.kind()) {
			case EMAIL -> value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") ? null : "input.email";
			case PHONE -> value.matches("\\+?[0-9 ().-]{6,25}") ? null : "input.phone";
			case WEBSITE -> value.matches("https?://\\S+") ? null : "input.website";
			case ADDRESS, PERSON -> null;
		};
		if (rule != null) {
			throw InvalidInputException.of("value", rule);
		}
		// consent lets decision-makers and facilitators export it: it must be a contact point they may see
		if (details.consentsToContact() && details.visibility() == Visibility.PRIVATE) {
			throw InvalidInputException.of("consentsToContact", "input.consent.private");
		}
	}

	/** Removes an item of the given kind if {@code version} is still its current version. */
	private void remove(String id, long version, ItemKind kind) {
		String actorId = lockEditableItem(id, kind).actorId();
		if (!this.graph.deleteItem(id, version)) {
			throw ConflictException.of("item.remove.stale", Message.of("item." + kind.noun()), id, String.valueOf(version));
		}
		confirmedBy(this.callers.requireSignedIn("changeProfile"), actorId);
		refreshEntry(actorId, kind);
	}

	/**
	 * Declares the actor's interest in a topic, or changes the visibility of that declaration: a change carries the
	 * version of the interest it edits, like any update.
	 * @param version null to declare a new interest, the current version to change an existing one
	 */
	public TopicInterest setTopicInterest(String actorId, String topicName, Visibility visibility, Long version) {
		String name = topicName == null ? "" : topicName.strip().replaceAll("\\s+", " ");
		String key = Topic.keyOf(name);
		if (key.isEmpty() || name.length() > MAX_TOPIC_NAME) {
			throw InvalidInputException.of("topic", "topic.name.length", MAX_TOPIC_NAME);
		}
		if (visibility == null) {
			throw InvalidInputException.of("visibility", "validation.NotNull");
		}
		Caller caller = lockEditableActor(actorId);
		if (this.graph.countTopicInterests(actorId) >= ItemKind.MAX_PER_ACTOR) {
			throw InvalidInputException.of("actorId", "topic.full", ItemKind.MAX_PER_ACTOR);
		}
		Map<String, Object> row = this.graph
			.setTopicInterest(actorId, key, name, visibility, version, this.scopes.current())
			.orElseThrow(() -> staleInterest(actorId, key, version));
		confirmedBy(caller, actorId);
		this.entries.refresh(List.of(actorId));
		return new TopicInterest(actorId,
				new Topic((String) row.get("key"), (String) row.get("name"), ((Number) row.get("actorCount")).longValue()),
				Visibility.valueOf((String) row.get("visibility")), ((Number) row.get("version")).longValue());
	}

	/** @return the key of the topic the actor is no longer interested in */
	public String removeTopicInterest(String actorId, String topic, long version) {
		Caller caller = lockEditableActor(actorId);
		String key = Topic.keyOf(topic == null ? "" : topic);
		if (this.graph.topicInterestVersion(actorId, key).isEmpty()) {
			throw new NotFoundException("topicInterest", key);
		}
		if (!this.graph.removeTopicInterest(actorId, key, version)) {
			throw staleInterest(actorId, key, version);
		}
		confirmedBy(caller, actorId);
		this.entries.refresh(List.of(actorId));
		return key;
	}

	private ConflictException staleInterest(String actorId, String key, Long version) {
		long current = this.graph.topicInterestVersion(actorId, key).orElse(0L);
		return ConflictException.of(version == null ? "topic.interest.exists" : "topic.interest.stale", actorId, key,
				String.valueOf(current), String.valueOf(version));
	}

	private <D, N extends ItemNode, R> R add(String actorId, D details, ItemKind kind, Supplier<N> newNode,
			BiConsumer<D, N> apply, BiFunction<N, String, R> toApi) {
		this.validator.check(details);
		Caller caller = lockEditableActor(actorId);
		if (this.graph.countItems(actorId, kind) >= ItemKind.MAX_PER_ACTOR) {
			throw InvalidInputException.of("actorId", "item.full", ItemKind.MAX_PER_ACTOR,
					Message.of("item." + kind.noun()));
		}
		N node = newNode.get();
		apply.accept(details, node);
		node.setId(UUID.randomUUID().toString());
		N saved = this.graph.saveItem(node, kind);
		// the actor is locked: it cannot have been deleted since
		this.graph.linkItem(actorId, saved.getId(), kind);
		confirmedBy(caller, actorId);
		refreshEntry(actorId, kind);
		return toApi.apply(saved, actorId);
	}

	private <D, N extends ItemNode, R> R update(String id, long version, D details, ItemKind kind,
			BiConsumer<D, N> apply, BiFunction<N, String, R> toApi) {
		Caller caller = this.callers.requireSignedIn("changeProfile");
		this.validator.check(details);
		Owned<N> item = lockEditableItem(id, kind);
		N node = item.node();
		apply.accept(details, node);
		node.setVersion(version);
		R updated = toApi.apply(this.graph.saveItem(node, kind), item.actorId());
		confirmedBy(caller, item.actorId());
		refreshEntry(item.actorId(), kind);
		return updated;
	}

	/**
	 * A change by one of the actor's owners or editors confirms the whole profile (its {@code confirmedAt}); an
	 * administrator's does not. The actor is locked.
	 */
	private void confirmedBy(Caller caller, String actorId) {
		if (this.memberships.roleOf(caller, actorId).isPresent()) {
			this.graph.confirm(actorId);
			this.entries.confirmed(actorId);
		}
	}

	private void refreshEntry(String actorId, ItemKind kind) {
		if (kind.searched()) {
			this.entries.refresh(List.of(actorId));
		}
	}

	/**
	 * Locks the actor for the rest of the transaction, if the caller may edit it: every change to an actor's items
	 * is checked and written while no other request can change them (limits, deletion of the actor).
	 */
	private Caller lockEditableActor(String actorId) {
		Caller caller = this.callers.requireSignedIn("changeProfile");
		if (!this.locks.lock(ActorGraph.LABEL, actorId)) {
			throw new NotFoundException("actor", actorId);
		}
		this.memberships.requireEditor(caller, actorId);
		return caller;
	}

	/**
	 * Locks the item's actor, then reads the item, if the caller may edit it: what is changed is what is there once
	 * no other request can change it. A caller who may not even see the item gets the NOT_FOUND a missing item
	 * gets, so that refusals reveal nothing hidden.
	 */
	private <N extends ItemNode> Owned<N> lockEditableItem(String id, ItemKind kind) {
		Caller caller = this.callers.requireSignedIn("changeProfile");
		String actorId = this.graph.ownerOf(id).orElseThrow(() -> new NotFoundException(kind.noun(), id));
		if (!this.locks.lock(ActorGraph.LABEL, actorId)) {
			throw new NotFoundException(kind.noun(), id);
		}
		// read again now that the actor is locked: the item may have been removed meanwhile
		N item = this.graph.<N>findItem(id, kind).orElseThrow(() -> new NotFoundException(kind.noun(), id));
		if (caller.isAdmin() || this.memberships.roleOf(caller, actorId).isPresent()) {
			return new Owned<>(actorId, item);
		}
		if (!this.scopes.current().visibilities().contains(item.getVisibility())) {
			throw new NotFoundException(kind.noun(), id);
		}
		throw ForbiddenException.of("forbidden.membersOnly", actorId);
	}

}
