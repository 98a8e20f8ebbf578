package org.maillage.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The development realm, imported into a real Keycloak, gives each demo user a token carrying its role, for the API
 * as audience; a wrong password gets none.
 */
class KeycloakRealmIntegrationTests {

	private final KeycloakServer keycloak = KeycloakServer.shared();

	@Test
	void everyDemoUserGetsATokenWithItsRoleForTheApi() {
		Map<String, String> roles = Map.of("alice", "MEMBER", "bruno", "MEMBER", "maya", "MEMBER", "fatima",
				"FACILITATOR", "denis", "DECISION_MAKER", "ada", "ADMIN");
		roles.forEach((user, role) -> {
			Map<String, Object> claims = claims(this.keycloak.accessToken(user, "dev-only-" + user));
			assertThat(claims).containsEntry("iss", this.keycloak.issuer())
				.containsEntry("preferred_username", user);
			assertThat(((Map<?, ?>) claims.get("realm_access")).get("roles")).asInstanceOf(
					org.assertj.core.api.InstanceOfAssertFactories.LIST).contains(role);
			Object audience = claims.get("aud");
			assertThat(audience instanceof List<?> list ? list : List.of(audience)).contains("maillage-api");
		});
	}

	@Test
	void aWrongPasswordGetsNoToken() {
		Map<String, Object> answer = this.keycloak.tokenResponse("alice", "not-her-password");
		assertThat(answer).doesNotContainKey("access_token").containsEntry("error", "invalid_grant");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> claims(String jwt) {
		String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
		return JsonMapper.builder().build().readValue(payload, Map.class);
	}

}
