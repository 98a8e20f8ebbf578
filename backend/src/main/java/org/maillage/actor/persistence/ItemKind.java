package org.maillage.actor.persistence;

/**
 * The kinds of items an actor holds, with the relationship that links each to its actor. The Cypher below is
 * assembled from these constants only, never from input.
 */
public enum ItemKind {

	KNOW_HOW("knowHow", KnowHowNode.class, "KnowHow", "HAS_KNOW_HOW", "name", "directory_text"),
	EQUIPMENT("equipment", EquipmentNode.class, "Equipment", "HAS_EQUIPMENT", "name", "directory_text"),
	PROBLEM("problem", ProblemNode.class, "Problem", "FACES", "title", "problem_text"),
	CONTACT_POINT("contactPoint", ContactPointNode.class, "ContactPoint", "HAS_CONTACT_POINT", "kind", null);

	/** At most this many items of one kind per actor, which keeps every actor's lists short enough to return whole. */
	public static final int MAX_PER_ACTOR = 100;

	/** Every relationship from an actor to one of its items. */
	static final String ANY_ITEM = "HAS_KNOW_HOW|HAS_EQUIPMENT|FACES|HAS_CONTACT_POINT";

	private final String noun;

	private final Class<? extends ItemNode> nodeType;

	final String link;

	final String count;

	final String ofActors;

	/** Items of this kind by id, those the caller may see: {@code actorId} and {@code i}. */
	final String byIds;

	/** Start of a search over all items of this kind: {@code i} and its {@code score}. */
	final String all;

	/** Start of a full-text search over items of this kind: {@code i} and its {@code score}. */
	final String byText;

	/** End of a search: one page of items, by score then natural order, with their actor's id. */
	final String page;

	ItemKind(String noun, Class<? extends ItemNode> nodeType, String label, String relationship,
			String orderBy, String textIndex) {
		this.noun = noun;
		this.nodeType = nodeType;
		this.link = """
				MATCH (a:Actor {id: $actorId}) WITH a MATCH (i:Item {id: $itemId})
				CREATE (a)-[:%s]->(i) RETURN count(*)""".formatted(relationship);
		this.count = "MATCH (:Actor {id: $actorId})-[:%s]->(i) RETURN count(i)".formatted(relationship);
		this.ofActors = """
				MATCH (a:Actor)-[:%s]->(i:%s)
				WHERE a.id IN $actorIds AND (i.visibility IN $visible OR a.id IN $ownActors)
				RETURN a.id AS actorId, i ORDER BY i.%s, i.id""".formatted(relationship, label, orderBy);
		this.byIds = """
				MATCH (a:Actor)-[:%s]->(i:%s)
				WHERE i.id IN $ids AND (i.visibility IN $visible OR a.id IN $ownActors)
				RETURN a.id AS actorId, i""".formatted(relationship, label);
		this.all = "MATCH (i:%s) WITH i, 0.0 AS score\n".formatted(label);
		this.byText = """
				CALL db.index.fulltext.queryNodes('%s', $text) YIELD node AS i, score
				WITH i, score WHERE i:%s
				WITH i, score
				""".formatted(textIndex, label);
		this.page = """
				WITH a, i, score ORDER BY score DESC, i.%s, i.id SKIP $skip LIMIT $limit
				RETURN a.id AS actorId, i""".formatted(orderBy);
	}

	/** The kind's noun in the message catalogue: {@code notFound.<noun>}, {@code item.<noun>}. */
	public String noun() {
		return this.noun;
	}

	@SuppressWarnings("unchecked")
	public <N extends ItemNode> Class<N> nodeType() {
		return (Class<N>) this.nodeType;
	}

}
