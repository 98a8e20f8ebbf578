package org.maillage.actor;

import java.util.List;

/**
 * The directory's filters. Every filter given must hold; within a filter, any of its values will do.
 *
 * @param text French free text over names and descriptions of actors, their know-how and equipment
 * @param trades NAF codes at any level; a code matches its subtree
 * @param territories territory ids at any level; a territory includes everything below it
 * @param topics topic keys or names
 * @param confirmedSince an ISO date ({@code 2026-01-31}): only actors whose owners confirmed them on that day (in France)
 * or later; an actor never confirmed (a public record nobody owns) does not match
 */
public record ActorFilter(String text, List<String> trades, List<String> territories, List<ActorKind> kinds,
		List<Sector> sectors, List<String> topics, List<EquipmentCategory> equipmentCategories, String confirmedSince) {

	public static final ActorFilter NONE = new ActorFilter(null, null, null, null, null, null, null, null);

}
