package org.maillage.importing;

import org.maillage.actor.ActorKind;
import org.maillage.actor.Sector;

/**
 * What an establishment is, from its legal unit's category ({@code categorieJuridiqueUniteLegale}, INSEE's
 * "catégories juridiques", four digits whose first says the family) and its main activity: the directory's kind and
 * sector. Without a category (a file not joined with legal units), an establishment is a private company.
 */
final class LegalCategories {

	private LegalCategories() {
	}

	/** The kind and sector of an establishment of this legal category (or null) and NAF subclass. */
	static KindAndSector of(String category, String trade) {
		KindAndSector family = family(category);
		if (trade.startsWith("72.1") && family.sector() != Sector.PRIVATE) {
			// research and development by a public or non-profit body: a lab
			return new KindAndSector(ActorKind.RESEARCH_LAB,
					family.sector() == Sector.PUBLIC ? Sector.ACADEMIC : family.sector());
		}
		if (trade.startsWith("85.59") || trade.equals("85.32Z") || trade.startsWith("85.4")) {
			return new KindAndSector(ActorKind.TRAINING_BODY, family.sector());
		}
		return family;
	}

	private static KindAndSector family(String category) {
		if (category == null || category.isEmpty()) {
			return new KindAndSector(ActorKind.COMPANY, Sector.PRIVATE);
		}
		// 7383 universities and 7385 public research bodies (CNRS, INRAE…) are academic
		if (category.equals("7383") || category.equals("7385")) {
			return new KindAndSector(ActorKind.RESEARCH_LAB, Sector.ACADEMIC);
		}
		return switch (category.charAt(0)) {
			// public bodies: administrative (State, local authorities, public establishments) or commercial (EPIC)
			case '4', '7' -> new KindAndSector(ActorKind.PUBLIC_BODY, Sector.PUBLIC);
			// associations (92xx) and foundations (93xx)
			case '9' -> category.startsWith("92") || category.startsWith("93")
					? new KindAndSector(ActorKind.ASSOCIATION, Sector.NON_PROFIT)
					: new KindAndSector(ActorKind.OTHER, Sector.NON_PROFIT);
			// mutual insurers, works councils, trade unions…
			case '8' -> new KindAndSector(ActorKind.OTHER, Sector.NON_PROFIT);
			default -> new KindAndSector(ActorKind.COMPANY, Sector.PRIVATE);
		};
	}

	record KindAndSector(ActorKind kind, Sector sector) {
	}

}
