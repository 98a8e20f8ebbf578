package org.maillage.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.maillage.ApiAndGraphTests;
import org.maillage.MaillageIntegrationTest;
import org.maillage.TestActors;
import org.maillage.TestCallers;
import org.maillage.TestHttp;
import org.maillage.security.KeycloakServer;
import org.maillage.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.TestActors.newSiret;

/**
 * SIRENE files imported as an operator would, through the API, by the service's own import thread: a dry run that
 * counts and explains without writing, an import that creates public-record profiles, a second one that changes
 * nothing, a job a stopped service left half done resumed from its last counted line, and the rejected lines as CSV.
 * Files are written to the tests' import folder ({@code target/test-imports}); communes are in Creuse and Paris.
 */
@MaillageIntegrationTest
class SireneImportIntegrationTests extends ApiAndGraphTests {

	private static final String HEADER = "siren,nic,siret,dateCreationEtablissement,trancheEffectifsEtablissement,"
			+ "etatAdministratifEtablissement,enseigne1Etablissement,denominationUsuelleEtablissement,"
			+ "codeCommuneEtablissement,activitePrincipaleEtablissement,nomenclatureActivitePrincipaleEtablissement,"
			+ "longitude,latitude";

	@Autowired
	ImportProperties properties;

	@LocalServerPort
	int port;

	@Test
	void aDryRunCountsAndExplainsEachRejectedLineAndWritesNothing() throws IOException {
		String foundry = newSiret();
		String closed = newSiret();
		String hidden = newSiret();
		String file = write(line(foundry, "Fonderie de Guéret", "23096", "24.51Z", "A", "NAFRev2", "1.8719", "46.1714"),
				line(closed, "Ancienne scierie", "23096", "16.10A", "F", "NAFRev2", "", ""),
				// a partially diffused record: no sign, no name, imported under its number
				line(hidden, "[ND]", "75108", "62.01Z", "A", "NAFRev2", "[ND]", "[ND]"),
				line("12345678901234", "Mauvais numéro", "23096", "24.51Z", "A", "NAFRev2", "", ""),
				line(newSiret(), "Hors référentiel", "99999", "24.51Z", "A", "NAFRev2", "", ""),
				line(newSiret(), "Vieille nomenclature", "23096", "27.5E", "A", "NAFRev1", "", ""),
				line(newSiret(), "Activité inconnue", "23096", "99.99X", "A", "NAFRev2", "", ""));

		Map<String, Object> job = finished(start(file, true));

		assertThat(job).containsEntry("status", "DONE").containsEntry("dryRun", true).containsEntry("rowsRead", 7)
			.containsEntry("created", 3).containsEntry("updated", 0).containsEntry("unchanged", 0)
			.containsEntry("skipped", 4);
		assertThat(rejections(job)).extracting(rejection -> rejection.get("line") + " " + rejection.get("reason"))
			.containsExactly("5 12345678901234 is not a valid SIRET (14 digits with a correct check digit)",
					"6 The commune 99999 is not among the reference communes",
					"7 The activity is coded in the NAFRev1 nomenclature: only NAF rev. 2 (NAFRev2) is imported",
					"8 99.99X is not a NAF rev. 2 subclass");
		assertThat(actors(List.of(foundry, closed, hidden))).isEmpty();
	}

