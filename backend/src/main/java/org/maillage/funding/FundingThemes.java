package org.maillage.funding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.maillage.actor.ActorKind;
import org.maillage.actor.ProblemCategory;
import org.maillage.core.TextQuery;

import org.springframework.stereotype.Component;

/**
 * The two vendored tables that tie aides-territoires' words to the project's: {@code funding/themes.tsv} (a theme's
 * words to problem categories, NAF sections and equipment categories) and {@code funding/audiences.tsv} (an audience
 * to actor kinds). Read once; docs/decisions/0026 says why a table rather than text similarity alone.
 */
@Component
class FundingThemes {

	/** What a word of a theme stands for. */
	record Meaning(String word, Set<ProblemCategory> categories, Set<String> nafSections, Set<String> equipment) {
	}

	private final List<Meaning> meanings;

	private final Map<String, Set<ActorKind>> audiences;

	FundingThemes() {
		this.meanings = rows("funding/themes.tsv").stream()
			.map(row -> new Meaning(row[0], enums(ProblemCategory.class, cell(row, 1)), set(cell(row, 2)),
					set(cell(row, 3))))
			.toList();
		Map<String, Set<ActorKind>> kinds = new LinkedHashMap<>();
		rows("funding/audiences.tsv").forEach(row -> kinds.put(row[0], enums(ActorKind.class, cell(row, 1))));
		for (ActorKind kind : ActorKind.values()) {
			kinds.put(normalise(kind.name()), EnumSet.of(kind));
		}
		this.audiences = Map.copyOf(kinds);
	}

	/** The meanings of the words a theme contains (« Déchets|Recyclage » holds « dechets » and « recyclage »). */
	List<Meaning> meaningsOf(String theme) {
		String words = " " + normalise(theme).replaceAll("[^a-z0-9]+", " ") + " ";
		return this.meanings.stream().filter(meaning -> words.contains(" " + meaning.word() + " ")).toList();
	}

	/** The actor kinds an audience stands for; null when the table does not know it. */
	Set<ActorKind> kindsOf(String audience) {
		return this.audiences.get(normalise(audience));
	}

	/** Lower case, without accents, single spaces: how both tables spell their words. */
	static String normalise(String text) {
		String plain = TextQuery.withoutAccents(text == null ? "" : text);
		return plain.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").strip();
	}

	/** The NAF rev. 2 section of a code at any level ({@code C}, {@code 24}, {@code 24.4}, {@code 24.45Z}). */
	static String nafSection(String code) {
		String value = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
		if (value.length() == 1 && Character.isLetter(value.charAt(0))) {
			return value;
		}
		if (value.length() < 2 || !Character.isDigit(value.charAt(0)) || !Character.isDigit(value.charAt(1))) {
			return null;
		}
		int division = Integer.parseInt(value.substring(0, 2));
		int[] firsts = { 1, 5, 10, 35, 36, 41, 45, 49, 55, 58, 64, 68, 69, 77, 84, 85, 86, 90, 94, 97, 99 };
		String sections = "ABCDEFGHIJKLMNOPQRSTU";
		for (int i = firsts.length - 1; i >= 0; i--) {
			if (division >= firsts[i]) {
				return String.valueOf(sections.charAt(i));
			}
		}
		return null;
	}

	private static String cell(String[] row, int index) {
		return index < row.length ? row[index] : "";
	}

	private static Set<String> set(String cell) {
		return Arrays.stream(cell.split(",")).map(String::strip).filter(value -> !value.isEmpty())
			.collect(Collectors.toUnmodifiableSet());
	}

	private static <E extends Enum<E>> Set<E> enums(Class<E> type, String cell) {
		Set<E> values = EnumSet.noneOf(type);
		set(cell).forEach(name -> values.add(Enum.valueOf(type, name)));
		return values;
	}

	private static List<String[]> rows(String resource) {
		try (InputStream in = FundingThemes.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + resource);
			}
			List<String[]> rows = new ArrayList<>();
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank() && !line.startsWith("#")) {
					String[] cells = line.split("\t", -1);
					cells[0] = normalise(cells[0]);
					rows.add(cells);
				}
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
