package org.maillage.core;

import java.net.URI;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the service is reached from outside. Every address the service gives out is built on it (the sign-in
 * challenge's metadata, later the stable URIs of open data), never on the request's {@code Host} header, which a
 * client chooses.
 *
 * @param publicUrl the service's public base URL, as clients reach it through any proxy
 * ({@code MAILLAGE_PUBLIC_URL})
 */
@Validated
@ConfigurationProperties("maillage")
public record ServiceAddress(@NotNull @DefaultValue("http://localhost:8080") URI publicUrl) {

	/** An address under the public URL: {@code path} starts with a slash. */
	public String resolve(String path) {
		String base = this.publicUrl.toString();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
	}

}
