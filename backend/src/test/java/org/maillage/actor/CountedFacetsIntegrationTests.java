package org.maillage.actor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.maillage.MaillageIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An entry keeps the tokens an actor list's facets count (kind, sector, NAF section and division, département,
 * EPCI) apart from those it is filtered by, written with the entry and, for entries of before, by migration V0034:
 * both ways give the same tokens.
 */
@MaillageIntegrationTest
class CountedFacetsIntegrationTests extends SignedInMemberTests {

	private static final String MIGRATION = "neo4j/migrations/V0034__Keep_the_tokens_facets_count_apart.cypher";

	private static final String AUDIENCE_MIGRATION = "neo4j/migrations/V0038__Keep_each_audiences_counted_tokens_in_one_list.cypher";

	private static final String ITEM_MIGRATION = "neo4j/migrations/V0037__Keep_the_tokens_item_facets_count_apart.cypher";

	@Autowired
	Neo4jClient neo4j;

	@Test
	void anEntryKeepsTheTokensFacetsCountAndTheMigrationWritesTheSame() throws IOException {
		String id = this.fixture.register("Tôlerie messine", "COMPANY", "PRIVATE", "57463", List.of("25.62A"));
		String epci = this.neo4j.query("""
				MATCH (:Commune {id: 'commune:57463'})-[:PART_OF]->(epci:Epci) RETURN epci.id AS id""")
			.fetchAs(String.class)
			.one()
			.orElseThrow();
		List<String> expected = List.of("f_kind_COMPANY_", "f_sector_PRIVATE_", "f_place_departement_57_",
				"f_place_" + epci.replace(':', '_') + "_", "f_naf_25_", "f_naf_C_");

		List<String> written = counted(id);
		assertThat(written).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(facets(id)).as("the tokens it is filtered by are all still there")
			.contains("f_place_commune_57463_", "f_place_region_44_", "f_naf_25_62A_", "f_naf_25_6_")
			.containsAll(expected);

		this.neo4j.query("MATCH (e:DirectoryEntry {actorId: $id}) REMOVE e.counted").bind(id).to("id").run();
		this.neo4j.query(statementOf(MIGRATION)).run();
		assertThat(counted(id)).as("written by the migration").containsExactlyElementsOf(written);
	}

	@Test
	void equipmentAndProblemsKeepTheTokensTheirFacetsCountAndTheMigrationWritesTheSame() throws IOException {
		String actor = this.fixture.register("Chaudronnerie messine", "COMPANY", "PRIVATE", "57463",
				List.of("25.29Z"));
		String equipment = this.fixture.addEquipment(actor, "Presse plieuse", "MACHINING", "PUBLIC");
		String problem = this.graphQl.document("""
				mutation($input: AddProblemInput!) { addProblem(input: $input) { problem { id } } }""")
			.variable("input", Map.of("actorId", actor, "title", "Pénurie de soudeurs " + this.fixture.token,
					"category", "EMPLOYMENT", "visibility", "PUBLIC"))
			.execute()
			.path("addProblem.problem.id")
			.entity(String.class)
			.get();
		String epci = "f_place_" + epciOf("57463").replace(':', '_') + "_";

		assertThat(itemTokens(equipment, "counted")).containsExactlyInAnyOrder("f_equipment_MACHINING_",
				"f_place_departement_57_", epci);
		assertThat(itemTokens(problem, "counted")).containsExactlyInAnyOrder("f_problem_EMPLOYMENT_", "f_status_OPEN_",
				"f_place_departement_57_", epci);
		assertThat(itemTokens(problem, "facets")).as("the tokens it is filtered by are all still there")
			.contains("f_place_commune_57463_", "f_place_region_44_", "f_problem_EMPLOYMENT_", "f_status_OPEN_");

		List<String> equipmentTokens = itemTokens(equipment, "counted");
		List<String> problemTokens = itemTokens(problem, "counted");
		this.neo4j.query("MATCH (item:Item) WHERE item.id IN $ids REMOVE item.counted")
			.bind(List.of(equipment, problem))
			.to("ids")
			.run();
		this.neo4j.query(statementOf(ITEM_MIGRATION)).run();
		assertThat(itemTokens(equipment, "counted")).as("written by the migration").containsExactlyElementsOf(equipmentTokens);
		assertThat(itemTokens(problem, "counted")).as("written by the migration").containsExactlyElementsOf(problemTokens);
	}

