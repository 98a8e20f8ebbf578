package org.maillage.importing.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.maillage.core.ServiceAddress;
import org.maillage.importing.ImportJob;
import org.maillage.importing.ImportJobs;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /imports}: an administrator sends a file to import as the request's body (any content type: the
 * service reads its header line), and gets the job at once (202), to follow with the {@code importJob} query. GraphQL
 * carries no files (Spring GraphQL has no multipart uploads), so the file travels over plain HTTP, streamed to disk.
 */
@RestController
class UploadController {

	private final ImportJobs jobs;

	private final ServiceAddress address;

	UploadController(ImportJobs jobs, ServiceAddress address) {
		this.jobs = jobs;
		this.address = address;
	}

	@PostMapping("/imports")
	ResponseEntity<Map<String, Object>> upload(HttpServletRequest request,
			@RequestParam(defaultValue = "false") boolean dryRun, @RequestParam(required = false) String name)
			throws IOException {
		ImportJob job = this.jobs.upload(request.getInputStream(), name, dryRun);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", job.id());
		body.put("status", job.status());
		body.put("dryRun", job.dryRun());
		body.put("rejectedLinesUrl", this.address.resolve("/imports/" + job.id() + "/rejected.csv"));
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(body);
	}

}
