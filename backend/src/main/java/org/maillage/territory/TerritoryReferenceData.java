package org.maillage.territory;

import org.maillage.database.ReferenceDataLoader;
import org.maillage.database.StartupStep;

import org.springframework.stereotype.Component;

/**
 * Loads French territories at start-up (only files that changed since the last load). A commune is PART_OF its
 * département and its EPCI; a département PART_OF its région. An EPCI is not PART_OF a département, since some
 * straddle two: it OVERLAPS each département its communes are in, so "everything inside a département" never
 * wanders into the neighbouring one through an EPCI.
 */
@Component
class TerritoryReferenceData extends StartupStep {

	private static final String REFERENCE = "classpath:neo4j/reference/";

	private final ReferenceDataLoader loader;

	TerritoryReferenceData(ReferenceDataLoader loader) {
		super(REFERENCE_DATA);
		this.loader = loader;
	}

	@Override
	protected void perform() {
		this.loader.load(REFERENCE + "regions.tsv", """
				UNWIND $rows AS row
				MERGE (t:Territory {id: 'region:' + row.code})
				SET t:Region, t.code = row.code, t.name = row.name, t.level = 'REGION'""");
		this.loader.load(REFERENCE + "departements.tsv", """
				UNWIND $rows AS row
				MERGE (t:Territory {id: 'departement:' + row.code})
				SET t:Departement, t.code = row.code, t.name = row.name, t.level = 'DEPARTEMENT'
				WITH t, row
				MATCH (region:Territory {id: 'region:' + row.region})
				MERGE (t)-[:PART_OF]->(region)""");
		long epci = this.loader.load(REFERENCE + "epci.tsv", """
				UNWIND $rows AS row
				MERGE (t:Territory {id: 'epci:' + row.code})
				SET t:Epci, t.code = row.code, t.name = row.name, t.level = 'EPCI', t.type = row.type""");
		long communes = this.loader.load(REFERENCE + "communes.tsv.gz", """
				UNWIND $rows AS row
				MERGE (t:Territory {id: 'commune:' + row.code})
				SET t:Commune, t.code = row.code, t.name = row.name, t.level = 'COMMUNE',
				    t.population = toInteger(row.population)
				WITH t, row
				// a reload must not keep a link the new file no longer has (a commune that changed EPCI)
				CALL (t) { MATCH (t)-[old:PART_OF]->() DELETE old }
				WITH t, row
				MATCH (departement:Territory {id: 'departement:' + row.departement})
				MERGE (t)-[:PART_OF]->(departement)
				WITH t, row WHERE row.epci IS NOT NULL
				MATCH (epci:Territory {id: 'epci:' + row.epci})
				MERGE (t)-[:PART_OF]->(epci)""");
		if (epci + communes > 0) {
			this.loader.derive("""
					MATCH (:Epci)-[old:OVERLAPS]->() DELETE old
					WITH count(*) AS removed
					MATCH (epci:Epci)<-[:PART_OF]-(:Commune)-[:PART_OF]->(departement:Departement)
					WITH DISTINCT epci, departement
					MERGE (epci)-[:OVERLAPS]->(departement)""");
		}
	}

}
