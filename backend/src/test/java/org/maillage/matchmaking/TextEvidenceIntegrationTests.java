package org.maillage.matchmaking;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.maillage.MaillageIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.core.ParameterizedTypeReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evidence found by words says which words, and in which field of which item or actor; and one common word is no
 * evidence: it takes two of the need's words, or one rare word.
 */
@MaillageIntegrationTest
class TextEvidenceIntegrationTests extends MemberRankingTests {

	@Autowired
	TermRarity rarity;

	@Test
	void aTextMatchSaysWhichWordsItFoundAndWhere() {
		signInAsMember();
		// a word of this test's own, so that other tests' actors sharing the database neither outrank nor crowd it
		String seed = ownWord("lupinel");
		register(Map.of("kind", "COMPANY", "sector", "PRIVATE", "name", "Atelier du Warndt " + this.run,
				"commune", "57463", "knowHow", List.of(Map.of("name", "Pelliculage de graines de " + seed,
						"description", "Enrobage à façon", "visibility", "PUBLIC"))));
		register(Map.of("kind", "ASSOCIATION", "sector", "NON_PROFIT", "name", "Semences paysannes " + this.run,
				"commune", "57463", "description", "Conseil en pelliculage des graines, " + seed + " compris."));

		List<Map<String, Object>> evidence = matchesOfThisRun("pelliculage " + seed,
				"coverage { evidence { kind label detail matchedWords field } }")
			.stream()
			.flatMap(match -> ((List<?>) match.get("coverage")).stream())
			.flatMap(covered -> ((List<?>) ((Map<?, ?>) covered).get("evidence")).stream())
			.map(item -> {
				@SuppressWarnings("unchecked")
				Map<String, Object> map = (Map<String, Object>) item;
				return map;
			})
			.toList();

		assertThat(evidence).filteredOn(item -> "KNOW_HOW".equals(item.get("kind")))
			.singleElement()
			.satisfies(item -> {
				assertThat(item.get("matchedWords")).isEqualTo(List.of("Pelliculage", seed));
				assertThat(item.get("field")).isEqualTo("NAME");
				assertThat((String) item.get("detail")).isEqualTo("offers know-how « Pelliculage de graines de " + seed
						+ " », whose name uses « Pelliculage », « " + seed + " » of « pelliculage " + seed + " »");
			});
		assertThat(evidence).filteredOn(item -> "DESCRIPTION".equals(item.get("kind")))
			.singleElement()
			.satisfies(item -> {
				assertThat(item.get("matchedWords")).isEqualTo(List.of("pelliculage", seed));
				assertThat(item.get("field")).isEqualTo("DESCRIPTION");
			});
	}

	@Test
	void theTextSignalQuotesTheWordsInCommonAndNeverAWordEmptyOfSubject() {
		signInAsMember();
		String seed = ownWord("ocrelin");
		register(Map.of("kind", "COMPANY", "sector", "PRIVATE", "name", "Séchoirs " + seed + " " + this.run,
				"commune", "57463", "description", "Séchage non stop des " + seed + "s et des fourrages."));

		Map<String, Object> match = matchesOfThisRun("séchage non valorisé " + seed,
				"signals { signal reason } coverage { evidence { matchedWords } }")
			.stream()
			.findFirst()
			.orElseThrow();

		assertThat((List<?>) match.get("signals")).map(Map.class::cast)
			.filteredOn(signal -> "TEXT_RELEVANCE".equals(signal.get("signal")))
			.singleElement()
			.satisfies(signal -> assertThat(signal.get("reason"))
				.isEqualTo("its visible texts use many of the problem’s words: « " + seed + " », « Séchage »"));
		// the plural in the description is the same word as the name's: quoted once
		// "non" is in the need and in the description, and says nothing of either: it is neither sought nor quoted
		assertThat(match.toString()).doesNotContain("« non »").doesNotContain(", non]").doesNotContain("[non,");
	}

	@Test
	void oneCommonWordIsNoEvidenceButTwoWordsOrARareOneAre() {
		signInAsMember();
		// one word many texts use, two that few do
		String common = wordFortyActorsUse("commun");
		String other = ownWord("autre");
		String rare = ownWord("unique");
		assertThat(this.rarity.rare(common)).as("a word 120 texts use is common here").isFalse();
		register(Map.of("kind", "COMPANY", "sector", "PRIVATE", "name", "Mot rare " + this.run, "commune", "55101",
				"knowHow", List.of(Map.of("name", "Spécialiste du " + rare, "visibility", "PUBLIC"))));
		register(Map.of("kind", "COMPANY", "sector", "PRIVATE", "name", "Mot courant " + this.run, "commune", "55101",
				"knowHow", List.of(Map.of("name", "Spécialiste du " + common, "visibility", "PUBLIC"))));
		register(Map.of("kind", "COMPANY", "sector", "PRIVATE", "name", "Deux mots " + this.run, "commune", "55101",
				"knowHow", List.of(Map.of("name", "Travail du " + common + " et du " + other, "visibility", "PUBLIC"))));

		assertThat(coveredFor(common + " " + rare)).containsExactlyInAnyOrder("Mot rare " + this.run);
		assertThat(coveredFor(common + " " + other)).containsExactlyInAnyOrder("Deux mots " + this.run);
		// when nobody uses the need's other word, the common one is the best hit there is: still no evidence
		assertThat(coveredFor(common + " " + ownWord("absent"))).isEmpty();
	}

