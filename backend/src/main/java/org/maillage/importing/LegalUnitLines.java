package org.maillage.importing;

import org.maillage.actor.LegalUnit;
import org.maillage.actor.Siret;
import org.maillage.core.Message;

/**
 * Reads a line of SIRENE's legal units file ({@code StockUniteLegale}): {@code siren}, {@code
 * categorieJuridiqueUniteLegale}, and the name from {@code denominationUniteLegale} or
 * {@code denominationUsuelle1UniteLegale}. A sole trader's name ({@code nomUniteLegale}) is a person's, never read.
 */
final class LegalUnitLines {

	private LegalUnitLines() {
	}

	static Checked check(ImportFile.Line line) {
		String siren = line.get("siren");
		if (siren == null) {
			return Checked.rejected(Message.of("import.siren.missing"));
		}
		if (!Siret.isValidSiren(siren)) {
			return Checked.rejected(Message.of("import.siren.invalid", siren));
		}
		String category = line.get("categorieJuridiqueUniteLegale");
		if (category != null && !category.matches("[0-9]{4}")) {
			return Checked.rejected(Message.of("import.legalCategory.invalid", category));
		}
		String name = line.get("denominationUniteLegale");
		if (name == null) {
			name = line.get("denominationUsuelle1UniteLegale");
		}
		return new Checked(new LegalUnit(siren, category, name == null || name.length() <= 200 ? name
				: name.substring(0, 200)), null);
	}

	/** A line's legal unit, or why it has none. */
	record Checked(LegalUnit unit, Message rejection) {

		static Checked rejected(Message reason) {
			return new Checked(null, reason);
		}

	}

}
