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
 * SIRENE's legal units imported from their own file: they give the establishments imported before them, and those
 * imported after, their kind, sector and (when the establishment has none) their name. Communes are in Creuse.
 */
@MaillageIntegrationTest
class LegalUnitsImportIntegrationTests extends ApiAndGraphTests {

	private static final String ESTABLISHMENTS = "siret,codeCommuneEtablissement,activitePrincipaleEtablissement,"
			+ "enseigne1Etablissement\n";

	@Autowired
	ImportProperties properties;

	@Test
	void legalUnitsGiveTheirEstablishmentsKindSectorAndNameWhicheverFileComesFirst() throws IOException {
		String association = TestActors.newSiren();
		String town = TestActors.newSiren();
		String forge = TestActors.newSiret(association);
		String nameless = TestActors.newSiret(association);
		ImportJobRuns runs = new ImportJobRuns(this.graphQl);
		String before = write("etablissements", ESTABLISHMENTS + forge + ",23096,25.50A,Forge du village\n" + nameless
				+ ",23096,94.99Z,\n");
		assertThat(runs.finished(runs.start(before, false))).containsEntry("created", 2);
		assertThat(actors(forge, nameless)).containsExactly("Forge du village COMPANY PRIVATE",
				"Établissement " + nameless + " COMPANY PRIVATE");

		String units = write("unites-legales", """
				siren,statutDiffusionUniteLegale,categorieJuridiqueUniteLegale,denominationUniteLegale,nomUniteLegale
				%s,O,9220,Les Amis de la forge,
				%s,O,7210,Commune de Guéret,
				123456789,O,5710,Numéro faux,
				%s,O,1000,,Dupont
				""".formatted(association, town, TestActors.newSiren()));
		Map<String, Object> dryRun = runs.finished(runs.start(units, true));
		assertThat(dryRun).containsEntry("status", "DONE").containsEntry("created", 3).containsEntry("skipped", 1);
		assertThat(actors(forge, nameless)).containsExactly("Forge du village COMPANY PRIVATE",
				"Établissement " + nameless + " COMPANY PRIVATE");

		Map<String, Object> job = runs.finished(runs.start(units, false));
		assertThat(job).containsEntry("created", 3).containsEntry("skipped", 1);
		assertThat(ImportJobRuns.rejections(job)).extracting(rejection -> (String) rejection.get("reason"))
			.containsExactly("123456789 is not a valid SIREN (9 digits and a right check digit)");
		// the establishment's own sign stays; the one known by its number only takes its unit's name
		assertThat(actors(forge, nameless)).containsExactly("Forge du village ASSOCIATION NON_PROFIT",
				"Les Amis de la forge ASSOCIATION NON_PROFIT");

		String hall = TestActors.newSiret(town);
		String after = write("etablissements", ESTABLISHMENTS + hall + ",23096,84.11Z,\n");
		assertThat(runs.finished(runs.start(after, false))).containsEntry("created", 1);
		assertThat(actors(hall)).containsExactly("Commune de Guéret PUBLIC_BODY PUBLIC");
		assertThat(runs.finished(runs.start(units, false))).containsEntry("unchanged", 3).containsEntry("created", 0);
	}

	private List<String> actors(String... sirets) {
		return List.copyOf(this.neo4j.query("""
				MATCH (a:Actor) WHERE a.siret IN $sirets RETURN a.name + ' ' + a.kind + ' ' + a.sector AS line
				ORDER BY line""").bind(List.of(sirets)).to("sirets").fetchAs(String.class).all());
	}

	private String write(String prefix, String content) throws IOException {
		Path folder = Path.of(this.properties.folder());
		Files.createDirectories(folder);
		String name = prefix + "-" + TestActors.newToken() + ".csv";
		Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
		return name;
	}

}
