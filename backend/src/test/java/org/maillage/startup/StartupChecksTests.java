package org.maillage.startup;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.MaillageApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What would stop the service from starting is found before anything starts, and said in words an operator acts on. */
class StartupChecksTests {

	@TempDir
	Path folder;

	@Test
	void aSoundConfigurationPasses() {
		assertThatCode(() -> StartupChecks.check(environment())).doesNotThrowAnyException();
	}

	@Test
	void aPortAlreadyTakenIsFoundAtOnce() throws IOException {
		try (ServerSocket taken = new ServerSocket()) {
			taken.bind(new InetSocketAddress(0));
			MockEnvironment environment = environment().withProperty("server.port", String.valueOf(taken.getLocalPort()));
			assertThatThrownBy(() -> StartupChecks.check(environment)).isInstanceOf(StartupCheckFailure.class)
				.hasMessageStartingWith("The HTTP (PORT) port " + taken.getLocalPort() + " is already in use");
		}
	}

	@Test
	void aDataFolderInUseOrUnwritableIsFoundAtOnce() throws IOException {
		Path lock = Files.createDirectories(this.folder.resolve("neo4j/data/databases")).resolve("store_lock");
		try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
				FileLock held = channel.lock()) {
			assertThatThrownBy(() -> StartupChecks.check(environment())).isInstanceOf(StartupCheckFailure.class)
				.hasMessageEndingWith("/neo4j is in use by another running service.");
		}
		Path file = Files.createFile(this.folder.resolve("a-file"));
		MockEnvironment unwritable = environment().withProperty("maillage.database.embedded.data-directory",
				file.resolve("neo4j").toString());
		assertThatThrownBy(() -> StartupChecks.check(unwritable)).isInstanceOf(StartupCheckFailure.class)
			.hasMessageContaining("cannot be written");
	}

	@Test
	void malformedAddressesAndAnUnreachableDatabaseAreFoundAtOnce() throws IOException {
		assertThatThrownBy(() -> StartupChecks.check(environment()
			.withProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri", "keycloak:8180/realms/maillage")))
			.hasMessage("The sign-in service's address (MAILLAGE_ISSUER_URI) 'keycloak:8180/realms/maillage' "
					+ "is not an http(s) address.");
		assertThatThrownBy(() -> StartupChecks.check(environment().withProperty("maillage.public-url", "example.org")))
			.hasMessageContaining("MAILLAGE_PUBLIC_URL");
		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		assertThatThrownBy(() -> StartupChecks.check(environment().withProperty("spring.neo4j.uri",
				"neo4j://127.0.0.1:" + closed)))
			.hasMessageStartingWith("The database at 127.0.0.1:" + closed + " cannot be reached");
	}

	@Test
	void theServiceStopsBeforeStartingAnythingWhenACheckFails() throws IOException {
		try (ServerSocket taken = new ServerSocket()) {
			taken.bind(new InetSocketAddress(0));
			Path data = this.folder.resolve("never-created");
			assertThatThrownBy(() -> new SpringApplicationBuilder(MaillageApplication.class).run(
					"--server.port=" + taken.getLocalPort(), "--maillage.database.embedded.data-directory=" + data))
				.isInstanceOf(StartupCheckFailure.class);
			assertThat(data.resolve("data")).as("no database was started").doesNotExist();
		}
	}

	private MockEnvironment environment() {
		return new MockEnvironment().withProperty("server.port", "0")
			.withProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri", "http://127.0.0.1:8180/realms/maillage")
			.withProperty("maillage.database.embedded.data-directory", this.folder.resolve("neo4j").toString());
	}

}
