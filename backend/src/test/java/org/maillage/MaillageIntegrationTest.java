package org.maillage;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole service on a real embedded Neo4j in a fresh folder, with the reference data loaded and no demo.
 * Every test class carrying this annotation shares one application context (and so one database): tests
 * create their own actors, named with a token of their own, and never assume an empty directory. The service
 * accepts the tokens of the run's real Keycloak ({@link KeycloakIssuer}); tests that call the GraphQL engine
 * directly act as a caller through {@link TestCallers}, and ask for English ({@link EnglishGraphQlTester}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(SignedOutAfterEach.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "maillage.demo.enabled=false",
				"maillage.database.embedded.data-directory=target/test-neo4j/${random.uuid}",
				// tests rank as they go; RankingWarmUpIntegrationTests checks the warm-up itself
				"maillage.matchmaking.warm-up=false",
				// e-mails go to the in-process SMTP server of the tests that read them (GreenMail's test port)
				"spring.mail.host=127.0.0.1", "spring.mail.port=3025", "maillage.mail.send-interval=200ms",
				// the files SireneImportIntegrationTests imports
				"maillage.import.folder=target/test-imports",
				// FreshnessRemindersIntegrationTests runs the reminders itself, when it wants them
				"maillage.freshness.check-interval=0",
				// the funding and watch tests announce deadlines themselves (FundingCalls#warnOfDeadlines)
				"maillage.funding.deadline-check-interval=0",
				// EventRetentionIntegrationTests deletes old watch events itself
				"maillage.watch.retention-check-interval=0",
				// the tests that need the entries' facet codes give them (FacetCodes#numberAwaiting)
				"maillage.directory.facet-codes-interval=0" })
@AutoConfigureGraphQlTester
@ContextConfiguration(initializers = KeycloakIssuer.class)
@Import(EnglishGraphQlTester.class)
public @interface MaillageIntegrationTest {

}
