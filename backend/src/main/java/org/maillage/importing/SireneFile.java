package org.maillage.importing;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * An establishment file in INSEE's {@code StockEtablissement} layout (comma-separated, a header line naming the
 * columns, UTF-8), read one line at a time whatever its size. Only the columns an import uses are kept; their order
 * does not matter and others may be present, such as a geocoded file's {@code longitude} and {@code latitude}.
 */
final class SireneFile implements Closeable {

	private final BufferedReader reader;

	private final MappingIterator<Map<String, String>> lines;

	private long line = 1;

	SireneFile(Path path) throws IOException {
		this.reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
		// a byte-order mark, as spreadsheet software writes one, is not part of the first column's name
		this.reader.mark(1);
		if (this.reader.read() != '\uFEFF') {
			this.reader.reset();
		}
		try {
			// a line with more values than the header has columns keeps those it has names for, rather than stopping
			// the whole file
			CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.IGNORE_TRAILING_UNMAPPABLE).build();
			this.lines = mapper.readerFor(Map.class).with(CsvSchema.emptySchema().withHeader()).readValues(this.reader);
		}
		catch (JacksonException ex) {
			this.reader.close();
			throw new IOException(ex.getOriginalMessage(), ex);
		}
	}

	/** The column names, in the file's order: known once a line was read. */
	List<String> header() {
		return this.lines.parserSchema() instanceof CsvSchema schema ? schema.getColumnNames() : List.of();
	}

	/** The next line's values by column, or null at the end; line numbers count the header as line 1. */
	Line next() throws IOException {
		try {
			if (!this.lines.hasNextValue()) {
				return null;
			}
			Map<String, String> values = new LinkedHashMap<>(this.lines.nextValue());
			this.line++;
			return new Line(this.line, values);
		}
		catch (JacksonException ex) {
			throw new MalformedFileException(this.line + 1, ex.getOriginalMessage());
		}
	}

	/** How far the reading went, in characters from the start. */
	long position() {
		return this.lines.parser().currentLocation().getCharOffset();
	}

	@Override
	public void close() throws IOException {
		this.lines.close();
		this.reader.close();
	}

	/** One line of the file: its number and its values by column name. */
	record Line(long number, Map<String, String> values) {

		/**
		 * A column's value, null when absent, empty or not diffused ({@code [ND]}); without the quote a rejected
		 * lines' file put before a value a spreadsheet would take for a formula.
		 */
		String get(String column) {
			String value = this.values.get(column);
			if (value == null) {
				return null;
			}
			String trimmed = value.strip();
			if (trimmed.length() > 1 && trimmed.charAt(0) == '\'' && "=+-@".indexOf(trimmed.charAt(1)) >= 0) {
				trimmed = trimmed.substring(1);
			}
			return trimmed.isEmpty() || "[ND]".equals(trimmed) ? null : trimmed;
		}

	}

	/** A line that is not CSV (a quote never closed, for instance): the file cannot be read past it. */
	static final class MalformedFileException extends IOException {

		private final long line;

		MalformedFileException(long line, String detail) {
			super("Line " + line + ": " + detail);
			this.line = line;
		}

		long line() {
			return this.line;
		}

	}

}
