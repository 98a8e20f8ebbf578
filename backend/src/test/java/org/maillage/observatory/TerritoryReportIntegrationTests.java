package org.maillage.observatory;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.MaillageIntegrationTest;
import org.maillage.TestActors;
import org.maillage.TestCallers;
import org.maillage.TestHttp;
import org.maillage.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A territory's printable report, read over HTTP as a decision-maker would share it: Ariège (09), where no other
 * test registers anyone, with two actors sharing a problem and a third hiding one.
 */
@MaillageIntegrationTest
class TerritoryReportIntegrationTests {

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	FiguresRefresh refresh;

	@LocalServerPort
	int port;

	private static boolean registered;

	@BeforeEach
	void registerAriege() {
		if (registered) {
			return;
		}
		TestCallers.signIn("report-owner", Role.MEMBER);
		String forge = TestActors.registerIn(this.graphQl, "COMPANY", "PRIVATE", "Forges de Foix", "09122", "24.51Z",
				"equipment: [{name: \"Four à induction\", category: FURNACE_THERMAL, visibility: PUBLIC}]");
		String chaudronnerie = TestActors.registerIn(this.graphQl, "COMPANY", "PRIVATE", "Chaudronnerie de Pamiers",
				"09225", "25.29Z", "");
		TestActors.registerIn(this.graphQl, "RESEARCH_LAB", "ACADEMIC", "Laboratoire ariégeois", "09122", "72.19Z", "");
		TestActors.addProblem(this.graphQl, forge, Map.of("title", "Pénurie de soudeurs qualifiés", "category",
				"EMPLOYMENT", "description", "Nous ne trouvons pas de soudeurs qualifiés pour nos ateliers."));
		TestActors.addProblem(this.graphQl, chaudronnerie, Map.of("title", "Manque de soudeurs qualifiés",
				"category", "EMPLOYMENT", "description", "Recruter des soudeurs qualifiés pour l’atelier est difficile."));
		TestActors.addProblem(this.graphQl, chaudronnerie,
				Map.of("title", "Procédé confidentiel zqxwvb", "category", "INNOVATION", "visibility", "PRIVATE"));
		TestCallers.signOut();
		while (!this.refresh.refresh()) {
			Thread.onSpinWait();
		}
		registered = true;
	}

	@Test
	void theReportIsAFrenchPageWithChartsOfWhatTheCallerMaySee() {
		ResponseEntity<String> page = TestHttp.client(this.port).get().uri("/territories/departement:09/report")
			.retrieve().toEntity(String.class);
		assertThat(page.getStatusCode().value()).isEqualTo(200);
		assertThat(page.getHeaders().getContentType().toString()).startsWith("text/html");
		assertThat(page.getBody()).startsWith("<!DOCTYPE html><html lang=\"fr\">")
			.contains("<h1>Ariège : portrait du territoire</h1>")
			.contains("3 acteurs")
			.contains("Acteurs par nature")
			.contains("laboratoire de recherche")
			.contains("Couverture des chaînes de valeur")
			.contains("Problématiques récurrentes")
			// the two actors' shared problem, grouped
			.containsPattern("(Pénurie|Manque) de soudeurs qualifiés</td><td class=\"n\">2</td>")
			// a private problem never reaches a report
			.doesNotContain("zqxwvb")
			.contains("<td>fours et traitement thermique</td><td class=\"n\">1</td>");
		// the charts are SVG drawn by JFreeChart, inline
		assertThat(page.getBody().split("<svg", -1).length - 1).isGreaterThanOrEqualTo(3);
		assertThat(page.getBody()).contains("</svg></figure>");
	}

	@Test
	void theReportSpeaksEnglishWhenAsked() {
		ResponseEntity<String> page = TestHttp.client(this.port).get().uri("/territories/departement:09/report")
			.header("Accept-Language", "en").retrieve().toEntity(String.class);
		assertThat(page.getBody()).startsWith("<!DOCTYPE html><html lang=\"en\">")
			.contains("<h1>Ariège: territory profile</h1>")
			.contains("Actors by kind")
			.contains("research lab");
	}

	@Test
	void anUnknownTerritoryIsAClearNotFound() {
		ResponseEntity<String> answer = TestHttp.client(this.port).get().uri("/territories/departement:999/report")
			.retrieve().toEntity(String.class);
		assertThat(answer.getStatusCode().value()).isEqualTo(404);
		assertThat(answer.getBody()).contains("NOT_FOUND").contains("departement:999").doesNotContain("Exception");
	}

}
