package org.maillage.importing.graphql;

import java.util.Locale;

import org.maillage.core.Connection;
import org.maillage.core.Messages;
import org.maillage.core.PageRequest;
import org.maillage.core.ServiceAddress;
import org.maillage.importing.ImportJob;
import org.maillage.importing.ImportJobs;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class ImportController {

	private final ImportJobs jobs;

	private final Messages messages;

	private final ServiceAddress address;

	ImportController(ImportJobs jobs, Messages messages, ServiceAddress address) {
		this.jobs = jobs;
		this.messages = messages;
		this.address = address;
	}

	@MutationMapping
	ImportJob startImport(@Argument StartImportInput input) {
		return this.jobs.start(input.file(), Boolean.TRUE.equals(input.dryRun()));
	}

	@QueryMapping
	ImportJob importJob(@Argument String id) {
		return this.jobs.find(id);
	}

	@QueryMapping
	Connection<ImportJob> importJobs(@Argument Integer first, @Argument String after) {
		return this.jobs.list(PageRequest.of(first, after));
	}

	@SchemaMapping(typeName = "ImportJob")
	String error(ImportJob job, Locale locale) {
		return job.error() == null ? null : this.messages.render(job.error(), locale);
	}

	@SchemaMapping(typeName = "ImportJob")
	Connection<ImportJob.Rejection> rejections(ImportJob job, @Argument Integer first, @Argument String after) {
		return this.jobs.rejections(job.id(), PageRequest.of(first, after));
	}

	@SchemaMapping(typeName = "ImportJob")
	String rejectedLinesUrl(ImportJob job) {
		return this.address.resolve("/imports/" + job.id() + "/rejected.csv");
	}

	@SchemaMapping(typeName = "ImportRejection")
	String reason(ImportJob.Rejection rejection, Locale locale) {
		return this.messages.render(rejection.reason(), locale);
	}

	record StartImportInput(String file, Boolean dryRun) {
	}

}
