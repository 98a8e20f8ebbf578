package org.maillage;

import java.util.Arrays;

import org.maillage.security.Role;

import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

/**
 * Acts as a signed-in caller in tests that call the GraphQL engine directly (no HTTP, so no token): the security
 * context then holds what a validated token would give, a subject and roles. The HTTP tests use real tokens.
 */
public final class TestCallers {

	private TestCallers() {
	}

	/** Signs in as {@code subject}, username the same, verified e-mail {@code <subject>@example.org}. */
	public static void signIn(String subject, Role... roles) {
		signIn(subject, true, roles);
	}

	/** Signs in with the e-mail address {@code <subject>@example.org}, verified or not by the sign-in service. */
	public static void signIn(String subject, boolean emailVerified, Role... roles) {
		signInWithEmail(subject, subject + "@example.org", emailVerified, roles);
	}

	/** Signs in with this e-mail address, verified or not by the sign-in service. */
	public static void signInWithEmail(String subject, String email, boolean emailVerified, Role... roles) {
		Jwt token = Jwt.withTokenValue("test-" + subject)
			.header("alg", "none")
			.subject(subject)
			.claim("preferred_username", subject)
			.claim("email", email)
			.claim("email_verified", emailVerified)
			.build();
		List<GrantedAuthority> authorities = Arrays.stream(roles)
			.map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
			.toList();
		SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(token, authorities, subject));
	}

	/**
	 * Acts as the holder of a real token: decoded and checked by the service's own decoder, turned into roles by
	 * its own converter, as the HTTP filter does.
	 */
	public static void signInWithToken(String token, JwtDecoder decoder, JwtAuthenticationConverter converter) {
		SecurityContextHolder.getContext().setAuthentication(converter.convert(decoder.decode(token)));
	}

	public static void signOut() {
		SecurityContextHolder.clearContext();
	}

}
