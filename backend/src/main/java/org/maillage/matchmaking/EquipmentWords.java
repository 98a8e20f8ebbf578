package org.maillage.matchmaking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.maillage.actor.EquipmentCategory;
import org.maillage.actor.Need;
import org.maillage.actor.NeedKind;

/**
 * The words of a problem's text that point at an equipment category, for needs inferred from text. A word counts
 * when it begins with one of the category's beginnings ("fonderi" for fonderie, fonderies) or is one of its
 * expressions ("ligne de production"), but not when it is a false friend that only begins the same way ("four" is in
 * fournisseur, fourniture and fourchette; "caractéris" in caractéristique) nor inside an expression that means
 * something else ("transport en commun" carries people, not goods). One word sharing a beginning with the category is
 * not enough to say what a problem needs (docs/matchmaking.md, "What a problem needs").
 */
final class EquipmentWords {

	/**
	 * A beginning of the words that name a category, and the longer beginnings of words that do not; or a whole word
	 * or expression, found as it is written.
	 *
	 * @param written the beginning, word or expression, lower case
	 * @param word how a word beginning so is found; null for a whole word or expression
	 * @param falseFriends beginnings of words that start like it and mean something else
	 */
	private record Beginning(String written, Pattern word, List<String> falseFriends) {

		static Beginning of(String beginning, String... falseFriends) {
			return new Beginning(beginning,
					Pattern.compile("(^|[^\\p{L}])(" + Pattern.quote(beginning) + "\\p{L}*)"), List.of(falseFriends));
		}

		/** A word or an expression of several, only whole. */
		static Beginning whole(String words) {
			return new Beginning(words, null, List.of());
		}

		/** The word of the text this names, or null when none does; {@code text} is {@link #wholeWords}'. */
		String in(String text) {
			if (this.word == null) {
				return text.contains(" " + this.written + " ") ? this.written : null;
			}
			Matcher matcher = this.word.matcher(text);
			while (matcher.find()) {
				String found = matcher.group(2);
				if (this.falseFriends.stream().noneMatch(found::startsWith)) {
					return found;
				}
			}
			return null;
		}

	}

	private static final Map<EquipmentCategory, List<Beginning>> BEGINNINGS = new LinkedHashMap<>();

	/**
	 * Expressions whose words would otherwise name a category they have nothing to do with: transport that carries
	 * people, and heat that is the weather (« protéger les élèves pendant les vagues de chaleur » asks for no energy
	 * equipment; « la chaleur fatale » still does).
	 */
	private static final List<String> OTHER_MEANINGS = List.of("transport en commun", "transports en commun",
			"transport de personnes", "transports de personnes", "transport de voyageurs", "transports de voyageurs",
			"transport scolaire", "transports scolaires", "transport à la demande", "vague de chaleur",
			"vagues de chaleur", "forte chaleur", "fortes chaleurs", "coup de chaleur", "coups de chaleur",
			"pic de chaleur", "pics de chaleur", "épisode de chaleur", "épisodes de chaleur", "îlot de chaleur",
			"îlots de chaleur");

