package org.maillage.importing;

import org.junit.jupiter.api.Test;

import org.maillage.actor.ActorKind;
import org.maillage.actor.Sector;

import static org.assertj.core.api.Assertions.assertThat;

/** The kind and sector an imported establishment gets from its legal unit's category and its activity. */
class LegalCategoriesTests {

	@Test
	void withoutALegalUnitAnEstablishmentIsAPrivateCompany() {
		assertThat(LegalCategories.of(null, "25.62A")).isEqualTo(kind(ActorKind.COMPANY, Sector.PRIVATE));
		assertThat(LegalCategories.of(null, "72.19Z")).as("private research is a company's")
			.isEqualTo(kind(ActorKind.COMPANY, Sector.PRIVATE));
	}

	@Test
	void theCategorysFamilyTellsPublicBodiesAssociationsAndCompanies() {
		assertThat(LegalCategories.of("7210", "84.11Z")).as("a commune").isEqualTo(kind(ActorKind.PUBLIC_BODY, Sector.PUBLIC));
		assertThat(LegalCategories.of("4110", "35.11Z")).as("an EPIC").isEqualTo(kind(ActorKind.PUBLIC_BODY, Sector.PUBLIC));
		assertThat(LegalCategories.of("9220", "94.99Z")).as("a declared association")
			.isEqualTo(kind(ActorKind.ASSOCIATION, Sector.NON_PROFIT));
		assertThat(LegalCategories.of("9300", "94.99Z")).as("a foundation")
			.isEqualTo(kind(ActorKind.ASSOCIATION, Sector.NON_PROFIT));
		assertThat(LegalCategories.of("8210", "65.12Z")).as("a mutual insurer")
			.isEqualTo(kind(ActorKind.OTHER, Sector.NON_PROFIT));
		assertThat(LegalCategories.of("5710", "25.62A")).as("an SAS").isEqualTo(kind(ActorKind.COMPANY, Sector.PRIVATE));
		assertThat(LegalCategories.of("1000", "43.21A")).as("a sole trader")
			.isEqualTo(kind(ActorKind.COMPANY, Sector.PRIVATE));
	}

	@Test
	void researchAndTrainingAreToldByTheActivity() {
		assertThat(LegalCategories.of("7385", "72.19Z")).as("a public research body")
			.isEqualTo(kind(ActorKind.RESEARCH_LAB, Sector.ACADEMIC));
		assertThat(LegalCategories.of("7389", "72.19Z")).as("a public establishment doing research")
			.isEqualTo(kind(ActorKind.RESEARCH_LAB, Sector.ACADEMIC));
		assertThat(LegalCategories.of("9220", "72.19Z")).as("a research association")
			.isEqualTo(kind(ActorKind.RESEARCH_LAB, Sector.NON_PROFIT));
		assertThat(LegalCategories.of("5710", "85.59A")).as("a private training company")
			.isEqualTo(kind(ActorKind.TRAINING_BODY, Sector.PRIVATE));
		assertThat(LegalCategories.of("7383", "85.42Z")).as("a university")
			.isEqualTo(kind(ActorKind.TRAINING_BODY, Sector.ACADEMIC));
	}

	private static LegalCategories.KindAndSector kind(ActorKind kind, Sector sector) {
		return new LegalCategories.KindAndSector(kind, sector);
	}

}
