package org.maillage.taxonomy;

import org.junit.jupiter.api.Test;
import org.maillage.MaillageIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

@MaillageIntegrationTest
class TradeQueriesIntegrationTests {

	@Autowired
	GraphQlTester graphQl;

	@Test
	void aTradeKnowsItsParentAncestorsAndChildren() {
		this.graphQl.document("""
				{ trade(code: "24.45Z") { label level parent { code } ancestors { code } }
				  division: trade(code: "24") { children { code } } }""")
			.execute()
			.path("trade.level").entity(String.class).isEqualTo("SUBCLASS")
			.path("trade.label").entity(String.class).isEqualTo("Métallurgie des autres métaux non ferreux")
			.path("trade.parent.code").entity(String.class).isEqualTo("24.45")
			.path("trade.ancestors[*].code").entityList(String.class).containsExactly("C", "24", "24.4", "24.45")
			.path("division.children[*].code").entityList(String.class)
			.containsExactly("24.1", "24.2", "24.3", "24.4", "24.5");
	}

	@Test
	void theTaxonomyIsSearchedByWordsOrByCodeAndBrowsedByLevel() {
		this.graphQl.document("""
				{ byWords: trades(filter: {text: "fonderie acier", level: SUBCLASS}) { edges { node { code } } }
				  byCode: trades(filter: {text: "24.4"}) { totalCount }
				  sections: trades(filter: {level: SECTION}, first: 1) { totalCount edges { node { code } } }
				  unknown: trade(code: "99.99Z") { code } }""")
			.execute()
			.path("byWords.edges[0].node.code").entity(String.class).isEqualTo("24.52Z")
			.path("byCode.totalCount").entity(Integer.class).isEqualTo(13)
			.path("sections.totalCount").entity(Integer.class).isEqualTo(21)
			.path("sections.edges[0].node.code").entity(String.class).isEqualTo("A")
			.path("unknown").valueIsNull();
	}

}
