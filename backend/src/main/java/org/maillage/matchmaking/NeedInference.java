package org.maillage.matchmaking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.maillage.actor.EquipmentCategory;
import org.maillage.actor.Need;
import org.maillage.actor.NeedKind;
import org.maillage.actor.Topic;
import org.maillage.core.TextQuery;

/**
 * Infers what a problem needs when it states nothing, from its title and description: the NAF trades whose labels
 * its words (and their related words) find, the equipment categories its words name, the topics it mentions, and
 * its title as know-how. Inferred needs are never essential and say they were inferred.
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

	NeedInference(MatchQueries queries, Thesaurus thesaurus) {
		this.queries = queries;
		this.thesaurus = thesaurus;
	}

	List<Need> infer(String title, String description) {
		String text = title + "\n" + (description == null ? "" : description);
		List<String> words = TextQuery.wordsOf(text, 40);
		List<Need> needs = new ArrayList<>();
		String query = this.thesaurus.anyOf(words, TextQuery.wordsOf(title, 40).size());
		if (query != null) {
			for (Map<String, Object> trade : this.queries.tradesAbout(query, 10)) {
				String code = (String) trade.get("code");
				if (!namedBy((String) trade.get("label"), words)) {
					continue;
				}
				// A code covers its subtree: 28.11 and 28.11Z are one need, not two.
				boolean sameSubtree = needs.stream().anyMatch(need -> code.startsWith(need.value())
						|| need.value().startsWith(code));
				if (!sameSubtree && needs.size() < 3) {
					needs.add(new Need(NeedKind.TRADE, code, false, true, (String) trade.get("label")));
				}
			}
		}
		String lower = text.toLowerCase(java.util.Locale.ROOT);
		EQUIPMENT_WORDS.entrySet()
			.stream()
			.map(entry -> Map.entry(entry.getKey(), entry.getValue().stream().filter(stem -> mentions(lower, stem)).count()))
			.filter(entry -> entry.getValue() > 0)
			.sorted(Map.Entry.<EquipmentCategory, Long>comparingByValue(Comparator.reverseOrder()))
			.limit(2)
			.forEach(entry -> needs.add(new Need(NeedKind.EQUIPMENT_CATEGORY, entry.getKey().name(), false, true,
					entry.getKey().label())));
		this.queries.topicsIn(Topic.keyOf(text))
			.forEach(topic -> needs.add(new Need(NeedKind.TOPIC, (String) topic.get("key"), false, true,
					(String) topic.get("name"))));
		List<String> titleWords = TextQuery.wordsOf(title, 8);
		if (!titleWords.isEmpty()) {
			needs.add(new Need(NeedKind.KNOW_HOW, String.join(" ", titleWords), false, true, null));
		}
		return needs;
	}

	/**
	 * Whether a NAF label is what the text is about, not a word in common: two of the text's words in the label
	 * (compared on their first five letters, accents ignored), or one when the label itself says little more
	 * ("Sciage et rabotage du bois"). "Pénurie de terres rares" is not about "pommes de terre".
	 */
	static boolean namedBy(String label, List<String> words) {
		List<String> labelWords = TextQuery.wordsOf(label, 30).stream().map(NeedInference::root).toList();
		long shared = words.stream().map(NeedInference::root).distinct().filter(labelWords::contains).count();
		return shared >= 2 || (shared == 1 && labelWords.size() <= 3);
	}

	private static String root(String word) {
		String folded = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		return folded.length() <= 5 ? folded : folded.substring(0, 5);
	}

	/** Whether a word of the text begins with the stem (or the text holds the expression). */
	private static boolean mentions(String text, String stem) {
		if (stem.contains(" ")) {
			return text.contains(stem);
		}
		return java.util.regex.Pattern.compile("(^|[^\\p{L}])" + java.util.regex.Pattern.quote(stem))
			.matcher(text)
			.find();
	}

}
