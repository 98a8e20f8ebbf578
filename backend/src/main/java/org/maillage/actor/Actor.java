package org.maillage.actor;

import java.time.Instant;

/**
 * An actor of the territory as callers read it. Its items are read separately, each filtered by visibility.
 *
 * @param communeId territory id of its commune ("commune:57463")
 * @param active false once its establishment closed
 * @param publicRecord imported from a public register (SIRENE) and not claimed by anyone yet
 * @param confirmedAt when its owners or editors last said it is right; null for a profile nobody answers for
 */
public record Actor(String id, long version, ActorKind kind, Sector sector, String name, String description,
		String website, String siret, String communeId, GeoPoint location, Instant createdAt, Instant updatedAt,
		boolean active, boolean publicRecord, Instant confirmedAt) {
}
