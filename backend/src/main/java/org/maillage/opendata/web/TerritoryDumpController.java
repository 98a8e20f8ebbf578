package org.maillage.opendata.web;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.maillage.actor.PublicProfile;
import org.maillage.opendata.ActorDocuments;
import org.maillage.opendata.ActorRows;
import org.maillage.opendata.TerritoryDumps;
import org.maillage.territory.Territory;

import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.json.JsonMapper;
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
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A territory's public directory as a file, for anyone: {@code GET /territories/{id}/actors.ndjson} (a
 * {@code Dataset} line with the licence, then one self-contained JSON-LD actor per line) and
 * {@code GET /territories/{id}/actors.csv} (UTF-8, a header, one actor per line), for a région, département, EPCI or
 * commune ({@code departement:57}). Streamed as it is read, a batch at a time: the answer starts at once and memory
 * stays flat whatever the territory's size.
 */
@RestController
class TerritoryDumpController {

	private static final MediaType NDJSON = new MediaType("application", "x-ndjson", StandardCharsets.UTF_8);

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private static final byte[] NEW_LINE = { '\n' };

	private final TerritoryDumps dumps;

	private final ActorDocuments documents;

	private final ActorRows rows;

	private final JsonMapper json = JsonMapper.builder().build();

	/** Quotes only the values that need it, like the other CSV files of the service. */
	private final CsvMapper csv = CsvMapper.builder().enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING).build();

	TerritoryDumpController(TerritoryDumps dumps, ActorDocuments documents, ActorRows rows) {
		this.dumps = dumps;
		this.documents = documents;
		this.rows = rows;
	}

	@GetMapping("/territories/{id}/actors.ndjson")
	ResponseEntity<StreamingResponseBody> ndjson(@PathVariable String id) {
		Territory territory = this.dumps.territory(id);
		StreamingResponseBody body = out -> {
			line(out, this.documents.dataset(territory, TerritoryDumps.placeUri(territory)));
			this.dumps.forEachBatch(territory, batch -> {
				for (PublicProfile actor : batch) {
					line(out, this.documents.document(actor));
				}
				out.flush();
			});
		};
		return file(territory, NDJSON, "ndjson").body(body);
	}

	@GetMapping("/territories/{id}/actors.csv")
	ResponseEntity<StreamingResponseBody> csv(@PathVariable String id) {
		Territory territory = this.dumps.territory(id);
		StreamingResponseBody body = out -> {
			try (SequenceWriter writer = this.csv.writer(CsvSchema.emptySchema()).writeValues(out)) {
				writer.write(ActorRows.HEADER);
				this.dumps.forEachBatch(territory, batch -> {
					for (PublicProfile actor : batch) {
						writer.write(this.rows.row(actor));
					}
					writer.flush();
				});
			}
		};
		return file(territory, CSV, "csv").body(body);
	}

	private void line(OutputStream out, Map<String, Object> document) throws java.io.IOException {
		out.write(this.json.writeValueAsBytes(document));
		out.write(NEW_LINE);
	}

	private static ResponseEntity.BodyBuilder file(Territory territory, MediaType type, String extension) {
		return ResponseEntity.ok()
			.contentType(type)
			.headers(OpenDataHeaders.open())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("acteurs-" + territory.id().replace(':', '-') + "." + extension)
				.build()
				.toString());
	}

}
