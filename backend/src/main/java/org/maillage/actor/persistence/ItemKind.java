package org.maillage.actor.persistence;

import java.util.stream.Collectors;

import org.maillage.core.TextAudience;
import org.maillage.core.Visibility;

/**
 * The kinds of items an actor holds, with the relationship that links each to its actor. The Cypher below is
 * assembled from these constants only, never from input.
 */
public enum ItemKind {

	KNOW_HOW("knowHow", KnowHowNode.class, "KnowHow", "HAS_KNOW_HOW", "name", "Text"),
	EQUIPMENT("equipment", EquipmentNode.class, "Equipment", "HAS_EQUIPMENT", "name", "Text"),
	PROBLEM("problem", ProblemNode.class, "Problem", "FACES", "title", "ProblemText"),
	CONTACT_POINT("contactPoint", ContactPointNode.class, "ContactPoint", "HAS_CONTACT_POINT", "kind", null);

	/** At most this many items of one kind per actor, which keeps every actor's lists short enough to return whole. */
	public static final int MAX_PER_ACTOR = 100;

	/** Every relationship from an actor to one of its items. */
	static final String ANY_ITEM = "HAS_KNOW_HOW|HAS_EQUIPMENT|FACES|HAS_CONTACT_POINT";

	private final String noun;

	private final Class<? extends ItemNode> nodeType;

	final String link;

	final String count;

	/**
	 * A subquery, for actor {@code a}, of its visible items of this kind in natural order, collected under the kind's
	 * noun; empty unless the kind's name is in {@code $parts}.
	 */
	final String ofActor;

	/** Items of this kind by id, those the caller may see: {@code actorId} and {@code i}. */
	final String byIds;

	/** The label family of the audience labels of this kind's items, null when its items are not searched. */
	private final String textFamily;

	ItemKind(String noun, Class<? extends ItemNode> nodeType, String label, String relationship,
			String orderBy, String textFamily) {
		this.textFamily = textFamily;
		this.noun = noun;
		this.nodeType = nodeType;
		this.link = """
				MATCH (a:Actor {id: $actorId}) WITH a MATCH (i:Item {id: $itemId})
				CREATE (a)-[:%s]->(i) RETURN count(*)""".formatted(relationship);
		this.count = "MATCH (:Actor {id: $actorId})-[:%s]->(i) RETURN count(i)".formatted(relationship);
		this.ofActor = """
				CALL (a) {
				  WITH a WHERE '%s' IN $parts
				  MATCH (a)-[:%s]->(i:%s) WHERE i.visibility IN $visible OR a.id IN $ownActors
				  WITH i ORDER BY i.%s, i.id
				  RETURN collect(i) AS %s
				}
				""".formatted(name(), relationship, label, orderBy, noun);
		this.byIds = """
				MATCH (a:Actor)-[:%s]->(i:%s)
				WHERE i.id IN $ids AND (i.visibility IN $visible OR a.id IN $ownActors)
				RETURN a.id AS actorId, i""".formatted(relationship, label);
	}

	/** Whether the actor's directory entry or the items' facets hold something of this kind ({@link DirectoryEntries}). */
	public boolean searched() {
		return this != CONTACT_POINT;
	}

	/** The kind's noun in the message catalogue: {@code notFound.<noun>}, {@code item.<noun>}. */
	public String noun() {
		return this.noun;
	}

	/**
	 * The statement that marks item {@code $itemId} with the labels of the audiences that may see it at this
	 * visibility, removing the others; null for a kind whose items are not searched.
	 */
	String markAudiences(Visibility visibility) {
		if (this.textFamily == null) {
			return null;
		}
		String every = TextAudience.labelled()
			.stream()
			.map(audience -> ":" + audience.label(this.textFamily))
			.collect(Collectors.joining());
		String seeing = TextAudience.thatSee(visibility)
			.stream()
			.map(audience -> ":" + audience.label(this.textFamily))
			.collect(Collectors.joining());
		return "MATCH (i:Item {id: $itemId}) REMOVE i" + every + (seeing.isEmpty() ? "" : " SET i" + seeing);
	}

	/** The label of this kind's items that this audience may see ({@code PublicProblemText}). */
	String audienceLabel(TextAudience audience) {
		return audience.label(this.textFamily);
	}

	@SuppressWarnings("unchecked")
	public <N extends ItemNode> Class<N> nodeType() {
		return (Class<N>) this.nodeType;
	}

}
