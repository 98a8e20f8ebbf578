package org.maillage;

import java.util.Arrays;

import org.maillage.security.Role;

import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

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

	public static void signOut() {
		SecurityContextHolder.clearContext();
	}

}
