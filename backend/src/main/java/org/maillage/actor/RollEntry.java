package org.maillage.actor;

import java.util.List;

/**
 * One line of a territory's roll of actors: what tells two profiles of one actor apart, or not.
 *
 * @param actorId the actor
 * @param name its name
 * @param communeId its commune's territory id
 * @param siret its SIRET, or null
 * @param previousSirets the numbers it had before SIRENE succession links moved it (empty if none)
 */
public record RollEntry(String actorId, String name, String communeId, String siret, List<String> previousSirets) {

	public RollEntry {
		previousSirets = previousSirets == null ? List.of() : List.copyOf(previousSirets);
	}

}
