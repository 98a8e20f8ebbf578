package org.maillage.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Our "Keycloak adapter": Keycloak puts realm roles in {@code realm_access.roles} and a client's roles in
 * {@code resource_access.<client>.roles}; both become {@code ROLE_…} authorities. Only the platform's roles count,
 * so Keycloak's own defaults ({@code offline_access}…) grant nothing here.
 */
class KeycloakRolesConverter implements Converter<Jwt, Collection<GrantedAuthority>> {

	private final String clientId;

	KeycloakRolesConverter(String clientId) {
		this.clientId = clientId;
	}

	@Override
	public Collection<GrantedAuthority> convert(Jwt jwt) {
		Set<String> names = new LinkedHashSet<>(roles(jwt.getClaimAsMap("realm_access")));
		Map<String, Object> resourceAccess = jwt.getClaimAsMap("resource_access");
		if (resourceAccess != null && resourceAccess.get(this.clientId) instanceof Map<?, ?> client) {
			names.addAll(roles(client));
		}
		return names.stream()
			.filter(name -> Set.of("MEMBER", "FACILITATOR", "DECISION_MAKER", "ADMIN").contains(name))
			.map(name -> (GrantedAuthority) new SimpleGrantedAuthority(Role.valueOf(name).authority()))
			.toList();
	}

	private static List<String> roles(Map<?, ?> access) {
		if (access == null || !(access.get("roles") instanceof Collection<?> roles)) {
			return List.of();
		}
		return roles.stream().map(String::valueOf).toList();
	}

}
