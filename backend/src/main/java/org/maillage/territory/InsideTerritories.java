package org.maillage.territory;

/**
 * The Cypher of "an actor inside these territories", for the features whose queries filter actors by place: its
 * commune, or a territory its commune is part of (EPCI, département, région, at most two steps up). Written once
 * here, where the territories' shape ({@code PART_OF}) is known.
 */
public final class InsideTerritories {

	private InsideTerritories() {
	}

	/**
	 * The path from an actor to each territory it is inside (its commune included), binding {@code place}.
	 *
	 * @param actor the variable of the actor, such as {@code a}
	 * @param place the variable of each territory, such as {@code place}
	 */
	public static String path(String actor, String place) {
		return "(%s)-[:LOCATED_IN]->(:Commune)-[:PART_OF*0..2]->(%s:Territory)".formatted(actor, place);
	}

	/**
	 * A predicate true when the actor is inside one of the territories.
	 *
	 * @param actor the variable of the actor, such as {@code a}
	 * @param territoryIds the expression of the list of territory ids, such as {@code $territories}; a parameter,
	 * never user input
	 */
	public static String predicate(String actor, String territoryIds) {
		return "EXISTS { %s WHERE scope.id IN %s }".formatted(path(actor, "scope"), territoryIds);
	}

	/**
	 * A pattern binding the actor to every actor inside one territory, read from the territory down: its communes,
	 * then the actors located in them. Where a query wants all of a territory's actors this reads only them; the
	 * {@link #predicate} checked on every actor read the whole directory (740 ms against 49 for a département of the
	 * 100k store, docs/observatory.md).
	 *
	 * @param territoryId the expression of the territory's id, such as {@code $territory}; a parameter, never user
	 * input
	 * @param actor the variable of the actor, such as {@code a}
	 */
	public static String actorsOf(String territoryId, String actor) {
		return """
				MATCH (scope:Territory {id: %s})
				CALL (scope) {
				  MATCH (commune:Commune)-[:PART_OF*0..2]->(scope)
				  RETURN DISTINCT commune
				}
				MATCH (commune)<-[:LOCATED_IN]-(%s:Actor)""".formatted(territoryId, actor);
	}

}
