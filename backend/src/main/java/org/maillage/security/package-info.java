/**
 * Who the caller is and what they may do: Keycloak-issued tokens turned into roles, the people behind them, their
 * memberships of actors, and the read scope every query filters on.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package org.maillage.security;
