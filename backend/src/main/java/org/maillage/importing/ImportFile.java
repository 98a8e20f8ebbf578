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
 * A file to import: CSV in UTF-8 with a header line naming the columns, read one line at a time whatever its size.
 * INSEE's SIRENE files are comma-separated; an actor file saved by a French spreadsheet is often separated by
 * semicolons: the header line says which (the one it holds more of). Column order does not matter and other columns
 * may be present; what each is for is the layout's business ({@link FileLayout}).
 */
final class ImportFile implements Closeable {

	/** How much of the file's start is read to find the header line's separator. */
	private static final int HEADER_LIMIT = 8_192;

	private final BufferedReader reader;

	private final MappingIterator<Map<String, String>> lines;

	private long line = 1;

	ImportFile(Path path) throws IOException {
		this.reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
		// a byte-order mark, as spreadsheet software writes one, is not part of the first column's name
		this.reader.mark(1);
		if (this.reader.read() != '\uFEFF') {
			this.reader.reset();
		}
		try {
			char separator = separator(this.reader);
			// a line with more values than the header has columns keeps those it has names for, rather than stopping
			// the whole file
			CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.IGNORE_TRAILING_UNMAPPABLE).build();
			this.lines = mapper.readerFor(Map.class)
				.with(CsvSchema.emptySchema().withHeader().withColumnSeparator(separator))
				.readValues(this.reader);
		}
		catch (JacksonException ex) {
			this.reader.close();
			throw new IOException(ex.getOriginalMessage(), ex);
		}
	}

	/** A semicolon when the header line holds more of them than commas, else a comma; the reader is left unmoved. */
	private static char separator(BufferedReader reader) throws IOException {
		reader.mark(HEADER_LIMIT);
		char[] start = new char[HEADER_LIMIT];
		int read = reader.read(start, 0, HEADER_LIMIT);
		reader.reset();
		long commas = 0;
		long semicolons = 0;
		for (int i = 0; i < Math.max(0, read) && start[i] != '\n'; i++) {
			commas += start[i] == ',' ? 1 : 0;
			semicolons += start[i] == ';' ? 1 : 0;
		}
		return semicolons > commas ? ';' : ',';
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
