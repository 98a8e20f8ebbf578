package org.maillage.core;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the caller of a read may see. Every read query takes {@link #visibilities()} as its {@code $visible}
 * parameter and filters items inside the Cypher, so that a hidden item never leaves the database.
 *
 * @param visibilities the visibility levels the caller may read on any actor's items
 */
public record ReadScope(Set<Visibility> visibilities) {

	public ReadScope {
		visibilities = visibilities.isEmpty() ? EnumSet.noneOf(Visibility.class) : EnumSet.copyOf(visibilities);
	}

	/** Every item, whatever its visibility: for the service's own work (imports, demo loading). */
	public static ReadScope everything() {
		return new ReadScope(EnumSet.allOf(Visibility.class));
	}

	/** The {@code $visible} parameter of read queries. */
	public List<String> visibleLevels() {
		return this.visibilities.stream().map(Enum::name).toList();
	}

}
