package org.maillage.importing;

import org.maillage.actor.Siret;
import org.maillage.actor.Succession;
import org.maillage.core.Message;

/**
 * Reads a line of INSEE's succession links file ({@code StockEtablissementLiensSuccession}):
 * {@code siretEtablissementPredecesseur}, {@code siretEtablissementSuccesseur} and {@code continuiteEconomique}. A
 * link without economic continuity (the successor does something else) is not followed: the predecessor's actor
 * stays as it is, and the successor becomes an actor of its own when the establishments file is imported.
 */
final class SuccessionLines {

	static final String PREDECESSOR = "siretEtablissementPredecesseur";

	static final String SUCCESSOR = "siretEtablissementSuccesseur";

	private SuccessionLines() {
	}

	/** The line's link, or why it is not followed. */
	static Checked check(ImportFile.Line line) {
		String predecessor = line.get(PREDECESSOR);
		String successor = line.get(SUCCESSOR);
		for (String siret : new String[] { predecessor, successor }) {
			if (siret == null) {
				return Checked.rejected(Message.of("import.siret.missing"));
			}
			if (!Siret.isValid(siret)) {
				return Checked.rejected(Message.of("import.siret.invalid", siret));
			}
		}
		if (predecessor.equals(successor)) {
			return Checked.rejected(Message.of("import.succession.same", predecessor));
		}
		if ("false".equalsIgnoreCase(line.get("continuiteEconomique"))) {
			return Checked.rejected(Message.of("import.succession.noContinuity", predecessor, successor));
		}
		return new Checked(new Succession(predecessor, successor), null);
	}

	/** A line's link, or why it has none. */
	record Checked(Succession link, Message rejection) {

		static Checked rejected(Message reason) {
			return new Checked(null, reason);
		}

	}

}
