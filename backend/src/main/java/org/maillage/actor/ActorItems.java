package org.maillage.actor;

import java.time.Instant;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.maillage.actor.persistence.ActorGraph;
import org.maillage.actor.persistence.ActorMapper;
import org.maillage.actor.persistence.ContactPointNode;
import org.maillage.actor.persistence.EquipmentNode;
import org.maillage.actor.persistence.ItemKind;
import org.maillage.actor.persistence.ItemNode;
import org.maillage.actor.persistence.KnowHowNode;
import org.maillage.actor.persistence.ProblemNode;
import org.maillage.core.ConflictException;
import org.maillage.core.InputValidator;
import org.maillage.core.InvalidInputException;
import org.maillage.core.NotFoundException;
import org.maillage.core.Visibility;

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

	private final InputValidator inputs;

	ActorItems(ActorGraph graph, ActorMapper mapper, InputValidator inputs) {
		this.graph = graph;
		this.mapper = mapper;
		this.inputs = inputs;
	}

	public KnowHow addKnowHow(String actorId, KnowHowDetails details) {
		return add(actorId, details, ItemKind.KNOW_HOW, KnowHowNode::new, this.mapper::update,
				this.mapper::toKnowHow);
	}

	public KnowHow updateKnowHow(String id, long version, KnowHowDetails details) {
		return update(id, version, details, ItemKind.KNOW_HOW, this.mapper::update, this.mapper::toKnowHow);
	}

	public Equipment addEquipment(String actorId, EquipmentDetails details) {
		return add(actorId, details, ItemKind.EQUIPMENT, EquipmentNode::new, this.mapper::update,
				this.mapper::toEquipment);
	}

	public Equipment updateEquipment(String id, long version, EquipmentDetails details) {
		return update(id, version, details, ItemKind.EQUIPMENT, this.mapper::update, this.mapper::toEquipment);
	}

	public Problem addProblem(String actorId, ProblemDetails details) {
		return add(actorId, details, ItemKind.PROBLEM, ProblemNode::new, (problem, node) -> {
			this.mapper.update(problem, node);
			node.setCreatedAt(Instant.now());
		}, this.mapper::toProblem);
	}

	public Problem updateProblem(String id, long version, ProblemDetails details) {
		return update(id, version, details, ItemKind.PROBLEM, this.mapper::update, this.mapper::toProblem);
	}

	public ContactPoint addContactPoint(String actorId, ContactPointDetails details) {
		return add(actorId, details, ItemKind.CONTACT_POINT, ContactPointNode::new, this.mapper::update,
				this.mapper::toContactPoint);
	}

	public ContactPoint updateContactPoint(String id, long version, ContactPointDetails details) {
		return update(id, version, details, ItemKind.CONTACT_POINT, this.mapper::update,
				this.mapper::toContactPoint);
	}

	/** Removes an item of the given kind if {@code version} is still its current version. */
	public void remove(String id, long version, ItemKind kind) {
		this.graph.findItem(id, kind).orElseThrow(() -> new NotFoundException(kind.displayName(), id));
		if (!this.graph.deleteItem(id, version)) {
			throw new ConflictException("The " + kind.displayName() + " " + id + " has changed since version "
					+ version + ": reload it and decide again whether to remove it");
		}
	}

	/**
	 * Declares the actor's interest in a topic, or changes the visibility of that declaration.
	 * @return the topic's key
	 */
	public String setTopicInterest(String actorId, String topicName, Visibility visibility) {
		String name = topicName == null ? "" : topicName.strip().replaceAll("\\s+", " ");
		String key = Topic.keyOf(name);
		if (key.isEmpty() || name.length() > MAX_TOPIC_NAME) {
			throw new InvalidInputException("topic", "must be a name of 1 to " + MAX_TOPIC_NAME + " characters");
		}
		if (visibility == null) {
			throw new InvalidInputException("visibility", "must be given");
		}
		requireActor(actorId);
		if (this.graph.countTopicInterests(actorId) >= ItemKind.MAX_PER_ACTOR) {
			throw new InvalidInputException("actorId", "already has " + ItemKind.MAX_PER_ACTOR
					+ " topics, the most an actor may have: remove one first");
		}
		this.graph.setTopicInterest(actorId, key, name, visibility);
		return key;
	}

	public void removeTopicInterest(String actorId, String topic) {
		requireActor(actorId);
		String key = Topic.keyOf(topic == null ? "" : topic);
		if (!this.graph.removeTopicInterest(actorId, key)) {
			throw new NotFoundException("interest of actor " + actorId + " in topic", key);
		}
	}

	private <D, N extends ItemNode, R> R add(String actorId, D details, ItemKind kind, Supplier<N> newNode,
			BiConsumer<D, N> apply, BiFunction<N, String, R> toApi) {
		this.inputs.check(details);
		requireActor(actorId);
		if (this.graph.countItems(actorId, kind) >= ItemKind.MAX_PER_ACTOR) {
			throw new InvalidInputException("actorId", "already has " + ItemKind.MAX_PER_ACTOR + " items of "
					+ kind.displayName() + ", the most an actor may have: remove one first");
		}
		N node = newNode.get();
		apply.accept(details, node);
		node.setId(UUID.randomUUID().toString());
		N saved = this.graph.saveItem(node);
		this.graph.linkItem(actorId, saved.getId(), kind);
		return toApi.apply(saved, actorId);
	}

	private <D, N extends ItemNode, R> R update(String id, long version, D details, ItemKind kind,
			BiConsumer<D, N> apply, BiFunction<N, String, R> toApi) {
		this.inputs.check(details);
		N node = this.graph.<N>findItem(id, kind).orElseThrow(() -> new NotFoundException(kind.displayName(), id));
		String actorId = this.graph.ownerOf(id).orElseThrow(() -> new NotFoundException(kind.displayName(), id));
		apply.accept(details, node);
		node.setVersion(version);
		return toApi.apply(this.graph.saveItem(node), actorId);
	}

	private void requireActor(String actorId) {
		if (!this.graph.actorExists(actorId)) {
			throw new NotFoundException("actor", actorId);
		}
	}

}
