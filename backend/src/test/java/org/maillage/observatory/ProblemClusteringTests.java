package org.maillage.observatory;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.maillage.observatory.ProblemClustering.Group;
import org.maillage.observatory.ProblemClustering.Item;

import static org.assertj.core.api.Assertions.assertThat;

/** Problems that say and need the same thing end up together; others apart. */
class ProblemClusteringTests {

	@Test
	void problemsSayingTheSameThingInOtherWordsAreGroupedAndOthersKeptApart() {
		List<Group> groups = ProblemClustering.cluster(List.of(
				new Item("Recyclage des aimants permanents", "Nos moteurs usagés contiennent des terres rares",
						List.of("TRADE:38.32Z")),
				new Item("Pénurie de soudeurs qualifiés", "Nous ne trouvons pas de soudeurs pour l'atelier", List.of()),
				new Item("Recycler nos aimants", "Aimants de moteurs électriques en fin de vie, terres rares perdues",
						List.of("TRADE:38.32Z")),
				new Item("Recyclage d'aimants aux terres rares", "Quelle filière pour les aimants ?",
						List.of("TRADE:38.32Z", "TOPIC:terres rares")),
				new Item("Recruter des soudeurs", "Soudeurs qualifiés introuvables", List.of())));
		assertThat(groups).extracting(Group::members)
			.containsExactlyInAnyOrder(List.of(0, 2, 3), List.of(1, 4));
		Group magnets = groups.stream().filter(group -> group.members().contains(0)).findFirst().orElseThrow();
		assertThat(magnets.words()).contains("aimants");
		// stated by all three, unlike the topic stated once
		assertThat(magnets.needs()).containsExactly("TRADE:38.32Z");
	}

	@Test
	void theOldestOfIdenticalProblemsRepresentsTheirGroup() {
		Item flood = new Item("Inondations répétées de la zone d'activités",
				"La zone d'activités est inondée chaque hiver ; nos stocks et nos machines sont touchés",
				List.of("KNOW_HOW:gestion des eaux pluviales", "TOPIC:résilience"));
		List<Group> groups = ProblemClustering.cluster(List.of(
				new Item("Pénurie de soudeurs qualifiés", "Nous ne trouvons pas de soudeurs", List.of()), flood, flood,
				new Item("Recruter des soudeurs", "Soudeurs qualifiés introuvables", List.of()), flood, flood));
		Group floods = groups.stream().filter(group -> group.members().contains(1)).findFirst().orElseThrow();
		assertThat(floods.members()).containsExactly(1, 2, 4, 5);
		assertThat(floods.representative()).isEqualTo(1);
		assertThat(floods.needs()).containsExactly("KNOW_HOW:gestion des eaux pluviales", "TOPIC:résilience");
	}

	@Test
	void wordsAreComparedWithoutAccentsOrPlurals() {
		assertThat(ProblemClustering.stem("énergies")).isEqualTo(ProblemClustering.stem("energie"));
		assertThat(ProblemClustering.stem("aimants")).isEqualTo(ProblemClustering.stem("aimant"));
	}

}
