package org.maillage.workinggroup;

/**
 * The Cypher of "the caller may see this group", for the features that total or list what groups produce and must
 * never count a group the caller may not see: its visibility is in {@code $visible}, or one of its participants
 * (whatever its answer) is in {@code $ownActors}, both from the caller's {@link org.maillage.core.ReadScope}. Written
 * once here, where {@link WorkingGroups} applies it.
 */
public final class VisibleGroups {

	private VisibleGroups() {
	}

	/**
	 * @param group the variable of the group, such as {@code g}
	 */
	public static String predicate(String group) {
		return """
				(%1$s.visibility IN $visible OR EXISTS { (%1$s)<-[:PARTICIPATES_IN]-(own:Actor) WHERE own.id IN $ownActors })"""
			.formatted(group);
	}

}
