package org.maillage.security;

import java.util.List;

import org.maillage.core.ErrorResponses;
import org.maillage.core.ServiceAddress;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
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
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * An OAuth2 resource server for Keycloak's tokens. Every HTTP request may come in: a request without a token is a
 * public visitor's, and what each operation allows is decided by the services, which know the caller's
 * memberships. A request with a token that fails validation is refused with 401 before anything runs.
 */
// only with the web server: the command-line import runs the service without one
@ConditionalOnWebApplication
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
	SecurityFilterChain api(HttpSecurity http, JwtAuthenticationConverter tokens, ErrorResponses errors,
			ServiceAddress address, @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer)
			throws Exception {
		GraphQlAuthenticationEntryPoint refusal = new GraphQlAuthenticationEntryPoint(errors, address);
		SignInUnavailable unavailable = new SignInUnavailable(refusal, errors);
		http.csrf(csrf -> csrf.disable())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.oauth2ResourceServer(resourceServer -> resourceServer
				.jwt(jwt -> jwt.jwtAuthenticationConverter(tokens))
				.authenticationEntryPoint(refusal)
				// RFC 9728 metadata names the configured public address, never the request's Host header
				.protectedResourceMetadata(metadata -> metadata.protectedResourceMetadataCustomizer(
						builder -> builder.resource(address.resolve("")).authorizationServer(issuer)))
				.withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {

					@Override
					public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
						filter.setAuthenticationFailureHandler(unavailable);
						return filter;
					}

				}));
		return http.build();
	}

	/**
	 * Validates signature (keys from the issuer), expiry, issuer and audience. Resolved on the first token, not at
	 * start-up, so the service starts even while the sign-in service is still starting or briefly away; a token
	 * that cannot be checked meanwhile is answered 503 ({@link SignInUnavailable}).
	 */
	@Bean
	JwtDecoder jwtDecoder(@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer,
			SecurityProperties properties) {
		return new IssuerJwtDecoder(new SupplierJwtDecoder(() -> {
			NimbusJwtDecoder decoder = JwtDecoders.fromIssuerLocation(issuer);
			decoder.setJwtValidator(validator(issuer, properties.clientId()));
			return decoder;
		}));
	}

	/** Expiry and not-before (with Spring's default minute of clock skew), issuer, and our client in the audience. */
	static OAuth2TokenValidator<Jwt> validator(String issuer, String clientId) {
		return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
				new JwtClaimValidator<List<String>>("aud", audience -> audience != null && audience.contains(clientId)));
	}

}
