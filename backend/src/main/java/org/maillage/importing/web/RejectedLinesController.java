package org.maillage.importing.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.maillage.core.Messages;
import org.maillage.core.PageRequest;
import org.maillage.importing.ImportJob;
import org.maillage.importing.ImportJobs;

import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /imports/{id}/rejected.csv}: an import's rejected lines as they were read, in the file's own layout
 * (comma-separated, its header) with an {@code erreur} column, so that an operator fixes them and imports that file
 * again. Administrators only, with a bearer token.
 */
@RestController
class RejectedLinesController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private static final int PAGE = 1_000;

	private final ImportJobs jobs;

	private final Messages messages;

	/** Quotes only the values that need it, as the files imported are written. */
	private final CsvMapper csv = CsvMapper.builder().enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING).build();

	RejectedLinesController(ImportJobs jobs, Messages messages) {
		this.jobs = jobs;
		this.messages = messages;
	}

	/**
	 * A value as text: one starting with = + - @ gets a leading quote, so that a spreadsheet never runs a value an
	 * establishment chose (its sign) as a formula; an import of the file takes the quote off again.
	 */
	static String text(String value) {
		return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
	}

	@GetMapping("/imports/{id}/rejected.csv")
	ResponseEntity<String> rejected(@PathVariable String id, Locale locale) {
		ImportJob job = this.jobs.find(id);
		List<String> header = new ArrayList<>(this.jobs.header(id));
		header.add("erreur");
		List<List<String>> rows = new ArrayList<>();
		rows.add(header);
		for (long offset = 0;; offset += PAGE) {
			List<ImportJob.Rejection> page = this.jobs.rejections(id, new PageRequest(offset, PAGE, null))
				.edges()
				.stream()
				.map(edge -> edge.node())
				.toList();
			page.forEach(rejection -> {
				List<String> row = new ArrayList<>(rejection.values().stream().map(RejectedLinesController::text).toList());
				row.add(text(this.messages.render(rejection.reason(), locale)));
				rows.add(row);
			});
			if (page.size() < PAGE) {
				break;
			}
		}
		String body = this.csv.writer(CsvSchema.emptySchema()).writeValueAsString(rows);
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("rejets-" + job.id() + ".csv").build().toString())
			.body(body);
	}

}
