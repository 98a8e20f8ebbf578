package org.maillage.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.MaillageApplication;
import org.maillage.TestActors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar backend.jar import FILE}: the service started without a web server, on its own database folder,
 * imports the file and says what it did. The service's web-only parts must stay out of that start (a WebSocket
 * sign-in needing the HTTP security's token converter once stopped it from starting at all).
 */
class ImportCommandTests {

	private static final String HEADER = "siren,nic,siret,dateCreationEtablissement,trancheEffectifsEtablissement,"
			+ "etatAdministratifEtablissement,enseigne1Etablissement,denominationUsuelleEtablissement,"
			+ "codeCommuneEtablissement,activitePrincipaleEtablissement,nomenclatureActivitePrincipaleEtablissement";

	@TempDir
	Path folder;

	@Test
	void importsAFileAndSaysWhatItDid() throws IOException {
		Path file = this.folder.resolve("sirene.csv");
		Files.writeString(file, String.join("\n", HEADER, line(TestActors.newSiret(), "Fonderie du Thaurion", "23096"),
				line(TestActors.newSiret(), "Atelier de la Creuse", "23096"),
				line(TestActors.newSiret(), "Commune inconnue", "99999")) + "\n", StandardCharsets.UTF_8);

		Run run = run(file);

		assertThat(run.exitCode()).as(run.output()).isZero();
		assertThat(run.output()).contains("Import de " + file)
			.contains("3 lignes en")
			.contains("créés 2 · mis à jour 0 · inchangés 0 · rejetés 1");
	}

	private Run run(Path file) {
		PrintStream out = System.out;
		PrintStream err = System.err;
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		PrintStream both = new PrintStream(printed, true, StandardCharsets.UTF_8);
		System.setOut(both);
		System.setErr(both);
		try {
			int code = ImportCommand.run(MaillageApplication.class, new String[] { "import", file.toString(),
					"--maillage.database.embedded.data-directory=" + this.folder.resolve("neo4j") });
			return new Run(code, printed.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
	}

	private static String line(String siret, String sign, String commune) {
		return String.join(",", siret.substring(0, 9), siret.substring(9), siret, "2020-01-15", "12", "A", sign, "",
				commune, "25.62A", "NAFRev2");
	}

	private record Run(int exitCode, String output) {
	}

}
