package org.maillage.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.maillage.MaillageIntegrationTest;
import org.maillage.TestActors;
import org.maillage.TestHttp;
import org.maillage.security.KeycloakServer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator sends an actor file over HTTP with a real token, larger than any GraphQL request may be, and follows
 * the job it started; nobody else may, and the file is gone once imported. Communes are in Savoie (73).
 */
@MaillageIntegrationTest
class UploadIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	ImportProperties properties;

	@Test
	void anAdministratorSendsAFileLargerThanARequestMayBeAndFollowsItsJob() throws Exception {
		String token = TestActors.newToken();
		StringBuilder file = new StringBuilder("nom;code commune;description\n");
		file.append("Scierie ").append(token).append(";73065;Sciage\n");
		// more than the 64 kB a GraphQL request may carry: the upload's own limit applies
		String padding = "x".repeat(3_000);
		for (int i = 0; i < 30; i++) {
			file.append("Menuiserie ").append(token).append(' ').append(i).append(";73065;").append(padding).append('\n');
		}
		String admin = KeycloakServer.shared().accessToken("ada", "dev-only-ada");
		ResponseEntity<Map> sent = TestHttp.client(this.port).post().uri("/imports?name=acteurs {token}.csv", token)
			.header("Authorization", "Bearer " + admin)
			.contentType(new MediaType("text", "csv"))
			.body(file.toString())
			.retrieve()
			.toEntity(Map.class);
		assertThat(sent.getStatusCode().value()).isEqualTo(202);
		String id = (String) sent.getBody().get("id");
		assertThat(sent.getBody().get("rejectedLinesUrl").toString()).endsWith("/imports/" + id + "/rejected.csv");

		Map<String, Object> job = new ImportJobRuns(this.graphQl).finished(id);
		assertThat(job).containsEntry("status", "DONE").containsEntry("created", 31).containsEntry("skipped", 0);
		try (var uploads = Files.list(Path.of(this.properties.folder()).resolve(ImportJobs.UPLOADS))) {
			assertThat(uploads.map(Path::toString)).noneMatch(path -> path.contains(token));
		}
	}

	@Test
	void onlyAnAdministratorMaySendAFileAndAnEmptyOneIsRefused() throws InterruptedException {
		String member = KeycloakServer.shared().accessToken("alice", "dev-only-alice");
		ResponseEntity<String> refused = asMember(member);
		if (refused.getStatusCode().value() == 503) {
			// the service fetches the sign-in service's keys at the first token it sees, and answers 503 when that
			// fails (SignInOutageIntegrationTests); on a loaded machine the first fetch can: ask again
			Thread.sleep(2_000);
			refused = asMember(member);
		}
		assertThat(refused.getStatusCode().value()).isEqualTo(403);
		assertThat(refused.getBody()).contains("Only administrators");
		ResponseEntity<String> anonymous = TestHttp.client(this.port).post().uri("/imports")
			.body("nom;commune\nA;73065\n").retrieve().toEntity(String.class);
		assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
		String admin = KeycloakServer.shared().accessToken("ada", "dev-only-ada");
		ResponseEntity<String> empty = TestHttp.client(this.port).post().uri("/imports")
			.header("Authorization", "Bearer " + admin).header("Accept-Language", "en")
			.body("").retrieve().toEntity(String.class);
		assertThat(empty.getStatusCode().value()).isEqualTo(400);
		assertThat(empty.getBody()).contains("empty");
	}

	private ResponseEntity<String> asMember(String token) {
		return TestHttp.client(this.port).post().uri("/imports")
			.header("Authorization", "Bearer " + token).header("Accept-Language", "en")
			.body("nom;commune\nA;73065\n").retrieve().toEntity(String.class);
	}

}
