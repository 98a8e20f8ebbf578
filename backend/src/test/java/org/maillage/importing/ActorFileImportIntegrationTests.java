package org.maillage.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.maillage.ApiAndGraphTests;
import org.maillage.MaillageIntegrationTest;
import org.maillage.TestActors;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operator imports an actor file (a spreadsheet's export, a GoGoCarto map's): what becomes of each line, the reasons
 * of those refused, and that importing it again changes nothing. Communes are in Savoie (73), which no other test
 * uses.
 */
@MaillageIntegrationTest
class ActorFileImportIntegrationTests extends ApiAndGraphTests {

	@Autowired
	ImportProperties properties;

	@Test
	void aSpreadsheetsExportSeparatedBySemicolonsWithFrenchColumnNamesImportsItsActors() throws IOException {
		String token = TestActors.newToken();
		String siret = TestActors.newSiret();
		String file = write("acteurs-" + token + ".csv", """
				\uFEFFNom;Type;Secteur;SIRET;Ville;Code postal;Code NAF;Site web;Description;Savoir-faire
				Fonderie %1$s;entreprise;privé;%2$s;Chambéry;73000;2451Z;https://www.%1$s.fr;Fonte grise;Moulage sable | Usinage
				Association %1$s;association;;;Aix-les-Bains;73100;;;;
				Sans commune %1$s;;;;;73000;;;;
				Mauvais type %1$s;fusée;;;Chambéry;;;;;
				;entreprise;;;Chambéry;;;;;
				Ailleurs %1$s;;;;Chambéry;75001;;;;
				""".formatted(token, siret));
		ImportJobRuns runs = new ImportJobRuns(this.graphQl);

		Map<String, Object> dryRun = runs.finished(runs.start(file, true));
		assertThat(dryRun).containsEntry("status", "DONE").containsEntry("created", 2).containsEntry("skipped", 4);
		assertThat(actorsNamed(token)).isEmpty();

		Map<String, Object> job = runs.finished(runs.start(file, false));
		assertThat(job).containsEntry("status", "DONE").containsEntry("created", 2).containsEntry("skipped", 4);
		assertThat(ImportJobRuns.rejections(job)).extracting(rejection -> rejection.get("line") + " "
				+ rejection.get("reason"))
			.containsExactly("4 Postal code 73000 alone does not name a commune: add the commune’s name or its INSEE code",
					"5 Unknown kind of actor: “fusée” (entreprise, collectivité, laboratoire, pôle, association, formation, "
							+ "investisseur, autre, or COMPANY, PUBLIC_BODY…)",
					"6 The name is missing (a nom, name or title column)",
					"7 No commune “Chambéry” in the département of postal code 75001");
		assertThat(actorsNamed(token)).containsExactly(
				"Association " + token + " ASSOCIATION NON_PROFIT commune:73008 [] null null []",
				"Fonderie " + token + " COMPANY PRIVATE commune:73065 [24.51Z] " + siret + " https://www." + token
						+ ".fr [Moulage sable, Usinage]");
		// a public-record profile nobody owns, to be claimed
		assertThat(this.neo4j.query("""
				MATCH (a:Actor {siret: $siret}) RETURN a.publicRecord AND NOT EXISTS { (a)<-[:MEMBER_OF]-() }""")
			.bind(siret).to("siret").fetchAs(Boolean.class).one()).hasValue(true);

		Map<String, Object> again = runs.finished(runs.start(file, false));
		assertThat(again).containsEntry("created", 0).containsEntry("updated", 0).containsEntry("unchanged", 2);
		assertThat(actorsNamed(token)).hasSize(2);
	}

	@Test
	void aGoGoCartoExportWithTitleLatAndLngIsReadAndItsCommuneCodeTrusted() throws IOException {
		String token = TestActors.newToken();
		String file = write("gogocarto-" + token + ".csv", """
				id,title,lat,lng,commune,description
				1,"Ressourcerie %1$s, Albertville",45.6755,6.3925,73011,"Réemploi, réparation"
				2,Atelier %1$s,,,Saint-Jean-de-Maurienne,
				""".formatted(token));
		ImportJobRuns runs = new ImportJobRuns(this.graphQl);
		Map<String, Object> job = runs.finished(runs.start(file, false));
		assertThat(job).containsEntry("status", "DONE").containsEntry("created", 2).containsEntry("skipped", 0);
		assertThat(this.neo4j.query("""
				MATCH (a:Actor)-[:LOCATED_IN]->(c:Commune) WHERE a.name CONTAINS $token
				RETURN a.name + ' ' + c.name + ' ' + coalesce(toString(a.location.latitude), '-') ORDER BY a.name""")
			.bind(token).to("token").fetchAs(String.class).all()).containsExactly(
					"Atelier " + token + " Saint-Jean-de-Maurienne -",
					"Ressourcerie " + token + ", Albertville Albertville 45.6755");
	}

	private List<String> actorsNamed(String token) {
		return List.copyOf(this.neo4j.query("""
				MATCH (a:Actor) WHERE a.name CONTAINS $token
				OPTIONAL MATCH (a)-[:LOCATED_IN]->(c:Commune)
				WITH a, c, [(a)-[:HAS_CORE_TRADE]->(t:Trade) | t.code] AS trades,
				     COLLECT { MATCH (a)-[:HAS_KNOW_HOW]->(k) RETURN k.name ORDER BY k.name } AS knowHow
				RETURN a.name + ' ' + a.kind + ' ' + a.sector + ' ' + c.id + ' [' + reduce(s = '', t IN trades | s + t)
				       + '] ' + coalesce(a.siret, 'null') + ' ' + coalesce(a.website, 'null') + ' ['
				       + reduce(s = '', k IN knowHow | s + CASE WHEN s = '' THEN '' ELSE ', ' END + k) + ']' AS line
				ORDER BY line""").bind(token).to("token").fetchAs(String.class).all());
	}

	private String write(String name, String content) throws IOException {
		Path folder = Path.of(this.properties.folder());
		Files.createDirectories(folder);
		Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
		return name;
	}

}
