package org.maillage.core;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the caller of a read may see. Every read query takes {@link #visibleLevels()} as {@code $visible} and
 * {@link #ownActorIds()} as {@code $ownActors}, and keeps an item when its visibility is in the first or its actor
 * in the second: filtered inside the Cypher, so that a hidden item never leaves the database.
 *
 * @param visibilities the visibility levels the caller may read on any actor's items
 * @param ownActors the actors whose items the caller may read whatever their visibility (those it is a member of)
 */
public record ReadScope(Set<Visibility> visibilities, Set<String> ownActors) {

	public ReadScope {
		visibilities = visibilities.isEmpty() ? EnumSet.noneOf(Visibility.class) : EnumSet.copyOf(visibilities);
		ownActors = Set.copyOf(ownActors);
	}

	/** Every item, whatever its visibility: for the service's own work (imports, demo loading). */
	public static ReadScope everything() {
		return new ReadScope(EnumSet.allOf(Visibility.class), Set.of());
	}

	/** The {@code $visible} parameter of read queries. */
	public List<String> visibleLevels() {
		return this.visibilities.stream().map(Enum::name).toList();
	}

	/** Which full-text indexes this caller searches: those of exactly what it may see on any actor. */
	public TextAudience textAudience() {
		return TextAudience.of(this.visibilities);
	}

	/** The {@code $ownActors} parameter of read queries. */
	public List<String> ownActorIds() {
		return List.copyOf(this.ownActors);
	}

}
