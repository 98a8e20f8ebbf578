package org.maillage.matchmaking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.maillage.actor.EquipmentCategory;
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

	/** Word beginnings that point at an equipment category (French, as written in problems). */
	private static final Map<EquipmentCategory, List<String>> EQUIPMENT_WORDS = new LinkedHashMap<>();

	static {
		EQUIPMENT_WORDS.put(EquipmentCategory.FURNACE_THERMAL, List.of("four", "fonderi", "fusion", "thermique"));
		EQUIPMENT_WORDS.put(EquipmentCategory.COLD_STORAGE, List.of("froid", "frigori", "réfrigér", "congél"));
		EQUIPMENT_WORDS.put(EquipmentCategory.RECYCLING_SORTING, List.of("tri ", "recycl", "démantel", "démantèl", "broy"));
		EQUIPMENT_WORDS.put(EquipmentCategory.CHEMICAL_PROCESSING,
				List.of("chimi", "hydrométall", "lixivi", "raffin", "séparation"));
		EQUIPMENT_WORDS.put(EquipmentCategory.LABORATORY_ANALYSIS, List.of("analys", "laboratoir", "caractéris"));
		EQUIPMENT_WORDS.put(EquipmentCategory.LOGISTICS_TRANSPORT, List.of("logisti", "transport", "livraison", "entrepos"));
		EQUIPMENT_WORDS.put(EquipmentCategory.AGRI_FOOD_PROCESSING,
				List.of("légumeri", "conserver", "agroaliment", "abattoir", "transformation alimentaire"));
		EQUIPMENT_WORDS.put(EquipmentCategory.ENERGY, List.of("chaleur", "énergi", "méthanis", "photovolt", "chaufferi"));
		EQUIPMENT_WORDS.put(EquipmentCategory.MACHINING, List.of("usinage", "fraisage", "tournage"));
		EQUIPMENT_WORDS.put(EquipmentCategory.ADDITIVE_MANUFACTURING, List.of("additive", "impression 3d"));
		EQUIPMENT_WORDS.put(EquipmentCategory.DIGITAL_COMPUTING, List.of("calcul", "serveur", "cybers"));
		EQUIPMENT_WORDS.put(EquipmentCategory.PRODUCTION_LINE,
				List.of("ligne de production", "chaîne de production", "ligne d'assemblage", "ligne pilote"));
		EQUIPMENT_WORDS.put(EquipmentCategory.STORAGE_WAREHOUSE, List.of("silo", "entrepôt", "hangar"));
		EQUIPMENT_WORDS.put(EquipmentCategory.REFRIGERATED_TRANSPORT,
				List.of("camion frigorifique", "transport frigorifique", "véhicule frigorifique", "transport réfrigéré"));
		EQUIPMENT_WORDS.put(EquipmentCategory.POWDER_METALLURGY, List.of("frittage", "métallurgie des poudres",
				"poudres métalliques", "atomisation"));
	}

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
		String text = title + "\n" + (description == null ? "" : description);
		List<String> words = TextQuery.wordsOf(text, 40);
		List<String> titleWords = TextQuery.wordsOf(title, 40);
		List<Need> needs = new ArrayList<>();
		String query = this.thesaurus.anyOf(words, titleWords.size());
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
		String lower = text.toLowerCase(Locale.ROOT);
		String lowerTitle = title.toLowerCase(Locale.ROOT);
		EQUIPMENT_WORDS.entrySet()
			.stream()
			.filter(entry -> !ownEquipment.contains(entry.getKey().name()))
			.map(entry -> equipment(entry.getKey(), entry.getValue(), lower, lowerTitle))
			.filter(need -> need.confidence() >= this.threshold)
			.sorted(Comparator.comparingDouble(Need::confidence).reversed())
			.limit(2)
			.forEach(needs::add);
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
		List<String> knowHow = TextQuery.wordsOf(title, 8);
		if (!knowHow.isEmpty()) {
			// the title says what the problem is about: its words are sought in know-how, at the ranking's own weights;
			// the need reads as the title does ("chaleur résiduelle non valorisée"), its "non" kept for the reader
			// though never sought
			needs.add(new Need(NeedKind.KNOW_HOW, String.join(" ", TextQuery.phraseOf(title, 8)), false, true,
					null, knowHow, 0.8));
		}
		return needs;
	}

	/**
	 * An equipment category the text names: 0.35 per distinct word that points at it, 0.3 more when one is in the
	 * title. One word in passing ("bois énergie") is not enough; two, or one in the title, is.
	 */
	private static Need equipment(EquipmentCategory category, List<String> stems, String text, String title) {
		List<String> found = new ArrayList<>();
		boolean inTitle = false;
		for (String stem : stems) {
			String word = mention(text, stem);
			if (word != null) {
				found.add(word);
				inTitle |= mention(title, stem) != null;
			}
		}
		double confidence = Math.min(1.0, 0.35 * found.size() + (inTitle ? 0.3 : 0.0));
		return new Need(NeedKind.EQUIPMENT_CATEGORY, category.name(), false, true, category.label(), found,
				Math.round(confidence * 100) / 100.0);
	}

	private LabelRarity rarity() {
		LabelRarity known = this.rarity;
		if (known == null) {
			known = new LabelRarity(this.queries.tradeLabels());
			this.rarity = known;
		}
		return known;
	}

	/** The word of the text that begins with the stem (or the expression itself), or null when none does. */
	private static String mention(String text, String stem) {
		if (stem.contains(" ")) {
			return text.contains(stem) ? stem.strip() : null;
		}
		java.util.regex.Matcher matcher = java.util.regex.Pattern
			.compile("(^|[^\\p{L}])(" + java.util.regex.Pattern.quote(stem) + "\\p{L}*)")
			.matcher(text);
		return matcher.find() ? matcher.group(2) : null;
	}

}
