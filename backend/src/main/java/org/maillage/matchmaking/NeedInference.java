package org.maillage.matchmaking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.maillage.actor.Need;
import org.maillage.actor.NeedKind;
import org.maillage.actor.Topic;
import org.maillage.core.TextQuery;
import org.maillage.matchmaking.persistence.MatchQueries;
import org.maillage.matchmaking.persistence.RankingRows.TopicName;
import org.maillage.matchmaking.persistence.RankingRows.TradeHit;

/**
 * Infers what a problem needs when it states nothing, from its title and description: the NAF trades whose labels
 * its words (and their related words) find, the equipment categories its words name, the topics it mentions, and
 * its title as know-how. Inferred needs are never essential, say they were inferred, which words suggested them and
 * how confident the inference is (docs/matchmaking.md, "Inferred needs").
 */
final class NeedInference {

	private final MatchQueries queries;

	private final Thesaurus thesaurus;

	private final double threshold;

	/** How common each word is among the NAF labels, read once: the rarer a word, the more it says. */
	private volatile LabelRarity rarity;

	NeedInference(MatchQueries queries, Thesaurus thesaurus, double threshold) {
		this.queries = queries;
		this.thesaurus = thesaurus;
		this.threshold = threshold;
	}

	/**
	 * The needs a problem's text suggests, each with the words that suggested it and a confidence; those below the
	 * threshold are left out. Never a trade of the problem's own actor: a company describing its trouble uses its own
	 * trade's words, and is not asking for a competitor. Nor a category of its own equipment: "the waste heat of our
	 * glass furnaces" names the owner's furnaces, it does not ask for more.
	 *
	 * @param ownTrades NAF codes of the problem's actor
	 * @param ownEquipment equipment categories of the problem's actor
	 */
	List<Need> infer(String title, String description, Collection<String> ownTrades, Collection<String> ownEquipment) {
		return infer(title, description, ownTrades, ownEquipment, List.of());
	}

	/**
	 * The same, without the names of the problem's own place in the know-how its title makes
	 * ({@link ProblemWords#without}: « Acheminer à temps les prélèvements jusqu'au laboratoire de Rodez » seeks no
	 * know-how in « Rodez »).
	 *
	 * @param places the names of the problem's commune, département and région
	 */
	List<Need> infer(String title, String description, Collection<String> ownTrades, Collection<String> ownEquipment,
			Collection<String> places) {
		String text = title + "\n" + (description == null ? "" : description);
		ProblemWords words = ProblemWords.of(title, description);
		List<Need> needs = new ArrayList<>();
		String query = this.thesaurus.anyOf(words.words(), words.stressed());
		if (query != null) {
			for (TradeHit trade : this.queries.tradesAbout(query, 10)) {
				String code = trade.code();
				String label = trade.label();
				boolean own = ownTrades.stream().anyMatch(mine -> mine.startsWith(code) || code.startsWith(mine));
				// A code covers its subtree: 28.11 and 28.11Z are one need, not two.
				boolean sameSubtree = needs.stream()
					.anyMatch(need -> code.startsWith(need.value()) || need.value().startsWith(code));
				LabelRarity.Match match = rarity().match(label, text);
				if (!own && !sameSubtree && needs.size() < 3 && match.confidence() >= this.threshold) {
					needs.add(new Need(NeedKind.TRADE, code, false, true, label, match.words(), match.confidence()));
				}
			}
		}
		needs.addAll(EquipmentWords.inferred(title, description, ownEquipment, this.threshold));
		// words between single spaces, punctuation aside, so that a topic is found as whole words
		String spaced = " " + Topic.keyOf(text).replaceAll("[^\\p{L}\\p{N}'-]+", " ") + " ";
		for (TopicName topic : this.queries.topicsIn(spaced)) {
			String key = topic.key();
			// a phrase of several words is what the text is about; one word may be a passing mention
			double confidence = key.contains(" ") ? 0.9 : 0.5;
			if (confidence >= this.threshold) {
				needs.add(new Need(NeedKind.TOPIC, key, false, true, topic.name(), List.of(topic.name()), confidence));
			}
		}
		List<String> knowHow = ProblemWords.withoutPlaces(TextQuery.wordsOf(title, 8), places);
		if (!knowHow.isEmpty()) {
			// the title says what the problem is about: its words are sought in know-how, at the ranking's own weights;
			// the need reads as the title does ("chaleur résiduelle non valorisée"), its "non" kept for the reader
			// though never sought
			needs.add(new Need(NeedKind.KNOW_HOW,
					String.join(" ", ProblemWords.withoutPlaces(TextQuery.phraseOf(title, 8), places)), false, true,
					null, knowHow, 0.8));
		}
		return needs;
	}

	private LabelRarity rarity() {
		LabelRarity known = this.rarity;
		if (known == null) {
			known = new LabelRarity(this.queries.tradeLabels());
			this.rarity = known;
		}
		return known;
	}

}
