package org.maillage;

import java.util.Arrays;

import org.maillage.security.Role;

import org.springframework.security.authentication.TestingAuthenticationToken;
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

	public static void signIn(String subject, Role... roles) {
		String[] authorities = Arrays.stream(roles).map(Role::authority).toArray(String[]::new);
		var authentication = new TestingAuthenticationToken(subject, null, authorities);
		authentication.setAuthenticated(true);
		SecurityContextHolder.getContext().setAuthentication(authentication);
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
