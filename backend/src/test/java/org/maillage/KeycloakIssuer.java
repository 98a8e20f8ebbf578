package org.maillage;

import org.maillage.security.KeycloakServer;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points the service under test at the run's Keycloak, which starts beside the application context. */
class KeycloakIssuer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestPropertyValues.of("spring.security.oauth2.resourceserver.jwt.issuer-uri=" + KeycloakServer.shared().issuer())
			.applyTo(context);
	}

}
