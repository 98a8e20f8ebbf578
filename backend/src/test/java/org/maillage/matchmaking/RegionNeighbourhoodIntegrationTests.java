package org.maillage.matchmaking;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.maillage.MaillageIntegrationTest;
import org.maillage.TestCallers;
import org.maillage.actor.ActorDirectory;
import org.maillage.actor.Needs;
import org.maillage.core.PageRequest;
import org.maillage.core.ReadScopes;
import org.maillage.matchmaking.persistence.MatchQueries;
import org.maillage.taxonomy.Trades;
import org.maillage.territory.Territories;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a problem's département and région hold too few of a need's holders, they are read in the région's
 * neighbourhood before the whole country (MatchQueries' rings, {@link RegionNeighbourhoods}). With 10 candidates per
 * need and Corsica's neighbourhood set by the test to Corsica and Occitanie: two holders in Corsica and eight in
 * Occitanie are the ten read, and a holder in Nice is not, though nearer than those of Occitanie (nearest within the
 * neighbourhood, as within a département or a région); with seven in Occitanie, the neighbourhood falls short and the
 * country is read, Nice included. For a trade, shared equipment and a topic alike.
 */
@MaillageIntegrationTest
class RegionNeighbourhoodIntegrationTests extends MemberRankingTests {

	private static final String CORSICA = "region:94";

	private static final String OCCITANIE = "region:76";

	@Autowired
	ApplicationContext context;

	@Test
	void aNeedsHoldersAreReadInTheNeighbourhoodWhenTheRegionHoldsTooFew() {
		signInAsMember();
		String owner = registerActor(Map.of("kind", "COMPANY", "sector", "PRIVATE", "name", "Donneur d'ordre " + this.run,
				"commune", "2A004"));
		List<Map<String, Object>> needs = List.of(Map.of("kind", "TRADE", "value", "32.40Z"),
				Map.of("kind", "EQUIPMENT_CATEGORY", "value", "ADDITIVE_MANUFACTURING"),
				Map.of("kind", "TOPIC", "value", "Jouets de bois " + this.run));
		String problem = addProblem(owner, Map.of("title", "Sous-traitance", "category", "SUPPLY", "needs", needs));
		holder("Atelier corse 1", "2B033", 42.70, 9.45);
		holder("Atelier corse 2", "2B033", 42.69, 9.44);
		for (int i = 1; i <= 7; i++) {
			holder("Atelier occitan " + i, "34172", 43.60 + i * 0.01, 3.88);
		}
		// Nice is 230 km from Ajaccio, Montpellier 440 and Perpignan 480
		holder("Atelier niçois", "06088", 43.70, 7.27);
		TestCallers.signOut();

		for (String kind : List.of("TRADE", "EQUIPMENT_CATEGORY", "TOPIC")) {
			assertThat(mine(problem, kind)).as("%s: nine in the neighbourhood, so the country is read", kind)
				.hasSize(10)
				.contains("Atelier niçois");
		}

		signInAsMember();
		holder("Atelier occitan 8", "66136", 42.70, 2.89);
		TestCallers.signOut();
		for (String kind : List.of("TRADE", "EQUIPMENT_CATEGORY", "TOPIC")) {
			assertThat(mine(problem, kind)).as("%s: ten in the neighbourhood, read alone", kind)
				.hasSize(10)
				.contains("Atelier corse 1", "Atelier corse 2", "Atelier occitan 8")
				.doesNotContain("Atelier niçois");
		}
	}

	/** This test's holders listed for the problem's need of this kind alone. */
	private List<String> mine(String problem, String kind) {
		Matchmaking matchmaking = matchmaking();
		List<org.maillage.actor.Need> needs = matchmaking.needsOf(problem)
			.stream()
			.filter(need -> need.kind().name().equals(kind))
			.toList();
		return matchmaking.match(MatchRequest.forProblem(problem).withNeeds(needs), new PageRequest(0, 100))
			.matches()
			.stream()
			.map(ActorMatch::actorName)
			.filter(name -> name.startsWith("Atelier ") && name.endsWith(" " + this.run))
			.map(name -> name.replace(" " + this.run, ""))
			.toList();
	}

	/** The service's matchmaking with 10 candidates a need and Corsica's neighbourhood set by this test. */
	private Matchmaking matchmaking() {
		MatchmakingProperties defaults = this.context.getBean(MatchmakingProperties.class);
		MatchQueries queries = this.context.getBean(MatchQueries.class);
		RegionNeighbourhoods corsica = new RegionNeighbourhoods(queries) {

			@Override
			Map<String, List<String>> all() {
				return Map.of(CORSICA, List.of(CORSICA, OCCITANIE));
			}

		};
		return new Matchmaking(queries, this.context.getBean(ActorDirectory.class), this.context.getBean(Needs.class),
				this.context.getBean(Trades.class), this.context.getBean(Territories.class),
				this.context.getBean(ReadScopes.class),
				new MatchmakingProperties(defaults.weights(), defaults.thesaurus(), defaults.shortlist(), 10,
						defaults.proximityHalfDistanceKm(), defaults.localKm(), defaults.inferenceThreshold(),
						defaults.markWeight(), false),
				this.context.getBean(TermRarity.class), corsica);
	}

	/** An actor of the trade, with shared public equipment of the category and a public interest in the topic. */
	private void holder(String name, String commune, double latitude, double longitude) {
		String actor = registerActor(Map.of("kind", "COMPANY", "sector", "PRIVATE", "name", name + " " + this.run,
				"commune", commune, "location", Map.of("latitude", latitude, "longitude", longitude), "coreTrades",
				List.of("32.40Z")));
		addEquipmentAndInterest(actor, "ADDITIVE_MANUFACTURING", "Jouets de bois " + this.run, "PUBLIC");
	}

}
