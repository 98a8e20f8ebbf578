package org.maillage.observatory.persistence;

import java.util.HashMap;
import java.util.Map;

import org.maillage.territory.Territory;
import org.maillage.territory.TerritoryLevel;

/**
 * Where a query about one territory starts: a région's or département's things are read from their place's indexes
 * ({@code $region}, {@code $departement}), an EPCI's or commune's from its actors ({@code $within}). Exactly one of
 * the three is set: the statements' branches for the others seek nothing, and every territory shares one plan.
 */
final class PlaceAnchor {

	private PlaceAnchor() {
	}

	/** The three parameters, in a new map the caller may add to. */
	static Map<String, Object> of(Territory territory) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("region", territory.level() == TerritoryLevel.REGION ? territory.id() : null);
		parameters.put("departement", territory.level() == TerritoryLevel.DEPARTEMENT ? territory.id() : null);
		parameters.put("within", territory.level() == TerritoryLevel.REGION
				|| territory.level() == TerritoryLevel.DEPARTEMENT ? null : territory.id());
		return parameters;
	}

}
