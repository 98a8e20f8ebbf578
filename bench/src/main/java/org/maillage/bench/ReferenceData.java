package org.maillage.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * The NAF rev. 2 codes and the communes a synthetic territory is built on, read from the same files the service
 * loads into the graph ({@code graph-schema}'s {@code neo4j/reference/}), so the generator needs no query to know
 * them and its unit tests run on the real data.
 */
record ReferenceData(List<Commune> communes, List<Trade> trades) {

	/** The régions of the default synthetic territory: Grand Est, Hauts-de-France, Bourgogne-Franche-Comté. */
	static final Set<String> DEFAULT_REGIONS = Set.of("44", "32", "27");

	private static final String REFERENCE = "neo4j/reference/";

	/**
	 * @param id the commune's territory id in the graph, {@code commune:57463}
	 */
	record Commune(String id, String code, String name, String departement, String region, int population) {
	}

	/**
	 * @param division the two digits of the NAF division the code falls under (empty for a section)
	 */
	record Trade(String code, String level, String label, String division) {
	}

	/**
	 * @param regions the INSEE codes of the régions whose communes actors may be in; empty for all of France
	 */
	static ReferenceData load(Set<String> regions) {
		List<Commune> communes = new ArrayList<>();
		readTsv(REFERENCE + "communes.tsv.gz", row -> {
			// code name departement region epci population latitude longitude
			String population = row[5];
			if ((regions.isEmpty() || regions.contains(row[3])) && !population.isBlank()) {
				communes.add(new Commune("commune:" + row[0], row[0], row[1], row[2], row[3],
						Integer.parseInt(population)));
			}
		});
		if (communes.isEmpty()) {
			throw new IllegalArgumentException("No commune in the régions " + regions);
		}
		List<Trade> trades = new ArrayList<>();
		readTsv(REFERENCE + "naf-rev2.tsv", row -> {
			// code level label parent
			String level = row[1];
			String division = level.equals("SECTION") ? "" : row[0].substring(0, 2);
			trades.add(new Trade(row[0], level, row[2], division));
		});
		communes.sort(Comparator.comparing(Commune::id));
		trades.sort(Comparator.comparing(Trade::code));
		return new ReferenceData(List.copyOf(communes), List.copyOf(trades));
	}

	List<Trade> subclasses() {
		return this.trades.stream().filter(trade -> trade.level().equals("SUBCLASS")).toList();
	}

	/** Subclasses by division, divisions in code order. */
	Map<String, List<Trade>> subclassesByDivision() {
		return subclasses().stream()
			.collect(Collectors.groupingBy(Trade::division, LinkedHashMap::new, Collectors.toList()));
	}

	Set<String> codes() {
		return this.trades.stream().map(Trade::code).collect(Collectors.toSet());
	}

	private static void readTsv(String location, Consumer<String[]> rows) {
		ClassLoader loader = ReferenceData.class.getClassLoader();
		try (InputStream raw = loader.getResourceAsStream(location)) {
			if (raw == null) {
				throw new IllegalStateException(location + " is not on the classpath (it comes with graph-schema)");
			}
			InputStream in = location.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			reader.readLine(); // header
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank()) {
					rows.accept(line.split("\t", -1));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + location, ex);
		}
	}

}
