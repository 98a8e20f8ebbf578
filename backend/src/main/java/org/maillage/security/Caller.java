package org.maillage.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * The signed-in person behind a request.
 *
 * @param subject the token's subject: the person's stable id at the sign-in service
 * @param username what the person signs in with
 * @param email the person's e-mail address, if the token carries one that the sign-in service verified
 * @param roles the platform roles the sign-in service grants
 */
public record Caller(String subject, String username, String email, Set<Role> roles) {

	/** The service itself, for work no person asked for (loading the demo territory, imports). */
	public static final Caller SYSTEM = new Caller("maillage-system", "maillage-system", null, EnumSet.of(Role.ADMIN));

	public Caller {
		roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	public boolean isAdmin() {
		return has(Role.ADMIN);
	}

	public boolean isSystem() {
		return this == SYSTEM;
	}

}
