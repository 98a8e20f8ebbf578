package org.maillage.matchmaking;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Capacity to spare as an actor says it, for the step it concerns; a lack of capacity is not one. */
class SpareCapacityTests {

	private static final List<String> ALLOYS = List.of("alliages", "fours", "traitement", "thermique", "induction");

	@Test
	void idleFurnacesAndAClosingSiteAreSpareCapacityForAStepThatNeedsFurnaces() {
		assertThat(SpareCapacity.in("Trouver une nouvelle activité pour nos fours. Sans nouvelle activité d'ici "
				+ "dix-huit mois, le site fermera.", ALLOYS))
			.contains("Trouver une nouvelle activité pour nos fours.");
		assertThat(SpareCapacity.in("Fonderie créée en 1962. Nos fours à induction sont à l'arrêt deux jours sur cinq.",
				ALLOYS))
			.contains("Nos fours à induction sont à l'arrêt deux jours sur cinq.");
	}

	@Test
	void aLackOfCapacityIsTheOpposite() {
		assertThat(SpareCapacity.in("Capacité de traitement insuffisante. Nos fours sont saturés et les stocks "
				+ "s'accumulent.", ALLOYS)).isEmpty();
		assertThat(SpareCapacity.in("Nous manquons de place : manque de fours de traitement thermique.", ALLOYS))
			.isEmpty();
	}

	@Test
	void difficultiesThatSayNothingOfTheStepDoNotCount() {
		assertThat(SpareCapacity.in("Centre de formation en difficulté, procédure de sauvegarde en cours.", ALLOYS))
			.isEmpty();
	}

}
