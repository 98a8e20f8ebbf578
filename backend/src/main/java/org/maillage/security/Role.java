package org.maillage.security;

/** Platform roles, granted in Keycloak as realm or client roles of the same names. */
public enum Role {

	MEMBER, FACILITATOR, DECISION_MAKER, ADMIN;

	/** The Spring Security authority for this role. */
	public String authority() {
		return "ROLE_" + name();
	}

}
