package org.maillage.security;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param clientId the API's client in Keycloak: its client roles count as platform roles, and tokens must name it
 * in their audience
 */
@Validated
@ConfigurationProperties("maillage.security")
public record SecurityProperties(@NotBlank @DefaultValue("maillage-api") String clientId) {
}
