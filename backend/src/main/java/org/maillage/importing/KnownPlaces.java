package org.maillage.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.maillage.taxonomy.Trades;
import org.maillage.territory.Territories;
import org.maillage.territory.TerritoryLevel;

/**
 * Whether a commune and a NAF subclass exist in the reference data, each asked once per import: a file of a
 * million lines names a few thousand communes and a few hundred trades.
 */
final class KnownPlaces {

	private final Territories territories;

	private final Trades trades;

	private final Map<String, Boolean> communes = new HashMap<>();

	private final Map<String, Boolean> subclasses = new HashMap<>();

	KnownPlaces(Territories territories, Trades trades) {
		this.territories = territories;
		this.trades = trades;
	}

	boolean commune(String id) {
		return this.communes.computeIfAbsent(id, any -> this.territories.find(id)
			.filter(territory -> territory.level() == TerritoryLevel.COMMUNE)
			.isPresent());
	}

	boolean trade(String code) {
		return this.subclasses.computeIfAbsent(code, any -> !this.trades.existingSubclasses(List.of(code)).isEmpty());
	}

}
