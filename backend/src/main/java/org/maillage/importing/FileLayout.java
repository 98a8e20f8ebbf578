package org.maillage.importing;

import java.util.List;
import java.util.Optional;

/** What a file to import holds, told by its header line. */
enum FileLayout {

	/** SIRENE's succession links ({@code StockEtablissementLiensSuccession}). */
	SUCCESSIONS,
	/** SIRENE legal units ({@code StockUniteLegale}), kept for their establishments' kind, sector and name. */
	LEGAL_UNITS,
	/** SIRENE establishments ({@code StockEtablissement}, joined with legal units or not). */
	SIRENE,
	/** An operator's actor file: one actor per line, columns named as {@link ActorColumns} reads them. */
	ACTORS;

	/** The layout of a file with these columns, if it is one an import reads. */
	static Optional<FileLayout> of(List<String> header) {
		if (header.contains(SuccessionLines.PREDECESSOR)) {
			return Optional.of(SUCCESSIONS);
		}
		if (header.contains("siren") && header.contains("categorieJuridiqueUniteLegale") && !header.contains("siret")) {
			return Optional.of(LEGAL_UNITS);
		}
		if (header.contains("siret") && (header.contains("activitePrincipaleEtablissement")
				|| header.contains("codeCommuneEtablissement"))) {
			return Optional.of(SIRENE);
		}
		return ActorColumns.of(header).has(ActorColumns.Field.NAME) ? Optional.of(ACTORS) : Optional.empty();
	}

}
