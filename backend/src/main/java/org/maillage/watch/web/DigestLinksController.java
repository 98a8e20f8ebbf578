package org.maillage.watch.web;

import java.util.Locale;

import org.maillage.core.Message;
import org.maillage.core.Messages;
import org.maillage.watch.Digests;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The links of the digest e-mails, followed with one click and no sign-in: the token in the link is the proof. A
 * plain-text answer in the reader's language says what happened.
 */
@RestController
class DigestLinksController {

	private final Digests digests;

	private final Messages messages;

	DigestLinksController(Digests digests, Messages messages) {
		this.digests = digests;
		this.messages = messages;
	}

	@GetMapping("/watch/digest/confirm")
	ResponseEntity<String> confirm(@RequestParam(required = false) String token, Locale locale) {
		return this.digests.confirm(token) ? answer(HttpStatus.OK, "watch.digest.confirmed", locale)
				: answer(HttpStatus.NOT_FOUND, "watch.digest.link.unknown", locale);
	}

	@GetMapping("/watch/digest/unsubscribe")
	ResponseEntity<String> unsubscribe(@RequestParam(required = false) String token, Locale locale) {
		return this.digests.unsubscribe(token) ? answer(HttpStatus.OK, "watch.digest.unsubscribed", locale)
				: answer(HttpStatus.NOT_FOUND, "watch.digest.link.unknown", locale);
	}

	private ResponseEntity<String> answer(HttpStatus status, String key, Locale locale) {
		return ResponseEntity.status(status)
			.contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
			.body(this.messages.render(Message.of(key), locale));
	}

}
