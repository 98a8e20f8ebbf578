package org.maillage.opendata;

import java.io.IOException;
import java.util.List;

import org.maillage.actor.PublicProfile;
import org.maillage.actor.PublicProfiles;
import org.maillage.core.NotFoundException;
import org.maillage.territory.Territories;
import org.maillage.territory.Territory;

import org.springframework.stereotype.Service;

/**
 * A territory's public directory, read batch after batch for a dump: each batch is one short read transaction of
 * {@value #BATCH} actors after the last one written, so that a dump of 100,000 actors holds one batch in memory and
 * no transaction stays open while a slow client reads.
 */
@Service
public class TerritoryDumps {

	static final int BATCH = PublicProfiles.MAX_BATCH;

	private final Territories territories;

	private final PublicProfiles profiles;

	TerritoryDumps(Territories territories, PublicProfiles profiles) {
		this.territories = territories;
		this.profiles = profiles;
	}

	/** The territory of this id ("departement:57"), or a NOT_FOUND the caller can read. */
	public Territory territory(String id) {
		return this.territories.find(id).orElseThrow(() -> new NotFoundException("territory", id));
	}

	/** INSEE's URI of a commune, département or région; none for an EPCI (docs/open-data.md). */
	public static String placeUri(Territory territory) {
		return switch (territory.level()) {
			case COMMUNE -> OpenDataAddresses.commune(territory.code());
			case DEPARTEMENT -> OpenDataAddresses.departement(territory.code());
			case REGION -> OpenDataAddresses.region(territory.code());
			case EPCI -> null;
		};
	}

	/** Hands the territory's public profiles to {@code writer}, a batch at a time, in id order, until the last. */
	public void forEachBatch(Territory territory, BatchWriter writer) throws IOException {
		String after = "";
		while (true) {
			List<PublicProfile> batch = this.profiles.inTerritory(territory.id(), after, BATCH);
			if (!batch.isEmpty()) {
				writer.write(batch);
				after = batch.get(batch.size() - 1).id();
			}
			if (batch.size() < BATCH) {
				return;
			}
		}
	}

	@FunctionalInterface
	public interface BatchWriter {

		void write(List<PublicProfile> batch) throws IOException;

	}

}