	@Test
	void anImportCreatesUnclaimedProfilesAndASecondOneChangesNothing() throws IOException {
		String foundry = newSiret();
		String closed = newSiret();
		String hidden = newSiret();
		List<String> lines = List.of(
				line(foundry, "Fonderie de Guéret", "23096", "24.51Z", "A", "NAFRev2", "1.8719", "46.1714"),
				line(closed, "Ancienne scierie", "23096", "16.10A", "F", "NAFRev2", "", ""),
				line(hidden, "[ND]", "75108", "62.01Z", "A", "NAFRev2", "[ND]", "[ND]"));
		String file = write(lines.toArray(String[]::new));

		assertThat(finished(start(file, false))).containsEntry("status", "DONE").containsEntry("created", 3)
			.containsEntry("skipped", 0);
		assertThat(actors(List.of(foundry, closed, hidden))).containsExactlyInAnyOrder(
				Map.of("siret", foundry, "name", "Fonderie de Guéret", "commune", "commune:23096", "trades",
						List.of("24.51Z"), "active", true, "publicRecord", true, "owners", 0L),
				Map.of("siret", closed, "name", "Ancienne scierie", "commune", "commune:23096", "trades",
						List.of("16.10A"), "active", false, "publicRecord", true, "owners", 0L),
				// an arrondissement of Paris counts in Paris
				Map.of("siret", hidden, "name", "Établissement " + hidden, "commune", "commune:75056", "trades",
						List.of("62.01Z"), "active", true, "publicRecord", true, "owners", 0L));
		// the directory finds the new profile, with its trade, where it is
		TestCallers.signOut();
		assertThat(this.graphQl.document("""
				query { actors(filter: {territories: ["departement:23"], trades: ["24.51Z"]}, first: 10) {
				  edges { node { siret name active publicRecord } } } }""")
			.execute()
			.path("actors.edges[*].node")
			.entityList(Map.class)
			.get()).contains(Map.of("siret", foundry, "name", "Fonderie de Guéret", "active", true, "publicRecord", true));

		assertThat(finished(start(file, false))).containsEntry("created", 0).containsEntry("updated", 0)
			.containsEntry("unchanged", 3);

		String renamed = write(line(foundry, "Fonderie Creusoise", "23096", "24.51Z", "F", "NAFRev2", "1.8719", "46.1714"));
		assertThat(finished(start(renamed, false))).containsEntry("updated", 1);
		assertThat(actors(List.of(foundry))).singleElement()
			.satisfies(actor -> assertThat(actor).containsEntry("name", "Fonderie Creusoise").containsEntry("active", false));
	}

	@Test
	void aFileSavedBySpreadsheetSoftwareIsReadAndAnEmptyOneIsDoneAtOnce() throws IOException {
		String workshop = newSiret();
		Files.createDirectories(folder());
		String name = "tableur-" + TestActors.newToken() + ".csv";
		// a byte-order mark before the first column's name, and Windows line ends
		Files.writeString(folder().resolve(name), "\uFEFFsiret,codeCommuneEtablissement,activitePrincipaleEtablissement,"
				+ "enseigne1Etablissement\r\n" + workshop + ",23096,25.62A,Atelier du tableur\r\n", StandardCharsets.UTF_8);
		assertThat(finished(start(name, false))).containsEntry("status", "DONE").containsEntry("created", 1)
			.containsEntry("skipped", 0);
		assertThat(actors(List.of(workshop))).singleElement()
			.satisfies(actor -> assertThat(actor).containsEntry("name", "Atelier du tableur"));
		String empty = write();
		assertThat(finished(start(empty, false))).containsEntry("status", "DONE").containsEntry("rowsRead", 0);
	}

	@Test
	void aFileJoinedWithLegalUnitsTellsPublicBodiesAndAssociations() throws IOException {
		String townHall = newSiret();
		String association = newSiret();
		Files.createDirectories(folder());
		String name = "unites-legales-" + TestActors.newToken() + ".csv";
		Files.writeString(folder().resolve(name), """
				siret,codeCommuneEtablissement,activitePrincipaleEtablissement,denominationUniteLegale,categorieJuridiqueUniteLegale
				%s,23096,84.11Z,COMMUNE DE GUERET,7210
				%s,23096,94.99Z,LES AMIS DU FEUTRE,9220
				""".formatted(townHall, association), StandardCharsets.UTF_8);
		assertThat(finished(start(name, false))).containsEntry("created", 2);
		assertThat(this.neo4j.query("MATCH (a:Actor) WHERE a.siret IN $sirets RETURN a.name + ' ' + a.kind + ' ' + a.sector")
			.bind(List.of(townHall, association))
			.to("sirets")
			.fetchAs(String.class)
			.all()).containsExactlyInAnyOrder("COMMUNE DE GUERET PUBLIC_BODY PUBLIC",
					"LES AMIS DU FEUTRE ASSOCIATION NON_PROFIT");
	}

