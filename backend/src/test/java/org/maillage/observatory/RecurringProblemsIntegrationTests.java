package org.maillage.observatory;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.maillage.MaillageIntegrationTest;
import org.maillage.TestActors;
import org.maillage.TestCallers;
import org.maillage.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.maillage.GraphQlErrors.expectError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recurring problems in the Lot, where no other test registers actors: a problem three actors share is found as one
 * group, rising, with its needs in common and its EPCIs; what each audience counts; PRIVATE and solved problems never.
 */
@MaillageIntegrationTest
class RecurringProblemsIntegrationTests {

	private static final String RECURRING = """
			query($territory: ID!, $since: String, $category: ProblemCategory) {
			  recurringProblems(territory: $territory, since: $since, category: $category) { since problemsConsidered method
			    groups(first: 10) { totalCount edges { node { wording actorCount problemCount words
			      needsInCommon { kind value } territories { territory { id } problems } trend { month problems } rising
			      problemIds } } } } }""";

	@Autowired
	GraphQlTester graphQl;

	private static boolean registered;

	@BeforeEach
	void registerLot() {
		if (registered) {
			return;
		}
		TestCallers.signIn("recurring-owner", Role.MEMBER);
		String cahors = TestActors.registerIn(this.graphQl, "COMPANY", "PRIVATE", "Menuiserie de Cahors", "46042", null, "");
		String figeac = TestActors.registerIn(this.graphQl, "COMPANY", "PRIVATE", "Mécanique de Figeac", "46102", null, "");
		String causses = TestActors.registerIn(this.graphQl, "COMPANY", "PRIVATE", "Scierie des Causses", "46042", null, "");
		problem(cahors, "Recruter des soudeurs qualifiés", "Aucun soudeur qualifié ne répond à nos offres", "PUBLIC");
		problem(figeac, "Pénurie de soudeurs", "Nous ne trouvons pas de soudeurs qualifiés pour l'atelier", "PUBLIC");
		problem(causses, "Soudeurs qualifiés introuvables", "Recrutement de soudeurs bloqué depuis un an",
				"FACILITATORS");
		problem(figeac, "Soudeurs : nos besoins de recrutement", "Recruter deux soudeurs qualifiés", "PRIVATE");
		problem(causses, "Débouché pour les sciures", "Nos sciures de bois ne trouvent pas preneur", "PUBLIC");
		TestActors.addProblem(this.graphQl, cahors, Map.of("title", "Recruter des soudeurs expérimentés", "category",
				"EMPLOYMENT", "status", "SOLVED", "needs", List.of(Map.of("kind", "TRADE", "value", "85.32Z"))));
		TestCallers.signOut();
		registered = true;
	}

	@Test
	@SuppressWarnings("unchecked")
	void aDecisionMakerFindsTheProblemThreeActorsShareRising() {
		TestCallers.signIn("recurring-decision-maker", Role.DECISION_MAKER);
		Map<String, Object> result = recurring("departement:46", null, null);
		assertThat(result).containsEntry("problemsConsidered", 4)
			.containsEntry("since", YearMonth.now(ZoneOffset.UTC).minusMonths(11).toString());
		assertThat(result.get("method")).asString().startsWith("The territory’s open problems");
		List<Map<String, Object>> groups = groups(result);
		assertThat(groups).hasSize(1);
		Map<String, Object> welders = groups.get(0);
		assertThat(welders).containsEntry("actorCount", 3).containsEntry("problemCount", 3)
			.containsEntry("rising", true);
		assertThat((String) welders.get("wording")).containsIgnoringCase("soudeurs");
		assertThat(welders.get("needsInCommon")).isEqualTo(List.of(Map.of("kind", "TRADE", "value", "85.32Z")));
		assertThat(welders.get("territories")).asList().hasSize(2);
		List<Map<String, Object>> trend = (List<Map<String, Object>>) welders.get("trend");
		assertThat(trend).hasSize(12);
		assertThat(trend.get(11)).containsEntry("month", YearMonth.now(ZoneOffset.UTC).toString())
			.containsEntry("problems", 3);
	}

	@Test
	void aPublicVisitorCountsOnlyPublicProblemsAndNobodyCountsPrivateOnes() {
		Map<String, Object> result = recurring("departement:46", null, null);
		assertThat(result).containsEntry("problemsConsidered", 3);
		assertThat(groups(result)).singleElement().satisfies(group -> assertThat(group)
			.containsEntry("actorCount", 2).containsEntry("problemCount", 2));
		TestCallers.signIn("recurring-admin", Role.ADMIN);
		assertThat(recurring("departement:46", null, null)).containsEntry("problemsConsidered", 4);
	}

	@Test
	void aCategoryAndADateNarrowTheProblemsAndABadDateIsExplained() {
		TestCallers.signIn("recurring-decision-maker", Role.DECISION_MAKER);
		assertThat(recurring("departement:46", null, "ENERGY")).containsEntry("problemsConsidered", 0);
		assertThat(recurring("departement:46", YearMonth.now(ZoneOffset.UTC).plusMonths(1).toString(), null))
			.containsEntry("problemsConsidered", 0);
		expectError(this.graphQl.document(RECURRING).variable("territory", "departement:46")
			.variable("since", "hier").execute(), "BAD_REQUEST", "“hier” is not a date");
	}

	@Test
	void aProblemCountsWhereItsActorIsAfterTheActorMoves() {
		TestCallers.signIn("recurring-mover", Role.MEMBER);
		String mover = TestActors.registerIn(this.graphQl, "COMPANY", "PRIVATE", "Chaudronnerie d'Aurillac", "15014",
				null, "");
		problem(mover, "Soudeurs introuvables à Aurillac", "Nous cherchons des soudeurs qualifiés", "PUBLIC");
		TestCallers.signIn("recurring-decision-maker", Role.DECISION_MAKER);
		int cantal = considered("departement:15");
		int auvergneRhoneAlpes = considered("region:84");
		int aveyron = considered("departement:12");
		int occitanie = considered("region:76");

		TestCallers.signIn("recurring-mover", Role.MEMBER);
		TestActors.moveCompany(this.graphQl, mover, "Chaudronnerie d'Aurillac", "12202");

		// moved to Rodez: its problem counts in Aveyron and Occitanie, no longer in Cantal and Auvergne-Rhône-Alpes
		TestCallers.signIn("recurring-decision-maker", Role.DECISION_MAKER);
		assertThat(considered("departement:15")).isEqualTo(cantal - 1);
		assertThat(considered("region:84")).isEqualTo(auvergneRhoneAlpes - 1);
		assertThat(considered("departement:12")).isEqualTo(aveyron + 1);
		assertThat(considered("region:76")).isEqualTo(occitanie + 1);
	}

	private int considered(String territory) {
		return ((Number) recurring(territory, null, null).get("problemsConsidered")).intValue();
	}

	private void problem(String actorId, String title, String description, String visibility) {
		TestActors.addProblem(this.graphQl, actorId, Map.of("title", title, "description", description, "category",
				"EMPLOYMENT", "visibility", visibility, "needs", List.of(Map.of("kind", "TRADE", "value", "85.32Z"))));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> recurring(String territory, String since, String category) {
		return this.graphQl.document(RECURRING)
			.variable("territory", territory)
			.variable("since", since)
			.variable("category", category)
			.execute()
			.path("recurringProblems")
			.entity(Map.class)
			.get();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> groups(Map<String, Object> result) {
		return ((List<Map<String, Object>>) ((Map<String, Object>) result.get("groups")).get("edges")).stream()
			.map(edge -> (Map<String, Object>) edge.get("node"))
			.toList();
	}

}