	@Test
	void theMembersAndTheFacilitatorsKeepTheTokensTheyCountInOneListAndTheMigrationWritesTheSame() throws IOException {
		String actor = this.fixture.register("Fonderie messine", "COMPANY", "PRIVATE", "57463", List.of("24.51Z"));
		// one category at two levels counts once; a PRIVATE one is nobody else's
		this.fixture.addEquipment(actor, "Four à induction", "FURNACE_THERMAL", "PUBLIC");
		this.fixture.addEquipment(actor, "Four de recuit", "FURNACE_THERMAL", "FACILITATORS");
		this.fixture.addEquipment(actor, "Centre d'usinage", "MACHINING", "MEMBERS");
		this.fixture.addEquipment(actor, "Banc d'essai", "LABORATORY_ANALYSIS", "FACILITATORS");
		this.fixture.addEquipment(actor, "Prototype", "ADDITIVE_MANUFACTURING", "PRIVATE");
		List<String> counted = counted(actor);

		List<String> members = tokens(actor, "membersCounted");
		List<String> facilitators = tokens(actor, "facilitatorsCounted");
		assertThat(members).containsExactlyInAnyOrderElementsOf(concat(counted, "f_equipment_FURNACE_THERMAL_",
				"f_equipment_MACHINING_"));
		assertThat(facilitators).containsExactlyInAnyOrderElementsOf(concat(counted, "f_equipment_FURNACE_THERMAL_",
				"f_equipment_MACHINING_", "f_equipment_LABORATORY_ANALYSIS_"));

		this.neo4j.query("MATCH (e:DirectoryEntry {actorId: $id}) REMOVE e.membersCounted, e.facilitatorsCounted")
			.bind(actor)
			.to("id")
			.run();
		this.neo4j.query(statementOf(AUDIENCE_MIGRATION)).run();
		assertThat(tokens(actor, "membersCounted")).as("written by the migration").containsExactlyElementsOf(members);
		assertThat(tokens(actor, "facilitatorsCounted")).as("written by the migration")
			.containsExactlyElementsOf(facilitators);
	}

	private static List<String> concat(List<String> tokens, String... more) {
		List<String> all = new java.util.ArrayList<>(tokens);
		all.addAll(List.of(more));
		return all;
	}

	private String epciOf(String commune) {
		return this.neo4j.query("MATCH (:Commune {id: $commune})-[:PART_OF]->(epci:Epci) RETURN epci.id AS id")
			.bind("commune:" + commune)
			.to("commune")
			.fetchAs(String.class)
			.one()
			.orElseThrow();
	}

	/** The tokens an item keeps in this field. */
	private List<String> itemTokens(String id, String field) {
		return tokensOf("MATCH (node:Item {id: $id})", id, field);
	}

	private List<String> counted(String id) {
		return tokens(id, "counted");
	}

	private List<String> facets(String id) {
		return tokens(id, "facets");
	}

	/** The tokens an actor's entry keeps in this field. */
	private List<String> tokens(String id, String field) {
		return tokensOf("MATCH (node:DirectoryEntry {actorId: $id})", id, field);
	}

	private List<String> tokensOf(String match, String id, String field) {
		return this.neo4j.query(match + " RETURN node." + field + " AS tokens")
			.bind(id)
			.to("id")
			.fetchAs(List.class)
			.mappedBy((types, row) -> row.get("tokens").asList(value -> value.asString()))
			.one()
			.map(tokens -> ((List<?>) tokens).stream().map(String.class::cast).toList())
			.orElseThrow();
	}

	private static String statementOf(String path) throws IOException {
		String file = new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
		return file.lines()
			.filter(line -> !line.startsWith("//"))
			.collect(Collectors.joining("\n"))
			.strip()
			.replaceAll(";$", "");
	}

}
