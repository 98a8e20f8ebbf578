package org.maillage.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.maillage.actor.GeoPoint;
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
final class SireneLines {

	private static final Pattern NAF_SUBCLASS = Pattern.compile("[0-9]{2}\\.[0-9]{2}[A-Z]");

	private static final Pattern COMMUNE = Pattern.compile("[0-9]{5}|2[AB][0-9]{3}");

	/** Paris, Lyon and Marseille are communes whose arrondissements SIRENE gives: each is counted in its city. */
	private static final Map<String, String> CITY_OF_ARRONDISSEMENTS = Map.of("751", "75056", "693", "69123", "132",
			"13055");

	private static final Set<String> LYON_ARRONDISSEMENTS = Set.of("69381", "69382", "69383", "69384", "69385", "69386",
			"69387", "69388", "69389");

	private final KnownPlaces known;

	SireneLines(KnownPlaces known) {
		this.known = known;
	}

	/** The line's record, or the reason it is rejected. */
	Checked check(SireneFile.Line line) {
		String siret = line.get("siret");
		if (siret == null) {
			return Checked.rejected(Message.of("import.siret.missing"));
		}
		if (!Siret.isValid(siret)) {
			return Checked.rejected(Message.of("import.siret.invalid", siret));
		}
		String nomenclature = line.get("nomenclatureActivitePrincipaleEtablissement");
		if (nomenclature != null && !"NAFRev2".equals(nomenclature)) {
			return Checked.rejected(Message.of("import.naf.nomenclature", nomenclature));
		}
		String trade = line.get("activitePrincipaleEtablissement");
		if (trade == null) {
			return Checked.rejected(Message.of("import.naf.missing"));
		}
		if (!NAF_SUBCLASS.matcher(trade).matches() || !this.known.trade(trade)) {
			return Checked.rejected(Message.of("import.naf.unknown", trade));
		}
		String commune = line.get("codeCommuneEtablissement");
		if (commune == null) {
			return Checked.rejected(Message.of("import.commune.missing"));
		}
		String communeId = "commune:" + cityOf(commune);
		if (!COMMUNE.matcher(commune).matches() || !this.known.commune(communeId)) {
			return Checked.rejected(Message.of("import.commune.unknown", commune));
		}
		LegalCategories.KindAndSector what = LegalCategories.of(line.get("categorieJuridiqueUniteLegale"), trade);
		return Checked.accepted(new PublicRecord(siret, what.kind(), what.sector(), name(line, siret), trade, communeId,
				!"F".equals(line.get("etatAdministratifEtablissement")), line.get("trancheEffectifsEtablissement"),
				date(line.get("dateCreationEtablissement")), location(line)));
	}

	private static String cityOf(String commune) {
		if (commune.startsWith("751") || commune.startsWith("132") || LYON_ARRONDISSEMENTS.contains(commune)) {
			return CITY_OF_ARRONDISSEMENTS.getOrDefault(commune.substring(0, 3), commune);
		}
		return commune;
	}

	/** Its sign, else its usual name, else its legal unit's name, else its number: never a person's name. */
	private static String name(SireneFile.Line line, String siret) {
		for (String column : new String[] { "enseigne1Etablissement", "denominationUsuelleEtablissement",
				"denominationUniteLegale" }) {
			String name = line.get(column);
			if (name != null) {
				return name.length() > 200 ? name.substring(0, 200) : name;
			}
		}
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

	/** The geocoded point, when both coordinates are numbers in range; none otherwise. */
	private static GeoPoint location(SireneFile.Line line) {
		try {
			String longitude = line.get("longitude");
			String latitude = line.get("latitude");
			if (longitude == null || latitude == null) {
				return null;
			}
			double x = Double.parseDouble(longitude);
			double y = Double.parseDouble(latitude);
			return Math.abs(y) <= 90 && Math.abs(x) <= 180 ? new GeoPoint(y, x) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** A line's record, or why it has none. */
	record Checked(PublicRecord record, Message rejection) {

		static Checked accepted(PublicRecord record) {
			return new Checked(record, null);
		}

		static Checked rejected(Message reason) {
			return new Checked(null, reason);
		}

	}

}
