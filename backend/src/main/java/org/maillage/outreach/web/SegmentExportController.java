package org.maillage.outreach.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.maillage.actor.ConsentedContact;
import org.maillage.audit.AuditTrail;
import org.maillage.outreach.Segment;
import org.maillage.outreach.Segments;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /segments/{id}/contacts.csv}: a segment's consented contacts as CSV, for its owner (a decision-maker or
 * facilitator with a bearer token). Semicolon-separated UTF-8 with a byte-order mark, which French spreadsheet
 * software opens as columns; every export is in the audit trail with the number of contacts it gave.
 */
@RestController
class SegmentExportController {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final Segments segments;

	private final AuditTrail trail;

	SegmentExportController(Segments segments, AuditTrail trail) {
		this.segments = segments;
		this.trail = trail;
	}

	@GetMapping("/segments/{id}/contacts.csv")
	ResponseEntity<String> contacts(@PathVariable String id) {
		Segment segment = this.segments.mine(id, "exportSegment");
		List<ConsentedContact> contacts = this.segments.consentedContacts(segment);
		StringBuilder csv = new StringBuilder("\uFEFF").append("actor_id;actor_name;commune;kind;label;value\r\n");
		for (ConsentedContact contact : contacts) {
			csv.append(String.join(";", cell(contact.actorId()), cell(contact.actorName()), cell(contact.communeId()),
					cell(contact.kind().name()), cell(contact.label()), cell(contact.value())))
				.append("\r\n");
		}
		this.trail.recordDone("exportSegmentContacts", segment.id() + " (" + contacts.size() + ")");
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("segment-" + segment.id() + ".csv").build().toString())
			.body(csv.toString());
	}

	/**
	 * A cell quoted when it holds a separator, a quote or a line break (RFC 4180, with ";"); a leading = + - @ is
	 * prefixed with a quote so that a spreadsheet never runs a value typed by an actor as a formula.
	 */
	static String cell(String value) {
		if (value == null) {
			return "";
		}
		String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

}
