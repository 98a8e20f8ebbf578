package org.maillage.matchmaking;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.maillage.MaillageIntegrationTest;

import org.springframework.core.ParameterizedTypeReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Needs inferred from a problem's text say which words suggested them and how sure the inference is; the problem's
 * own actor's trade is never inferred as its need, nor a trade from one of its words alone.
 */
@MaillageIntegrationTest
class InferredNeedsIntegrationTests extends MemberRankingTests {

	@Test
	void inferredNeedsShowTheirWordsAndConfidenceAndNeverTheOwnersTrade() {
		signInAsMember();
		// a wholesaler of fruit and vegetables, whose problem naturally speaks of fruit and vegetables
		String owner = this.graphQl.document("""
				mutation { registerActor(input: {kind: COMPANY, sector: PRIVATE, name: "Primeurs de Moselle %s",
				  commune: "57463", coreTrades: ["46.31Z"]}) { actor { id } } }""".formatted(this.run))
			.execute()
			.path("registerActor.actor.id")
			.entity(String.class)
			.get();
		String problem = addProblem(owner, Map.of("title", "Invendus de fruits et légumes à chaque fin de semaine",
				"description", "Nos fruits et légumes invendus partent à la benne ; il nous faut les garder au froid et les livrer à des conserveries ou des associations, en camion frigorifique."));

		List<Map<String, Object>> needs = this.graphQl.document("""
				query($p: ID!) { matchActors(problem: $p, first: 1) {
				  needs { kind value inferred inferredFrom confidence } } }""")
			.variable("p", problem)
			.execute()
			.path("matchActors.needs")
			.entity(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.get();

		assertThat(needs).isNotEmpty().allSatisfy(need -> {
			assertThat(need.get("inferred")).isEqualTo(true);
			assertThat((List<?>) need.get("inferredFrom")).isNotEmpty();
			assertThat(((Number) need.get("confidence")).doubleValue()).isBetween(0.4, 1.0);
		});
		assertThat(needs).extracting(need -> need.get("value"))
			.as("its own trade, 46.31, is not what it asks for; \"livrer\" does not make book publishing (58.11)")
			.noneMatch(value -> ((String) value).startsWith("46.3") || ((String) value).startsWith("58.1"))
			.contains("COLD_STORAGE");
		assertThat(needs).filteredOn(need -> "COLD_STORAGE".equals(need.get("value")))
			.first()
			.satisfies(need -> assertThat(need.get("inferredFrom")).isEqualTo(List.of("froid", "frigorifique")));
	}


	/**
	 * "Our cold rooms" name the owner's own equipment, not a need for more; and the owner's private equipment must not
	 * change what another caller is told was inferred.
	 */
	@Test
	void theOwnersOwnEquipmentIsNotInferredAsItsNeedAsFarAsTheCallerMaySee() {
		signInAsMember();
		String owner = this.graphQl.document("""
				mutation { registerActor(input: {kind: COMPANY, sector: PRIVATE, name: "Salaisons du Saulnois %s",
				  commune: "57463", coreTrades: ["10.13A"],
				  equipment: [{name: "Chambres froides", category: COLD_STORAGE, visibility: PRIVATE}]}) {
				  actor { id } } }""".formatted(this.run))
			.execute()
			.path("registerActor.actor.id")
			.entity(String.class)
			.get();
		String problem = addProblem(owner, Map.of("title", "Nos chambres froides tombent en panne chaque été",
				"description", "Le froid de nos chambres froides ne tient plus : le groupe frigorifique date de 1998."));
		String inferred = """
				query($p: ID!) { matchActors(problem: $p, first: 1) { needs { value inferred } } }""";

		List<Object> forTheOwner = this.graphQl.document(inferred).variable("p", problem).execute()
			.path("matchActors.needs[*].value").entityList(Object.class).get();
		org.maillage.TestCallers.signOut();
		List<Object> forAVisitor = this.graphQl.document(inferred).variable("p", problem).execute()
			.path("matchActors.needs[*].value").entityList(Object.class).get();

		assertThat(forTheOwner).as("the owner's members see its cold rooms: they are not what it asks for")
			.doesNotContain("COLD_STORAGE");
		assertThat(forAVisitor).as("a visitor cannot see the private cold rooms, so nothing may tell of them")
			.contains("COLD_STORAGE");
	}

}
