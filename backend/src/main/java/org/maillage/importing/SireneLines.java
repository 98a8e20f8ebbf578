package org.maillage.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;

import org.maillage.actor.LegalUnit;
import org.maillage.actor.PublicRecord;
import org.maillage.actor.Siret;
import org.maillage.core.Message;

/**
 * Reads a SIRENE line as a public record, or says why it cannot be one. Columns (INSEE's names): {@code siret},
 * {@code activitePrincipaleEtablissement} with {@code nomenclatureActivitePrincipaleEtablissement} (NAFRev2 only),
 * {@code codeCommuneEtablissement}, {@code etatAdministratifEtablissement} ({@code F}: closed),
 * {@code trancheEffectifsEtablissement}, {@code dateCreationEtablissement}, the name from {@code enseigne1Etablissement},
 * {@code denominationUsuelleEtablissement} or, in a file joined with legal units, {@code denominationUniteLegale};
 * in such a file, the kind and sector from {@code categorieJuridiqueUniteLegale} ({@link LegalCategories});
 * optional {@code longitude} and {@code latitude}. A value INSEE does not diffuse ({@code [ND]}) counts as absent:
 * such a line is imported with what is public.
 */
final class SireneLines implements RecordLines {

	private static final Pattern NAF_SUBCLASS = Pattern.compile("[0-9]{2}\\.[0-9]{2}[A-Z]");

	private final KnownPlaces known;

	/** The legal units imported from their own file, by SIREN, for the batch's lines a joined file would describe. */
	private final Map<String, LegalUnit> units;

	SireneLines(KnownPlaces known, Map<String, LegalUnit> units) {
		this.known = known;
		this.units = units;
	}

	@Override
	public CheckedRecord check(ImportFile.Line line) {
		String siret = line.get("siret");
		if (siret == null) {
			return CheckedRecord.rejected(Message.of("import.siret.missing"));
		}
		if (!Siret.isValid(siret)) {
			return CheckedRecord.rejected(Message.of("import.siret.invalid", siret));
		}
		String nomenclature = line.get("nomenclatureActivitePrincipaleEtablissement");
		if (nomenclature != null && !"NAFRev2".equals(nomenclature)) {
			return CheckedRecord.rejected(Message.of("import.naf.nomenclature", nomenclature));
		}
		String trade = line.get("activitePrincipaleEtablissement");
		if (trade == null) {
			return CheckedRecord.rejected(Message.of("import.naf.missing"));
		}
		if (!NAF_SUBCLASS.matcher(trade).matches() || !this.known.trade(trade)) {
			return CheckedRecord.rejected(Message.of("import.naf.unknown", trade));
		}
		String commune = line.get("codeCommuneEtablissement");
		if (commune == null) {
			return CheckedRecord.rejected(Message.of("import.commune.missing"));
		}
		String communeId = this.known.communeOfCode(commune).orElse(null);
		if (communeId == null) {
			return CheckedRecord.rejected(Message.of("import.commune.unknown", commune));
		}
		LegalUnit unit = this.units.get(siret.substring(0, 9));
		String category = line.get("categorieJuridiqueUniteLegale");
		LegalCategories.KindAndSector what = LegalCategories.of(category != null || unit == null ? category
				: unit.category(), trade);
		return CheckedRecord.accepted(new PublicRecord(siret, what.kind(), what.sector(), name(line, siret, unit), trade,
				communeId,
				!"F".equals(line.get("etatAdministratifEtablissement")), line.get("trancheEffectifsEtablissement"),
				date(line.get("dateCreationEtablissement")),
				KnownPlaces.point(line.get("latitude"), line.get("longitude"))));
	}

	/**
	 * Its sign, else its usual name, else its legal unit's name (joined, or imported from its own file), else its
	 * number: never a person's name.
	 */
	private static String name(ImportFile.Line line, String siret, LegalUnit unit) {
		for (String column : new String[] { "enseigne1Etablissement", "denominationUsuelleEtablissement",
				"denominationUniteLegale" }) {
			String name = line.get(column);
			if (name != null) {
				return name.length() > 200 ? name.substring(0, 200) : name;
			}
		}
		return unit != null && unit.name() != null ? unit.name() : fallbackName(siret);
	}

	/** The name of an establishment whose file gives none: its number. */
	static String fallbackName(String siret) {
		return "Établissement " + siret;
	}

	private static String date(String value) {
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value).toString();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
