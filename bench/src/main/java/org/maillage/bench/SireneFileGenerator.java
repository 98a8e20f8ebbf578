package org.maillage.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a file in INSEE's {@code StockEtablissement} layout for the import benchmark: establishments in the
 * communes of the default régions (weighted by population), with NAF rev. 2 subclasses, about 10 % closed, 5 % not
 * diffused ({@code [ND]} sign), 30 % geocoded, and about 1 % of lines an import must reject (a wrong check digit, a
 * commune outside the reference, the older NAF nomenclature), so that the measure includes rejected lines.
 * <p>
 * Usage: {@code SireneFileGenerator ROWS FILE [SEED]}
 */
public final class SireneFileGenerator {

	static final String HEADER = "siren,nic,siret,statutDiffusionEtablissement,dateCreationEtablissement,"
			+ "trancheEffectifsEtablissement,etatAdministratifEtablissement,enseigne1Etablissement,"
			+ "denominationUsuelleEtablissement,codeCommuneEtablissement,activitePrincipaleEtablissement,"
			+ "nomenclatureActivitePrincipaleEtablissement,longitude,latitude";

	private static final List<String> BANDS = List.of("NN", "00", "01", "02", "03", "11", "12", "21", "22", "31");

	private SireneFileGenerator() {
	}

	public static void main(String[] args) throws IOException {
		int rows = Integer.parseInt(args[0].replace("_", ""));
		Path file = Path.of(args[1]);
		SplittableRandom random = new SplittableRandom(args.length > 2 ? Long.parseLong(args[2]) : 42);
		ReferenceData reference = ReferenceData.load(ReferenceData.DEFAULT_REGIONS);
		WeightedChoice<ReferenceData.Commune> communes = WeightedChoice.of(reference.communes(),
				ReferenceData.Commune::population);
		List<ReferenceData.Trade> trades = reference.subclasses();
		Files.createDirectories(file.toAbsolutePath().getParent());
		long start = System.nanoTime();
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write(HEADER);
			out.write('\n');
			for (int i = 0; i < rows; i++) {
				String siren = String.format(Locale.ROOT, "%09d", 700_000_000 + i);
				String nic = "00012";
				String siret = withCheckDigit(siren + nic.substring(0, 4));
				ReferenceData.Commune commune = communes.pick(random);
				String trade = trades.get(random.nextInt(trades.size())).code();
				String nomenclature = "NAFRev2";
				String communeCode = commune.code();
				int fault = random.nextInt(300);
				if (fault == 0) {
					siret = siret.substring(0, 13) + ((siret.charAt(13) - '0' + 1) % 10);
				}
				else if (fault == 1) {
					communeCode = "99999";
				}
				else if (fault == 2) {
					nomenclature = "NAFRev1";
				}
				String sign = random.nextInt(20) == 0 ? "[ND]" : "Établissement " + (i + 1) + " " + commune.name();
				boolean geocoded = random.nextInt(10) < 3;
				String longitude = geocoded ? String.format(Locale.ROOT, "%.5f", 2 + random.nextDouble() * 5) : "";
				String latitude = geocoded ? String.format(Locale.ROOT, "%.5f", 46 + random.nextDouble() * 4) : "";
				out.write(String.join(",", siren, siret.substring(9), siret, "O",
						String.format(Locale.ROOT, "%04d-%02d-%02d", 1970 + random.nextInt(55), 1 + random.nextInt(12),
								1 + random.nextInt(28)),
						BANDS.get(random.nextInt(BANDS.size())), random.nextInt(10) == 0 ? "F" : "A", quoted(sign), "",
						communeCode, trade, nomenclature, longitude, latitude));
				out.write('\n');
			}
		}
		System.out.printf(Locale.ROOT, "%,d SIRENE lines written to %s (%,d bytes) in %.1f s%n", rows, file,
				Files.size(file), (System.nanoTime() - start) / 1e9);
	}

	private static String quoted(String value) {
		return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
	}

	/** The 13 digits and the Luhn check digit that makes them a valid SIRET. */
	static String withCheckDigit(String thirteen) {
		for (int check = 0; check < 10; check++) {
			String candidate = thirteen + check;
			int sum = 0;
			for (int i = 0; i < 14; i++) {
				int digit = candidate.charAt(13 - i) - '0';
				if (i % 2 == 1) {
					digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
				}
				sum += digit;
			}
			if (sum % 10 == 0) {
				return candidate;
			}
		}
		throw new IllegalStateException(thirteen);
	}

}
