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

}
