package org.maillage.observatory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of each NAF section and division's actors, in France, each région and each département: the
 * directory's facets of a list filtered by one of them are read from these when it is broad
 * ({@link DirectoryFacetFigures}). Rows are counted by département and trade, then added to the région and France
 * once every row is read: each row of a refresh is added once per trade rather than three times.
 */
final class TradeFigures {

	/** Between a territory's id and a trade's code in the id of the figures of its actors of that trade. */
	private static final String TRADE = "|naf:";

	/** The département of actors without a commune, counted in France's figures only. */
	private static final String NONE = "";

	/** Each commune's département. */
	private final Map<String, String> departements = new HashMap<>();

	private final Map<String, String> sections;

	/** By département (none for actors without a commune) and trade: {@link #id}. */
	private final Map<String, Figures> byDepartement = new HashMap<>();

	/** Each département's région. */
	private final Map<String, String> regions = new HashMap<>();

	/**
	 * @param places each commune's EPCI, département and région ids
	 * @param sections each NAF division's section
	 */
	TradeFigures(Map<String, List<String>> places, Map<String, String> sections) {
		this.sections = sections;
		places.forEach((commune, ids) -> {
			String departement = ids.stream().filter(id -> id.startsWith("departement:")).findFirst().orElse(null);
			this.departements.put(commune, departement);
			ids.stream().filter(id -> id.startsWith("region:")).findFirst()
				.ifPresent(region -> this.regions.put(departement, region));
		});
	}

	/** The id of the figures of a territory's actors of one NAF section or division ("C", "24"). */
	static String id(String territory, String trade) {
		return territory + TRADE + trade;
	}

	/** The NAF sections of these divisions, each once. */
	static List<String> sections(List<String> divisions, Map<String, String> sections) {
		return divisions.stream().map(sections::get).filter(section -> section != null).distinct().toList();
	}

	/** Whether figures are those of a trade's actors. */
	static boolean isTrade(String id) {
		return id.contains(TRADE);
	}

	/** The figures a row of a refresh's passes counts in: those of its département and each trade of its actors. */
	List<Figures> of(Map<String, Object> row, List<String> divisions) {
		String departement = this.departements.get((String) row.get("commune"));
		List<String> trades = new ArrayList<>(divisions);
		trades.addAll(sections(divisions, this.sections));
		List<Figures> figures = new ArrayList<>(trades.size());
		trades.forEach(trade -> figures
			.add(this.byDepartement.computeIfAbsent(id(departement == null ? NONE : departement, trade),
					any -> new Figures())));
		return figures;
	}

	/**
	 * The figures of each trade in France, each région and each département, but where it has fewer than
	 * {@code from} actors: the directory counts such lists with the request.
	 */
	Map<String, Figures> rolledUp(long from) {
		Map<String, Figures> all = new HashMap<>();
		this.byDepartement.forEach((key, figures) -> {
			String departement = key.substring(0, key.indexOf(TRADE));
			String trade = key.substring(key.indexOf(TRADE) + TRADE.length());
			List<String> territories = new ArrayList<>(List.of(FiguresRefresh.FRANCE));
			if (!departement.equals(NONE)) {
				territories.add(departement);
				String region = this.regions.get(departement);
				if (region != null) {
					territories.add(region);
				}
			}
			territories.forEach(territory -> all.computeIfAbsent(id(territory, trade), any -> new Figures()).addAll(figures));
		});
		all.values().removeIf(figures -> figures.read(Figures.ACTORS).total(key -> true) < from);
		return all;
	}

}
