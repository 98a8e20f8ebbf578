package org.maillage.security;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * An OAuth2 resource server for Keycloak's tokens. Every HTTP request may come in: a request without a token is a
 * public visitor's, and what each operation allows is decided by the services, which know the caller's
 * memberships. A request with a token that fails validation is refused with 401 before anything runs.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** From a validated token to the request's authentication: subject as name, platform roles as authorities. */
	@Bean
	JwtAuthenticationConverter jwtAuthenticationConverter(SecurityProperties properties) {
		JwtAuthenticationConverter tokens = new JwtAuthenticationConverter();
		tokens.setJwtGrantedAuthoritiesConverter(new KeycloakRolesConverter(properties.clientId()));
		return tokens;
	}

	@Bean
	SecurityFilterChain api(HttpSecurity http, JwtAuthenticationConverter tokens) throws Exception {
		GraphQlAuthenticationEntryPoint refusal = new GraphQlAuthenticationEntryPoint();
		http.csrf(csrf -> csrf.disable())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.oauth2ResourceServer(resourceServer -> resourceServer
				.jwt(jwt -> jwt.jwtAuthenticationConverter(tokens))
				.authenticationEntryPoint(refusal));
		return http.build();
	}

	/**
	 * Validates signature (keys from the issuer), expiry, issuer and audience. Resolved on the first token, not at
	 * start-up, so the service starts even while the sign-in service is still starting or briefly away.
	 */
	@Bean
	JwtDecoder jwtDecoder(@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer,
			SecurityProperties properties) {
		return new SupplierJwtDecoder(() -> {
			NimbusJwtDecoder decoder = JwtDecoders.fromIssuerLocation(issuer);
			decoder.setJwtValidator(validator(issuer, properties.clientId()));
			return decoder;
		});
	}

	/** Expiry and not-before (with Spring's default minute of clock skew), issuer, and our client in the audience. */
	static OAuth2TokenValidator<Jwt> validator(String issuer, String clientId) {
		return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
				new JwtClaimValidator<List<String>>("aud", audience -> audience != null && audience.contains(clientId)));
	}

}