	@Test
	void successionLinksMoveAnActorToItsNewSiretKeepingItsProfile() throws IOException {
		String before = newSiret();
		String after = newSiret();
		String other = newSiret();
		String otherAfter = newSiret();
		finished(start(write(line(before, "Atelier qui déménage", "23096", "25.62A", "A", "NAFRev2", "", ""),
				line(other, "Atelier en double", "23096", "25.62A", "A", "NAFRev2", "", ""),
				line(otherAfter, "Atelier en double (nouveau)", "23096", "25.62A", "A", "NAFRev2", "", "")), false));
		String actor = this.neo4j.query("MATCH (a:Actor {siret: $siret}) RETURN a.id").bind(before).to("siret")
			.fetchAs(String.class).one().orElseThrow();
		Files.createDirectories(folder());
		String name = "successions-" + TestActors.newToken() + ".csv";
		Files.writeString(folder().resolve(name), """
				siretEtablissementPredecesseur,siretEtablissementSuccesseur,dateLienSuccession,transfertSiege,continuiteEconomique
				%s,%s,2024-03-01,false,true
				%s,%s,2024-03-01,false,true
				%s,%s,2024-03-01,false,false
				""".formatted(before, after, other, otherAfter, newSiret(), newSiret()), StandardCharsets.UTF_8);

		Map<String, Object> dryRun = finished(start(name, true));
		assertThat(dryRun).containsEntry("updated", 1).containsEntry("skipped", 2);
		assertThat(this.neo4j.query("MATCH (a:Actor {id: $id}) RETURN a.siret").bind(actor).to("id")
			.fetchAs(String.class).one()).hasValue(before);

		Map<String, Object> job = finished(start(name, false));
		assertThat(job).containsEntry("status", "DONE").containsEntry("updated", 1).containsEntry("skipped", 2);
		assertThat(rejections(job)).extracting(rejection -> (String) rejection.get("reason"))
			.anySatisfy(reason -> assertThat(reason).contains(otherAfter, "already has an actor of its own"))
			.anySatisfy(reason -> assertThat(reason).contains("No economic continuity"));
		// the same actor, its profile kept, under its new number
		assertThat(this.neo4j.query("MATCH (a:Actor {id: $id}) RETURN a.siret + ' ' + a.name + ' ' + a.previousSirets[0]")
			.bind(actor).to("id").fetchAs(String.class).one()).hasValue(after + " Atelier qui déménage " + before);
		// a link that could not be followed leaves the pair for facilitators to merge
		assertThat(this.neo4j.query("MATCH (a:Actor {siret: $siret}) RETURN reduce(s = '', p IN a.previousSirets | s + p)")
			.bind(otherAfter).to("siret").fetchAs(String.class).one()).hasValue(other);
		// and the entries, which the listing of likely duplicates reads, say the same
		assertThat(this.neo4j.query("MATCH (e:DirectoryEntry {actorId: $id}) RETURN e.siret + ' ' + e.previousSirets[0]")
			.bind(actor).to("id").fetchAs(String.class).one()).hasValue(after + " " + before);
		assertThat(this.neo4j.query("MATCH (a:Actor {siret: $siret}), (e:DirectoryEntry {actorId: a.id}) "
				+ "RETURN reduce(s = '', p IN e.previousSirets | s + p)")
			.bind(otherAfter).to("siret").fetchAs(String.class).one()).hasValue(other);
		assertThat(finished(start(name, false))).as("followed already").containsEntry("updated", 0)
			.containsEntry("unchanged", 1);
	}

