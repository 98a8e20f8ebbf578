package org.maillage.actor.persistence;

import java.util.List;
import java.util.Map;

import org.maillage.actor.RollEntry;
import org.maillage.territory.Territory;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * A territory's roll of actors, read from the directory entries' territory indexes (V0017, V0018): names, communes
 * and SIRETs, which are public whatever their items' visibility. The entries carry the SIRETs (V0036): reading each
 * entry's actor for them took four fifths of a large département's roll.
 */
@Component
public class RollQueries {

	private final Neo4jClient neo4j;

	RollQueries(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** At most {@code limit} actors of the territory, in no particular order. */
	public List<RollEntry> roll(Territory territory, int limit) {
		// the (place, name, actorId) indexes serve a seek only with a predicate on each of their properties: the name's
		// and id's conditions hold for every entry, and let the planner seek rather than scan every entry
		String entries = switch (territory.level()) {
			case REGION -> "MATCH (e:DirectoryEntry) WHERE e.region = $territoryId";
			case DEPARTEMENT -> "MATCH (e:DirectoryEntry) WHERE e.departement = $territoryId";
			case COMMUNE -> "MATCH (e:DirectoryEntry) WHERE e.commune = $territoryId";
			case EPCI -> """
					MATCH (:Territory {id: $territoryId})<-[:PART_OF]-(c:Commune)
					MATCH (e:DirectoryEntry) WHERE e.commune = c.id""";
		} + " AND e.name >= '' AND e.actorId >= ''";
		return List.copyOf(this.neo4j.query(entries + """

				WITH e LIMIT $limit
				RETURN e.actorId AS actorId, e.name AS name, e.commune AS communeId, e.siret AS siret,
				       e.previousSirets AS previousSirets""")
			.bindAll(Map.of("territoryId", territory.id(), "limit", limit))
			.fetchAs(RollEntry.class)
			.mappedBy((types, row) -> new RollEntry(row.get("actorId").asString(), row.get("name").asString(null),
					row.get("communeId").asString(null), row.get("siret").asString(null),
					row.get("previousSirets").isNull() ? null : row.get("previousSirets").asList(value -> value.asString())))
			.all());
	}

}
