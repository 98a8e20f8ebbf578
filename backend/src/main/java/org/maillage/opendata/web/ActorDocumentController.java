package org.maillage.opendata.web;

import org.maillage.actor.PublicProfiles;
import org.maillage.core.NotFoundException;
import org.maillage.opendata.ActorDocuments;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /actors/{id}}: an actor's public profile as JSON-LD, at its own URI, for anyone. JSON-LD is JSON, so
 * {@code application/json} gets the same document; any other {@code Accept} is refused with 406. The document holds
 * PUBLIC data only, whatever token comes with the request, even its owner's.
 */
@RestController
class ActorDocumentController {

	private final PublicProfiles profiles;

	private final ActorDocuments documents;

	private final JsonMapper json = JsonMapper.builder().build();

	ActorDocumentController(PublicProfiles profiles, ActorDocuments documents) {
		this.profiles = profiles;
		this.documents = documents;
	}

	// bytes, not a String: Spring writes a String as ISO-8859-1 under any type but application/json itself
	@GetMapping(path = "/actors/{id}", produces = { OpenDataHeaders.JSON_LD_VALUE, MediaType.APPLICATION_JSON_VALUE })
	ResponseEntity<byte[]> actor(@PathVariable String id) {
		var profile = this.profiles.find(id).orElseThrow(() -> new NotFoundException("actor", id));
		return ResponseEntity.ok()
			.headers(OpenDataHeaders.open())
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
			.body(this.json.writeValueAsBytes(this.documents.document(profile)));
	}

}