	@Test
	void aJobAStoppedServiceLeftHalfDoneResumesAtItsFirstUncountedLine() throws IOException {
		List<String> sirets = List.of(newSiret(), newSiret(), newSiret(), newSiret(), newSiret());
		List<String> lines = new ArrayList<>();
		sirets.forEach(siret -> lines.add(line(siret, "Atelier " + siret, "23096", "25.62A", "A", "NAFRev2", "", "")));
		String file = write(lines.toArray(String[]::new));
		// a service imported the first two lines, counted them, and stopped ten minutes ago
		String first = write(lines.subList(0, 2).toArray(String[]::new));
		finished(start(first, false));
		String id = TestActors.newToken();
		this.neo4j.query("""
				CREATE (:ImportJob {id: $id, format: 'SIRENE', file: $file, dryRun: false, status: 'RUNNING',
				  rowsRead: 2, created: 2, updated: 0, unchanged: 0, skipped: 0, runner: 'a-stopped-service',
				  heartbeat: datetime() - duration('PT10M'), createdAt: datetime(), startedAt: datetime()})""")
			.bindAll(Map.of("id", id, "file", folder().resolve(file).toAbsolutePath().toString()))
			.run();

		Map<String, Object> job = finished(id);

		assertThat(job).containsEntry("status", "DONE").containsEntry("rowsRead", 5).containsEntry("created", 5)
			.containsEntry("unchanged", 0);
		assertThat(actors(sirets)).hasSize(5);
	}

	@Test
	void aJobAnotherServiceIsRunningIsLeftToIt() throws InterruptedException {
		String id = TestActors.newToken();
		this.neo4j.query("""
				CREATE (:ImportJob {id: $id, format: 'SIRENE', file: '/nowhere.csv', dryRun: false, status: 'RUNNING',
				  rowsRead: 0, created: 0, updated: 0, unchanged: 0, skipped: 0, runner: 'another-service',
				  heartbeat: datetime(), createdAt: datetime(), startedAt: datetime()})""")
			.bind(id)
			.to("id")
			.run();
		Thread.sleep(3 * ImportJobs.LOOK_EVERY_MILLIS);
		assertThat(this.neo4j.query("MATCH (j:ImportJob {id: $id}) RETURN j.runner + ' ' + j.status")
			.bind(id)
			.to("id")
			.fetchAs(String.class)
			.one()).hasValue("another-service RUNNING");
	}

	@Test
	void onlyAdministratorsImportAndOnlyFromTheImportFolder() throws IOException {
		String file = write(line(newSiret(), "Atelier", "23096", "25.62A", "A", "NAFRev2", "", ""));
		TestCallers.signIn("import-member", Role.MEMBER, Role.FACILITATOR);
		assertThat(errorOf(file)).isEqualTo("FORBIDDEN");
		TestCallers.signIn("import-admin", Role.ADMIN);
		assertThat(errorOf("../pom.xml")).isEqualTo("BAD_REQUEST");
		assertThat(errorOf("/etc/passwd")).isEqualTo("BAD_REQUEST");
		assertThat(errorOf("absent.csv")).isEqualTo("BAD_REQUEST");
		// a link in the folder to a file outside it is refused too: rejected lines come back with their values
		Path link = folder().resolve("lien-" + TestActors.newToken() + ".csv");
		Files.createSymbolicLink(link, Path.of("pom.xml").toAbsolutePath());
		assertThat(errorOf(link.getFileName().toString())).isEqualTo("BAD_REQUEST");
	}

	@Test
	void aSemicolonSeparatedFileIsReadAndAFileOfNoKnownLayoutFailsWithTheColumnsItHas() throws IOException {
		Files.createDirectories(folder());
		String name = "point-virgule-" + TestActors.newToken() + ".csv";
		String siret = newSiret();
		Files.writeString(folder().resolve(name), "siret;codeCommuneEtablissement;activitePrincipaleEtablissement\n"
				+ siret + ";23096;25.62A\n", StandardCharsets.UTF_8);
		assertThat(finished(start(name, false))).containsEntry("status", "DONE").containsEntry("created", 1);
		assertThat(actors(List.of(siret))).singleElement().satisfies(actor -> assertThat(actor)
			.containsEntry("commune", "commune:23096"));

		String unknown = "inconnu-" + TestActors.newToken() + ".csv";
		Files.writeString(folder().resolve(unknown), "identifiant,adresse\n1,rue des Forges\n", StandardCharsets.UTF_8);
		Map<String, Object> job = finished(start(unknown, false));
		assertThat(job).containsEntry("status", "FAILED");
		assertThat((String) job.get("error")).contains("neither a SIRENE file", "identifiant, adresse");
	}

