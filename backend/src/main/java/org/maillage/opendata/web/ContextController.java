package org.maillage.opendata.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

import org.maillage.opendata.OpenDataAddresses;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /ns/maillage.jsonld}: the JSON-LD context every open-data document names, served from the jar as
 * written in the repository ({@code opendata/maillage.jsonld}), so that it is the same for every deployment.
 */
@RestController
class ContextController {

	private final byte[] context;

	ContextController() {
		try (var in = new ClassPathResource("opendata/maillage.jsonld").getInputStream()) {
			this.context = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The JSON-LD context is missing from the jar", ex);
		}
	}

	@GetMapping(OpenDataAddresses.CONTEXT_PATH)
	ResponseEntity<byte[]> context() {
		return ResponseEntity.ok()
			.contentType(OpenDataHeaders.JSON_LD)
			.headers(OpenDataHeaders.open())
			// processors fetch it with every document they read; it changes only with a release
			.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
			.body(this.context);
	}

}
