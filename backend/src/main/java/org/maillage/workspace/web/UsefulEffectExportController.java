package org.maillage.workspace.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.maillage.core.NotFoundException;
import org.maillage.territory.Territories;
import org.maillage.territory.Territory;
import org.maillage.workspace.UsefulEffect;
import org.maillage.workspace.UsefulEffects;
import org.maillage.workspace.UsefulEffects.ExportedEffect;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /territories/{id}/useful-effects.csv}: the effects that the territory's totals add up, for the caller of
 * the request (a bearer token, or none for the public visitor): effects of groups it may see only. Semicolon-separated
 * UTF-8 with a byte-order mark, as the segment export, which French spreadsheet software opens as columns; read in
 * the request's thread, where the caller is known, at most {@link UsefulEffects#MAX_EXPORTED} effects.
 */
@RestController
class UsefulEffectExportController {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	static final String HEADER = "effect_id;group_id;group_name;indicator;value;unit;period_from;period_to;status;"
			+ "verified_by;beneficiary_ids";

	private final UsefulEffects effects;

	private final Territories territories;

	UsefulEffectExportController(UsefulEffects effects, Territories territories) {
		this.effects = effects;
		this.territories = territories;
	}

	@GetMapping("/territories/{id}/useful-effects.csv")
	ResponseEntity<String> csv(@PathVariable String id, @RequestParam(required = false) String valueChain,
			@RequestParam(defaultValue = "false") boolean verifiedOnly) {
		Territory territory = this.territories.find(id).orElseThrow(() -> new NotFoundException("territory", id));
		List<ExportedEffect> lines = this.effects.exported(territory.id(), valueChain, verifiedOnly);
		StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
		for (ExportedEffect line : lines) {
			UsefulEffect effect = line.effect();
			csv.append(String.join(";", cell(effect.id()), cell(effect.groupId()), cell(line.groupName()),
					cell(effect.indicator().name()), cell(number(effect.value())), cell(effect.indicator().unit()),
					cell(effect.periodFrom().toString()), cell(effect.periodTo().toString()),
					cell(effect.status().name()), cell(effect.verifiedBy()),
					cell(String.join(" ", effect.beneficiaryIds()))))
				.append("\r\n");
		}
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("effets-utiles-" + territory.id().replace(':', '-') + ".csv")
				.build()
				.toString())
			.body(csv.toString());
	}

	/** 12.5, 14 — never 1.4E1. */
	static String number(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	/**
	 * A cell quoted when it holds a separator, a quote or a line break (RFC 4180, with ";"); a leading = + - @ is
	 * prefixed with a quote so that a spreadsheet never runs a value typed by someone (a group's name) as a formula.
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
