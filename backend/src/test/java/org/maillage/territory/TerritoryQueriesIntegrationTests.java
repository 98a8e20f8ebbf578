package org.maillage.territory;

import org.junit.jupiter.api.Test;
import org.maillage.MaillageIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

@MaillageIntegrationTest
class TerritoryQueriesIntegrationTests {

	@Autowired
	GraphQlTester graphQl;

	@Test
	void placesAreFoundByNameWithoutAccentsOrByCode() {
		this.graphQl.document("""
				{ byName: territories(filter: {text: "vandoeuvre"}) { edges { node { id name } } }
				  byPrefix: territories(filter: {text: "Pont-à-Mou", level: COMMUNE}) { edges { node { id } } }
				  byCode: territories(filter: {text: "57463"}) { edges { node { name population } } } }""")
			.execute()
			.path("byName.edges[0].node.name").entity(String.class).isEqualTo("Vandœuvre-lès-Nancy")
			.path("byPrefix.edges[0].node.id").entity(String.class).isEqualTo("commune:54431")
			.path("byCode.edges[0].node.name").entity(String.class).isEqualTo("Metz")
			.path("byCode.edges[0].node.population").entity(Integer.class).isEqualTo(122572);
	}

	@Test
	void theHierarchyIsBrowsedDownAndUp() {
		this.graphQl.document("""
				{ territory(id: "departement:57") {
				    name parents { id }
				    communes: children(level: COMMUNE, first: 1) { totalCount edges { node { name } } }
				    epci: children(level: EPCI, first: 50) { edges { node { id } } } }
				  metz: territory(id: "commune:57463") { parents { id } } }""")
			.execute()
			.path("territory.name").entity(String.class).isEqualTo("Moselle")
			.path("territory.parents[*].id").entityList(String.class).containsExactly("region:44")
			.path("territory.communes.totalCount").entity(Integer.class).isEqualTo(725)
			.path("territory.communes.edges[0].node.name").entity(String.class).isEqualTo("Metz")
			.path("territory.epci.edges[*].node.id").entityList(String.class).contains("epci:200039865")
			.path("metz.parents[*].id").entityList(String.class)
			.containsExactly("departement:57", "epci:200039865");
	}

}