	@Test
	void theRejectedLinesDownloadAsTheFilesOwnLayoutWithTheirReason() throws IOException {
		String good = newSiret();
		String file = write(line(good, "Atelier", "23096", "25.62A", "A", "NAFRev2", "", ""),
				line("1234", "Numéro, court", "23096", "25.62A", "A", "NAFRev2", "", ""),
				// a sign a spreadsheet would run as a formula, on a line with one value too many
				line(newSiret(), "=HYPERLINK(\"http://example.org\")", "99999", "25.62A", "A", "NAFRev2", "", "")
						+ ",en trop");
		String id = start(file, true);
		Map<String, Object> job = finished(id);
		String token = KeycloakServer.shared().accessToken("ada", "dev-only-ada");
		ResponseEntity<String> csv = TestHttp.client(this.port).get().uri("/imports/{id}/rejected.csv", id)
			.header("Authorization", "Bearer " + token).header("Accept-Language", "fr").retrieve().toEntity(String.class);
		assertThat(csv.getStatusCode().value()).isEqualTo(200);
		assertThat(job.get("rejectedLinesUrl").toString()).endsWith("/imports/" + id + "/rejected.csv");
		assertThat(csv.getBody()).startsWith(HEADER + ",erreur")
			.contains("1234,,1234,2020-01-15,12,A,\"Numéro, court\",,23096,25.62A,NAFRev2,,,"
					+ "1234 n’est pas un SIRET valide (14 chiffres et une clé de contrôle juste)")
			.contains("'=HYPERLINK")
			.doesNotContain(good);
		ResponseEntity<String> anonymous = TestHttp.client(this.port).get().uri("/imports/{id}/rejected.csv", id)
			.retrieve().toEntity(String.class);
		assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
	}

	private String start(String file, boolean dryRun) {
		return new ImportJobRuns(this.graphQl).start(file, dryRun);
	}

	private String errorOf(String file) {
		List<String> types = new ArrayList<>();
		this.graphQl.document("mutation($file: String!) { startImport(input: {file: $file}) { id } }")
			.variable("file", file)
			.execute()
			.errors()
			.satisfy(errors -> errors.forEach(error -> types.add(String.valueOf(error.getErrorType()))));
		return String.join(",", types);
	}

	private Map<String, Object> finished(String id) {
		return new ImportJobRuns(this.graphQl).finished(id);
	}

	private static List<Map<String, Object>> rejections(Map<String, Object> job) {
		return ImportJobRuns.rejections(job);
	}

	private List<Map<String, Object>> actors(List<String> sirets) {
		return List.copyOf(this.neo4j.query("""
				MATCH (a:Actor) WHERE a.siret IN $sirets
				OPTIONAL MATCH (a)-[:LOCATED_IN]->(c:Commune)
				RETURN a.siret AS siret, a.name AS name, c.id AS commune,
				       [(a)-[:HAS_CORE_TRADE]->(t:Trade) | t.code] AS trades, coalesce(a.active, true) AS active,
				       coalesce(a.publicRecord, false) AS publicRecord,
				       COUNT { (a)<-[:MEMBER_OF]-() } AS owners""")
			.bind(sirets)
			.to("sirets")
			.fetch()
			.all());
	}

	private Path folder() {
		return Path.of(this.properties.folder());
	}

	/** Writes a file of these lines under the import folder, and gives its path relative to it. */
	private String write(String... lines) throws IOException {
		Files.createDirectories(folder());
		String name = "sirene-" + TestActors.newToken() + ".csv";
		Files.writeString(folder().resolve(name),
				HEADER + "\n" + String.join("\n", lines) + (lines.length == 0 ? "" : "\n"), StandardCharsets.UTF_8);
		return name;
	}

	private static String line(String siret, String sign, String commune, String trade, String state,
			String nomenclature, String longitude, String latitude) {
		String siren = siret.length() >= 9 ? siret.substring(0, 9) : siret;
		String nic = siret.length() == 14 ? siret.substring(9) : "";
		String quotedSign = sign.contains(",") || sign.contains("\"") ? "\"" + sign.replace("\"", "\"\"") + "\"" : sign;
		return String.join(",", siren, nic, siret, "2020-01-15", "12", state, quotedSign, "", commune, trade,
				nomenclature, longitude, latitude);
	}

}
