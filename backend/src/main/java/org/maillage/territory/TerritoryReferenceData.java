package org.maillage.territory;

import org.maillage.database.ReferenceDataLoader;
import org.maillage.database.StartupStep;

import org.springframework.stereotype.Component;

/**
 * Loads French territories at start-up (only files that changed since the last load). A commune is PART_OF its
 * département and its EPCI; a département PART_OF its région. An EPCI is not PART_OF a département, since some
 * straddle two: it OVERLAPS each département its communes are in, so "everything inside a département" never
 * wanders into the neighbouring one through an EPCI. Communes carry their centre ({@code location}), from which
 * distances between places are measured. EPCIs, départements and régions carry the sum of their communes'
 * populations, by which the observatory counts actors per 10,000 inhabitants.
 */
@Component
class TerritoryReferenceData extends StartupStep {

	private static final String REFERENCE = "classpath:neo4j/reference/";

	private final ReferenceDataLoader loader;

	private final Territories territories;

	TerritoryReferenceData(ReferenceDataLoader loader, Territories territories) {
		super(REFERENCE_DATA);
		this.loader = loader;
		this.territories = territories;
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
		loadCentres(communes);
		derivePopulations();
		this.territories.reloaded();
	}

	/**
	 * Each commune's centre, as its {@code location}: its own row of the file, or else the mean of its parts' rows
	 * (Paris, Lyon and Marseille are given by arrondissement). Parts are gathered on the commune, then averaged, in a
	 * second statement that also runs when the load was cut short and resumes.
	 * @param communes rows of communes just loaded: reloaded communes need their centres again
	 */
	private void loadCentres(long communes) {
		if (communes > 0) {
			this.loader.forget("commune-centres.csv.gz");
			// the centres find the communes just written by id: plan that with their statistics
			this.loader.planWithWhatWasLoaded();
		}
		this.loader.load(REFERENCE + "commune-centres.csv.gz", """
				UNWIND $rows AS row
				WITH row, point({latitude: toFloat(row.latitude), longitude: toFloat(row.longitude)}) AS centre
				MATCH (t:Territory {id: 'commune:' + CASE row.type WHEN 'COM' THEN row.insee ELSE row.parent END})
				WHERE t:Commune
				FOREACH (own IN CASE WHEN row.type = 'COM' THEN [centre] ELSE [] END | SET t.location = own)
				FOREACH (part IN CASE WHEN row.type = 'COM' THEN [] ELSE [centre] END |
				  SET t.partCentres = coalesce(t.partCentres, []) + part)""");
		this.loader.derive("""
				MATCH (t:Commune) WHERE t.partCentres IS NOT NULL
				SET t.location = coalesce(t.location, point({
				      latitude: reduce(sum = 0.0, part IN t.partCentres | sum + part.latitude) / size(t.partCentres),
				      longitude: reduce(sum = 0.0, part IN t.partCentres | sum + part.longitude) / size(t.partCentres)}))
				REMOVE t.partCentres""");
	}

	/**
	 * The population of every EPCI, département and région: the sum of its communes'. Derived again at each start,
	 * whether or not the communes were reloaded (a few hundred milliseconds), so that a store loaded before the sums
	 * existed gets them too; written only where they changed.
	 */
	private void derivePopulations() {
		this.loader.derive("""
				MATCH (t:Territory) WHERE t:Epci OR t:Departement
				CALL (t) {
				  MATCH (t)<-[:PART_OF]-(c:Commune)
				  RETURN sum(coalesce(c.population, 0)) AS population
				}
				WITH t, population WHERE t.population IS NULL OR t.population <> population
				SET t.population = population""");
		this.loader.derive("""
				MATCH (t:Region)
				CALL (t) {
				  MATCH (t)<-[:PART_OF]-(d:Departement)
				  RETURN sum(coalesce(d.population, 0)) AS population
				}
				WITH t, population WHERE t.population IS NULL OR t.population <> population
				SET t.population = population""");
	}

}
