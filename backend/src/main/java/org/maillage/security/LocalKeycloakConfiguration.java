package org.maillage.security;

import java.nio.file.Path;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * For the README's run command only: when {@code maillage.dev.keycloak.home} is set (the Maven run sets it), the
 * service starts a local Keycloak with the development realm beside itself, stops it when it stops, and prints how
 * to sign in once it serves the realm.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "maillage.dev.keycloak", name = "home")
class LocalKeycloakConfiguration {

	private static final Logger log = LoggerFactory.getLogger(LocalKeycloakConfiguration.class);

	@Bean(destroyMethod = "close")
	LocalKeycloak localKeycloak(@Value("${maillage.dev.keycloak.home}") Path home,
			@Value("${maillage.dev.keycloak.realm}") Path realm,
			@Value("${maillage.dev.keycloak.port:8180}") int port,
			@Value("${maillage.dev.keycloak.management-port:9180}") int managementPort) {
		LocalKeycloak keycloak = LocalKeycloak.launch(home, realm, port, managementPort);
		Thread announcer = new Thread(() -> announce(keycloak), "local-keycloak-announcer");
		announcer.setDaemon(true);
		announcer.start();
		return keycloak;
	}

	private static void announce(LocalKeycloak keycloak) {
		try {
			keycloak.awaitReady(Duration.ofMinutes(4));
			log.info("""

					Keycloak (development only) serves realm {} at {}
					  Demo users, password dev-only-<user>: alice, bruno, maya (MEMBER), fatima (FACILITATOR),
					  denis (DECISION_MAKER), ada (ADMIN). Sign-in console: {}/realms/{}/account
					  A token for GraphiQL (add the header Authorization: Bearer <access_token>):
					    curl -s -d grant_type=password -d client_id=maillage-web -d username=alice \\
					         -d password=dev-only-alice {}/protocol/openid-connect/token
					""", LocalKeycloak.REALM, keycloak.baseUrl(), keycloak.baseUrl(), LocalKeycloak.REALM,
					keycloak.issuer());
		}
		catch (RuntimeException ex) {
			log.warn("The local Keycloak did not start ({}); signed-in operations will be refused", ex.getMessage());
		}
	}

}
