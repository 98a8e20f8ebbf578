package org.maillage.matchmaking;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.maillage.MaillageIntegrationTest;
import org.maillage.TestCallers;
import org.maillage.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quality tests of a labelled territory kept apart (docs/matchmaking-scenarios.md, "The sets kept apart"): the
 * territory of one folder loaded once, and its problems ranked as a facilitator, with their stated needs and on their
 * text alone, each table printed and held to the bounds the set has reached (docs/matchmaking.md, "On a territory
 * never seen"). Each subclass names its folder and its bounds, with the figures they come from.
 * <p>
 * The sets share one context and one database, and each is alone in it: before a set is loaded, everything the
 * previous one loaded is deleted (all but the reference data and the people who signed in) and the words' rarity is
 * counted again, so that no other set's actors compete and each set measures as in a database of its own — without
 * starting one (about 11 s each).
 */
@MaillageIntegrationTest
@TestPropertySource(properties = "maillage.test.database=matchmaking-kept-apart")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class KeptApartQualityTests {

	/** What each context's database held before its first set: the nodes by label, kept from set to set. */
	private static final Map<ApplicationContext, Map<String, Long>> BEFORE_ANY_SET = new ConcurrentHashMap<>();

	/** Labels of the nodes kept besides: the facilitator who ranks is the same person from set to set. */
	private static final List<String> PEOPLE = List.of("Person");

	/**
	 * What a set's mean figures must stay at or above, and its labelled decoys at or below, over its six top 10s; with
	 * issue 10's precision goals besides, once they are met ({@link LabelledRanking.Measure#holds}).
	 */
	record Bounds(double precisionAt5, double coreRecallAt10, int decoys, boolean precisionGoals) {

		/** Issue 10's precision goals, met, and these bounds on the rest. */
		static Bounds precisionGoals(double coreRecallAt10, int decoys) {
			return new Bounds(0.9, coreRecallAt10, decoys, true);
		}

		/** The figures reached, on a set where issue 10's precision goals are not met yet. */
		static Bounds reached(double precisionAt5, double coreRecallAt10, int decoys) {
			return new Bounds(precisionAt5, coreRecallAt10, decoys, false);
		}

		void heldBy(LabelledRanking.Measure measure) {
			if (this.precisionGoals) {
				measure.holds(this.coreRecallAt10, this.decoys);
			}
			else {
				measure.staysAtLeast(this.precisionAt5, this.coreRecallAt10, this.decoys);
			}
		}

	}

	/**
	 * What the set's labelled actors are offered by "problems I could help with" ({@link OfferedProblems}), which may
	 * only get better: at least this many core actors offered their problem among their first five, at most this many
	 * labelled-irrelevant ones offered the problem they are labelled for.
	 */
	record Offers(int coreAtLeast, int decoysAtMost) {
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	Matchmaking matchmaking;

	private final String folder;

	private final String label;

	private final Bounds stated;

	private final Bounds textAlone;

	private final Offers offers;

	private ScenarioTerritory scenario;

	private LabelledRanking ranking;

	/**
	 * @param folder the test resources folder of the territory ({@link ScenarioTerritory})
	 * @param label the name its tables are printed under
	 * @param stated the bounds with stated needs
	 * @param textAlone the bounds on the problems' text alone
	 * @param offers the bounds on the problems offered to the labelled actors
	 */
	KeptApartQualityTests(String folder, String label, Bounds stated, Bounds textAlone, Offers offers) {
		this.folder = folder;
		this.label = label;
		this.stated = stated;
		this.textAlone = textAlone;
		this.offers = offers;
	}

	@BeforeAll
	void load() {
		emptyOfThePreviousSet();
		this.scenario = ScenarioTerritory.of(this.context, this.folder);
		this.ranking = new LabelledRanking(this.scenario);
		this.context.getBean(TermRarity.class).countProblemWords();
	}

	/** Deletes what an earlier set loaded, and checks that the database holds what it held before the first. */
	private void emptyOfThePreviousSet() {
		Neo4jClient neo4j = this.context.getBean(Neo4jClient.class);
		Map<String, Long> before = BEFORE_ANY_SET.computeIfAbsent(this.context, any -> nodesByLabel(neo4j));
		List<String> kept = Stream.concat(before.keySet().stream(), PEOPLE.stream()).toList();
		neo4j.query("MATCH (n) WHERE NONE(label IN labels(n) WHERE label IN $kept) DETACH DELETE n")
			.bind(kept)
			.to("kept")
			.run();
		// a problem's needs carry the label of a value chain step's, and are left alone once their problem is gone
		neo4j.query("MATCH (need:Need) WHERE NOT EXISTS { (need)--() } DELETE need").run();
		Map<String, Long> now = nodesByLabel(neo4j);
		assertThat(before.keySet().stream().collect(Collectors.toMap(label -> label, label -> now.getOrDefault(label, 0L))))
			.as("the reference data, as before the first set")
			.isEqualTo(before);
	}

	private static Map<String, Long> nodesByLabel(Neo4jClient neo4j) {
		return neo4j.query("MATCH (n) UNWIND labels(n) AS label WITH label WHERE label <> 'Person' "
				+ "RETURN label, count(*) AS nodes")
			.fetch()
			.all()
			.stream()
			.collect(Collectors.toMap(row -> (String) row.get("label"), row -> (Long) row.get("nodes")));
	}

	@Test
	void statedNeedsRankAsMeasured() {
		this.stated.heldBy(measure(this.label, false));
	}

	@Test
	void textAloneRanksAsMeasured() {
		this.textAlone.heldBy(measure(this.label + ", text only", true));
	}

	/** Each labelled actor's "problems I could help with", as a facilitator sees them, against its labels. */
	@Test
	void problemsAreOfferedAsMeasured() {
		TestCallers.signIn("unseen-facilitator", Role.FACILITATOR);
		new OfferedProblems(this.scenario).measure(this.context.getBean(ProblemsToHelpWith.class), this.label + ", offered")
			.staysAtLeast(this.offers.coreAtLeast(), this.offers.decoysAtMost());
	}

	/** Every labelled problem ranked as a facilitator, its table printed under this label. */
	private LabelledRanking.Measure measure(String label, boolean textOnly) {
		TestCallers.signIn("unseen-facilitator", Role.FACILITATOR);
		return this.ranking.measure(this.matchmaking, label, textOnly);
	}

}