	static {
		BEGINNINGS.put(EquipmentCategory.FURNACE_THERMAL, List.of(
				Beginning.of("four", "fourni", "fourg", "fourch", "fourr", "fourm", "fourb", "fourv"),
				Beginning.of("fonderi"), Beginning.of("fusion"), Beginning.of("thermique")));
		BEGINNINGS.put(EquipmentCategory.COLD_STORAGE,
				List.of(Beginning.of("froid"), Beginning.of("frigori"), Beginning.of("réfrigér"), Beginning.of("congél")));
		BEGINNINGS.put(EquipmentCategory.RECYCLING_SORTING, List.of(Beginning.whole("tri"), Beginning.of("triage"),
				Beginning.of("recycl"), Beginning.of("démantel"), Beginning.of("démantèl"), Beginning.of("broy")));
		BEGINNINGS.put(EquipmentCategory.CHEMICAL_PROCESSING, List.of(Beginning.of("chimi"),
				Beginning.of("hydrométall"), Beginning.of("lixivi"), Beginning.of("raffin"), Beginning.of("séparation")));
		// and the instruments of analysis and testing a problem asks for by name (« radioscopie », « tomographe »)
		BEGINNINGS.put(EquipmentCategory.LABORATORY_ANALYSIS, List.of(Beginning.of("analys"),
				Beginning.of("laboratoir"), Beginning.of("caractéris", "caractéristi"), Beginning.of("radiograph"),
				Beginning.of("radioscop"), Beginning.of("tomograph"), Beginning.of("spectrom"), Beginning.of("microscop"),
				Beginning.of("chromatograph")));
		BEGINNINGS.put(EquipmentCategory.LOGISTICS_TRANSPORT, List.of(Beginning.of("logisti"),
				Beginning.of("transport"), Beginning.of("livraison"), Beginning.of("entrepos")));
		BEGINNINGS.put(EquipmentCategory.AGRI_FOOD_PROCESSING, List.of(Beginning.of("légumeri"),
				Beginning.of("conserveri"), Beginning.of("agroaliment"), Beginning.of("abattoir"),
				Beginning.whole("transformation alimentaire")));
		BEGINNINGS.put(EquipmentCategory.ENERGY, List.of(Beginning.of("chaleur"), Beginning.of("énergi"),
				Beginning.of("méthanis"), Beginning.of("photovolt"), Beginning.of("chaufferi")));
		BEGINNINGS.put(EquipmentCategory.MACHINING,
				List.of(Beginning.of("usinage"), Beginning.of("fraisage"), Beginning.of("tournage")));
		BEGINNINGS.put(EquipmentCategory.ADDITIVE_MANUFACTURING,
				List.of(Beginning.of("additive"), Beginning.whole("impression 3d")));
		BEGINNINGS.put(EquipmentCategory.DIGITAL_COMPUTING,
				List.of(Beginning.of("calcul"), Beginning.of("serveur", "serveuse"), Beginning.of("cybers")));
		BEGINNINGS.put(EquipmentCategory.PRODUCTION_LINE, List.of(Beginning.whole("ligne de production"),
				Beginning.whole("chaîne de production"), Beginning.whole("ligne d'assemblage"),
				Beginning.whole("ligne pilote")));
		BEGINNINGS.put(EquipmentCategory.STORAGE_WAREHOUSE,
				List.of(Beginning.of("silo"), Beginning.of("entrepôt"), Beginning.of("hangar")));
		BEGINNINGS.put(EquipmentCategory.REFRIGERATED_TRANSPORT, List.of(Beginning.whole("camion frigorifique"),
				Beginning.whole("transport frigorifique"), Beginning.whole("véhicule frigorifique"),
				Beginning.whole("transport réfrigéré")));
		BEGINNINGS.put(EquipmentCategory.POWDER_METALLURGY, List.of(Beginning.of("frittage"),
				Beginning.whole("métallurgie des poudres"), Beginning.whole("poudres métalliques"),
				Beginning.of("atomisation")));
	}

	private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N}']+");

	private EquipmentWords() {
	}

	/**
	 * The categories a problem's text names, at most two, the most confident first: 0.35 per distinct word that points
	 * at a category, 0.3 more when one is in the title, so that one word in passing (0.35) is below the usual
	 * threshold. None of the owner's own categories: "la chaleur fatale de nos fours verriers" names the owner's
	 * furnaces, it does not ask for one.
	 *
	 * @param ownEquipment the categories of the problem's actor's equipment
	 */
	static List<Need> inferred(String title, String description, Collection<String> ownEquipment, double threshold) {
		String text = withoutOtherMeanings(title + " " + (description == null ? "" : description));
		String inTitle = withoutOtherMeanings(title);
		return BEGINNINGS.entrySet()
			.stream()
			.filter(entry -> !ownEquipment.contains(entry.getKey().name()))
			.map(entry -> need(entry.getKey(), entry.getValue(), text, inTitle))
			.filter(need -> need.confidence() >= threshold)
			.sorted(Comparator.comparingDouble(Need::confidence).reversed())
			.limit(2)
			.toList();
	}

	private static Need need(EquipmentCategory category, List<Beginning> beginnings, String text, String title) {
		List<String> found = new ArrayList<>();
		boolean inTitle = false;
		for (Beginning beginning : beginnings) {
			String word = beginning.in(text);
			if (word != null) {
				found.add(word);
				inTitle |= beginning.in(title) != null;
			}
		}
		double confidence = Math.min(1.0, 0.35 * found.size() + (inTitle ? 0.3 : 0.0));
		return new Need(NeedKind.EQUIPMENT_CATEGORY, category.name(), false, true, category.label(), found,
				Math.round(confidence * 100) / 100.0);
	}

	/** The text in lower case, its expressions of another meaning blanked out. */
	private static String withoutOtherMeanings(String text) {
		String spaced = wholeWords(text);
		for (String expression : OTHER_MEANINGS) {
			spaced = spaced.replace(" " + expression + " ", " … ");
		}
		return spaced;
	}

	/** Lower case, words between single spaces, with a space before the first and after the last. */
	private static String wholeWords(String text) {
		String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
		return " " + NOT_A_LETTER.matcher(lower).replaceAll(" ").strip() + " ";
	}

}