	@Test
	void aRareWordOfAnActorsNameAloneWeighsLessThanTheSameWordInADescription() {
		signInAsMember();
		String rare = ownWord("peuplin");
		// a care home called after the tree (its short name would outscore any description), and a grower of it
		register(Map.of("kind", "PUBLIC_BODY", "sector", "PUBLIC", "name", "Résidence Les " + rare + " " + this.run,
				"commune", "55101", "description", "Hébergement de personnes âgées dépendantes."));
		register(Map.of("kind", "COMPANY", "sector", "PRIVATE", "name", "Pépinière " + this.run, "commune", "55101",
				"description", "Plants de " + rare + " en godets, livrés aux exploitants de la vallée."));

		assertThat(coveredFor("approvisionnement en " + rare)).first().isEqualTo("Pépinière " + this.run);
	}

	@Test
	void aProblemsWordsInAnActorsNameWeighLessThanTheSameWordsInADescription() {
		signInAsMember();
		String shells = ownWord("coquelin");
		String husks = ownWord("brouvel");
		String owner = registerActor(Map.of("kind", "COMPANY", "sector", "PRIVATE", "name", "Noiseraie " + this.run,
				"commune", "55545", "coreTrades", List.of("01.25Z"), "description", "Vergers de noyers."));
		// both recover sorted materials, next door: only their words in common can order them, and their names would
		// order a tie the other way
		registerActor(Map.of("kind", "COMPANY", "sector", "PRIVATE", "name", "Les " + shells + " " + husks + " " + this.run,
				"commune", "55545", "coreTrades", List.of("38.32Z"), "description", "Films et reportages d'entreprise."));
		registerActor(Map.of("kind", "COMPANY", "sector", "PRIVATE", "name", "Recyclerie " + this.run, "commune",
				"55545", "coreTrades", List.of("38.32Z"), "description",
				"Reprise des " + shells + " et des " + husks + " triés, broyés en granulats."));

		// the problem's words are this test's own only: no other text in the database competes for the hits
		String problem = addProblem(owner, Map.of("title", "Nos " + shells + " et nos " + husks,
				"needs", List.of(Map.of("kind", "TRADE", "value", "38.32Z"))));

		assertThat(listed(problem)).containsExactly("Recyclerie", "Les " + shells + " " + husks);
	}

	@Test
	void wordsCloseInMeaningAreQuotedAsSuchAndWordsOfMagnitudeAreNoEvidence() {
		signInAsMember();
		register(Map.of("kind", "ASSOCIATION", "sector", "NON_PROFIT", "name", "Chantier solidaire " + this.run,
				"commune", "57463", "knowHow",
				List.of(Map.of("name", "Accompagnement vers l'insertion", "visibility", "PUBLIC"))));
		register(Map.of("kind", "RESEARCH_LAB", "sector", "PUBLIC", "name", "Laboratoire de conservation " + this.run,
				"commune", "57463", "knowHow",
				List.of(Map.of("name", "Études de durée de vie des aliments à taux élevé", "visibility", "PUBLIC"))));

		List<Map<String, Object>> matches = matchesOfThisRun("chômage de longue durée élevé",
				"coverage { evidence { detail matchedWords } } signals { signal reason }");

		// « durée », « élevé » say how long and how much, not of what: the food lab shares no word of the subject
		assertThat(matches).map(match -> (String) ((Map<?, ?>) match.get("actor")).get("name"))
			.containsExactly("Chantier solidaire " + this.run);
		assertThat(matches.get(0).toString())
			.contains("offers know-how « Accompagnement vers l'insertion », whose name uses « insertion », close in "
					+ "meaning to « chômage de longue durée élevé »")
			.contains("its visible texts use words close to the problem’s: « insertion »");
	}

	/**
	 * The matches near Saint-Avold (commune 57463) for a know-how need of these words, among this run's actors only,
	 * each with its actor's name and these fields.
	 */
	private List<Map<String, Object>> matchesOfThisRun(String sought, String fields) {
		return this.graphQl.document("""
				query($sought: String!) { matchActors(needs: [{kind: KNOW_HOW, value: $sought}],
				  filter: {near: "commune:57463"}, first: 100) { edges { node { actor { name } %s } } } }"""
			.formatted(fields))
			.variable("sought", sought)
			.execute()
			.path("matchActors.edges[*].node")
			.entity(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.get()
			.stream()
			.filter(match -> ((String) ((Map<?, ?>) match.get("actor")).get("name")).endsWith(this.run))
			.toList();
	}

	/** The actors of this test whose know-how meets a need for these words. */
	private List<String> coveredFor(String words) {
		List<Map<String, Object>> matches = this.graphQl.document("""
				query($sought: String!) { matchActors(needs: [{kind: KNOW_HOW, value: $sought}],
				  filter: {territories: ["commune:55101"]}, first: 100) { edges { node { actor { name }
				    coverage { strength evidence { kind matchedWords } } } } } }""")
			.variable("sought", words)
			.execute()
			.path("matchActors.edges[*].node")
			.entity(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.get();
		return matches.stream()
			.filter(match -> !((List<?>) match.get("coverage")).isEmpty())
			.map(match -> (String) ((Map<?, ?>) match.get("actor")).get("name"))
			.toList();
	}

	private void register(Map<String, Object> input) {
		this.graphQl.document("mutation($input: RegisterActorInput!) { registerActor(input: $input) { actor { id } } }")
			.variable("input", input)
			.execute()
			.path("registerActor.actor.id")
			.hasValue();
	}

}
