package org.maillage.database;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.maillage.MaillageIntegrationTest;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The vendored reference data, whole: counts from graph-schema/src/main/resources/neo4j/reference/SOURCES.md. */
@MaillageIntegrationTest
class ReferenceDataIntegrationTests {

	@Autowired
	Driver driver;

	@Autowired
	ReferenceDataLoader loader;

	@Test
	void theWholeNafNomenclatureIsLoadedAsATree() {
		assertThat(countByLevel("Trade")).containsExactlyInAnyOrderEntriesOf(
				Map.of("SECTION", 21L, "DIVISION", 88L, "GROUP", 272L, "CLASS", 615L, "SUBCLASS", 732L));
		assertThat(count("MATCH (t:Trade) WHERE t.level <> 'SECTION' AND NOT (t)-[:BROADER]->(:Trade) RETURN count(t)"))
			.as("every entry below a section has a parent")
			.isZero();
		assertThat(count("MATCH (:Trade {code: '24.45Z'})-[:BROADER*4]->(s:Trade {code: 'C'}) RETURN count(s)"))
			.isEqualTo(1);
	}

	@Test
	void everyFrenchTerritoryIsLoadedWithItsHierarchy() {
		assertThat(countByLevel("Territory")).containsExactlyInAnyOrderEntriesOf(
				Map.of("REGION", 26L, "DEPARTEMENT", 109L, "EPCI", 1255L, "COMMUNE", 34969L));
		assertThat(count("""
				MATCH (:Territory {id: 'commune:57463', population: 122572})-[:PART_OF]->(d:Departement {code: '57'})
				      -[:PART_OF]->(:Region {code: '44'})
				RETURN count(d)""")).isEqualTo(1);
		assertThat(count("MATCH (:Commune {code: '57463'})-[:PART_OF]->(e:Epci {code: '200039865'}) RETURN count(e)"))
			.isEqualTo(1);
		assertThat(count("MATCH (c:Commune) WHERE NOT (c)-[:PART_OF]->(:Departement) RETURN count(c)")).isZero();
	}

	@Test
	void communesHaveTheirCentreAndDistancesAreReal() {
		// as the crow flies: Nancy–Metz about 46 km, Metz–Épinal about 106 km
		assertThat(count("""
				MATCH (metz:Commune {code: '57463'}), (nancy:Commune {code: '54395'})
				RETURN toInteger(point.distance(metz.location, nancy.location) / 1000) AS km""")).isBetween(40L, 52L);
		assertThat(count("""
				MATCH (metz:Commune {code: '57463'}), (epinal:Commune {code: '88160'})
				RETURN toInteger(point.distance(metz.location, epinal.location) / 1000) AS km""")).isBetween(100L, 112L);
		// Paris is given by arrondissement: its centre is theirs
		assertThat(count("""
				MATCH (paris:Commune {code: '75056'})
				WITH paris, point({latitude: 48.8566, longitude: 2.3522}) AS hotelDeVille
				RETURN toInteger(point.distance(paris.location, hotelDeVille) / 1000) AS km""")).isLessThan(3L);
		// SOURCES.md: 106 communes without a point (overseas collectivities, communes merged after 2024)
		assertThat(count("MATCH (c:Commune) WHERE c.location IS NULL RETURN count(c)")).isEqualTo(106);
		assertThat(count("MATCH (c:Commune) WHERE c.partCentres IS NOT NULL RETURN count(c)")).isZero();
	}

	@Test
	void aFileAlreadyLoadedIsNotLoadedAgain() {
		assertThat(this.loader.load("classpath:neo4j/reference/regions.tsv", "UNWIND $rows AS row CREATE (:Bogus)"))
			.isZero();
		assertThat(count("MATCH (b:Bogus) RETURN count(b)")).isZero();
	}

	private Map<String, Long> countByLevel(String label) {
		return this.driver.executableQuery("MATCH (n:" + label + ") RETURN n.level AS level, count(*) AS n")
			.execute()
			.records()
			.stream()
			.collect(java.util.stream.Collectors.toMap(r -> r.get("level").asString(), r -> r.get("n").asLong()));
	}

	private long count(String cypher) {
		return this.driver.executableQuery(cypher).execute().records().get(0).get(0).asLong();
	}

}
