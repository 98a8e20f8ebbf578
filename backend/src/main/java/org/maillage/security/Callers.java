package org.maillage.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Service;

/** Who is calling: read from the request's security context (a validated Keycloak token), never from input. */
@Service
public class Callers {

	/** The signed-in caller, or empty for a public visitor. */
	public Optional<Caller> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		if (authentication instanceof SystemCaller.SystemAuthentication) {
			return Optional.of(Caller.SYSTEM);
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (Role role : Role.values()) {
			if (authentication.getAuthorities().stream().anyMatch(granted -> granted.getAuthority().equals(role.authority()))) {
				roles.add(role);
			}
		}
		String username = authentication.getName();
		String email = null;
		if (authentication instanceof JwtAuthenticationToken token) {
			username = token.getToken().getClaimAsString("preferred_username");
			// An address the sign-in service has not verified proves nothing: invitations go by e-mail address.
			email = Boolean.TRUE.equals(token.getToken().getClaimAsBoolean("email_verified"))
					? token.getToken().getClaimAsString("email") : null;
		}
		return Optional.of(new Caller(authentication.getName(), username == null ? authentication.getName() : username,
				email, roles));
	}

	/**
	 * @param action what needs a signed-in caller, an action of the message catalogue ({@code action.<action>})
	 * @throws org.maillage.core.UnauthorizedException naming that action
	 */
	public Caller requireSignedIn(String action) {
		return current().orElseThrow(() -> new org.maillage.core.UnauthorizedException(action));
	}

}
