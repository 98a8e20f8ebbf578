package org.maillage.observatory.web;

import org.maillage.core.Languages;
import org.maillage.observatory.TerritoryReport;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /territories/{id}/report}: a territory's printable report ({@link TerritoryReport}), as HTML, in French
 * or, on {@code Accept-Language: en}, English; with the caller's bearer token when it has one, which decides what the
 * figures count.
 */
@RestController
class TerritoryReportController {

	private final TerritoryReport report;

	TerritoryReportController(TerritoryReport report) {
		this.report = report;
	}

	@GetMapping("/territories/{id}/report")
	ResponseEntity<String> report(@PathVariable String id,
			@RequestHeader(name = "Accept-Language", required = false) String language) {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
			.body(this.report.html(id, Languages.ofAcceptLanguage(language)));
	}

}
