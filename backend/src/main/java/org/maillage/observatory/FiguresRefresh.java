package org.maillage.observatory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.maillage.core.Visibility;
import org.maillage.observatory.persistence.FigureQueries;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Computes every territory's figures from the whole graph and stores them (docs/observatory.md, "How fresh").
 * Counting a région's actors, equipment, topics and problems at each request read 38,000 actors and their 200,000
 * items at 100,000 actors, 0.9 s; the figures are read in a few milliseconds instead. Five passes over the graph
 * group its counts by commune; each commune's counts are then added to its EPCI, département, région and France. The
 * actors of each NAF section and division are counted apart too, in France, each région and each département, for
 * the directory's facets of lists filtered by one trade.
 * One refresh at a time in this service; two services refreshing at once write the same figures.
 */
@Component
public class FiguresRefresh {

	/** The id of the whole country's figures, the reference of the régions' location quotients. */
	static final String FRANCE = "france";

	private static final Logger log = LoggerFactory.getLogger(FiguresRefresh.class);

	private static final int BATCH = 2_000;

	private final FigureQueries queries;

	private final TransactionTemplate transactions;

	private final JsonMapper json = JsonMapper.builder().build();

	private final AtomicBoolean running = new AtomicBoolean();

	private final Timer timer;

	/**
	 * The fewest actors of one trade a territory must have for their figures to be kept ({@code
	 * maillage.observatory.trade-figures-from}): the directory reads a trade's stored facets in those territories, and
	 * counts narrower trade lists with the request. Kept for every territory and trade, they would be a hundred times
	 * the figures.
	 */
	private final long tradesFrom;

	/** The directory's facets read from the figures, told when a refresh completes here. */
	private final DirectoryFacetFigures facets;

	FiguresRefresh(FigureQueries queries, TransactionTemplate transactions, MeterRegistry meters,
			@Value("${maillage.observatory.trade-figures-from:1000}") long tradesFrom, DirectoryFacetFigures facets) {
		this.queries = queries;
		this.facets = facets;
		this.tradesFrom = tradesFrom;
		this.transactions = transactions;
		this.timer = Timer.builder("maillage.observatory.refresh")
			.description("Time to compute and store every territory's observatory figures")
			.register(meters);
	}

	/** Refreshes every territory's figures, unless a refresh is already running here. */
	public boolean refresh() {
		if (!this.running.compareAndSet(false, true)) {
			return false;
		}
		try {
			long start = System.nanoTime();
			Map<String, Figures> figures = compute();
			long read = (System.nanoTime() - start) / 1_000_000;
			String stamp = UUID.randomUUID().toString();
			List<Map<String, Object>> rows = new ArrayList<>(BATCH);
			for (Map.Entry<String, Figures> territory : figures.entrySet()) {
				rows.add(row(territory.getKey(), territory.getValue()));
				if (rows.size() == BATCH) {
					write(rows, stamp);
					rows.clear();
				}
			}
			write(rows, stamp);
			long millis = (System.nanoTime() - start) / 1_000_000;
			int territories = (int) figures.keySet().stream().filter(id -> !TradeFigures.isTrade(id)).count();
			this.transactions.executeWithoutResult(status -> this.queries.complete(stamp, territories, millis));
			this.facets.refreshed();
			this.timer.record(java.time.Duration.ofMillis(millis));
			log.info("Observatory figures of {} territories ({} more by trade) computed in {} ms (graph read in {} ms)",
					territories, figures.size() - territories, millis, read);
			return true;
		}
		finally {
			this.running.set(false);
		}
	}

	private void write(List<Map<String, Object>> rows, String stamp) {
		if (!rows.isEmpty()) {
			List<Map<String, Object>> batch = List.copyOf(rows);
			this.transactions.executeWithoutResult(status -> this.queries.write(batch, stamp));
		}
	}

	private Map<String, Object> row(String territory, Figures figures) {
		Map<String, Object> row = new HashMap<>();
		row.put("territory", territory);
		row.put("actors", figures.actorsJson(this.json));
		row.put("places", figures.placesJson(this.json));
		for (Visibility level : Visibility.values()) {
			row.put(level.name(), figures.itemsJson(this.json, level));
			row.put(FigureQueries.placesField(level), figures.itemPlacesJson(this.json, level));
		}
		return row;
	}

	/** Reads the graph's counts in one read-only transaction, so that the five passes see the same graph. */
	private Map<String, Figures> compute() {
		return this.transactions.execute(status -> {
			status.setRollbackOnly();
			Map<String, List<String>> places = this.queries.placesOfCommunes();
			Map<String, String> sections = this.queries.sectionsOfDivisions();
			Map<String, Figures> byCommune = new HashMap<>();
			TradeFigures byTrade = new TradeFigures(places, sections);
			this.queries.actors(row -> {
				List<String> divisions = divisions(row);
				Consumer<Figures> counts = actorCounts(row, places, divisions, sections);
				counts.accept(of(byCommune, row));
				byTrade.of(row, divisions).forEach(counts);
			});
			// items by place not by kind and sector, which item lists are not filtered by: the country's would be
			// fifteen times larger
			this.queries.equipment(row -> countItem(of(byCommune, row), row, facetPlaces(places, row), Figures.EQUIPMENT,
					Tally.key(row.get("kind"), row.get("sector"), row.get("category"), row.get("shared")),
					Figures.EQUIPMENT_PLACES, Tally.key(row.get("category"))));
			this.queries.equipmentHolders(row -> {
				String key = Tally.key(row.get("kind"), row.get("sector"), row.get("category"));
				of(byCommune, row).items(level(row), Figures.EQUIPMENT_HOLDERS).add(key, (Long) row.get("n"));
				byTrade.of(row, divisions(row)).forEach(
						figures -> figures.items(level(row), Figures.EQUIPMENT_HOLDERS).add(key, (Long) row.get("n")));
			});
			this.queries.topics(row -> {
				String key = Tally.key(row.get("kind"), row.get("sector"), row.get("topic"));
				of(byCommune, row).items(level(row), Figures.TOPICS).add(key, (Long) row.get("n"));
				byTrade.of(row, divisions(row))
					.forEach(figures -> figures.items(level(row), Figures.TOPICS).add(key, (Long) row.get("n")));
			});
			this.queries.problems(row -> countItem(of(byCommune, row), row, facetPlaces(places, row), Figures.PROBLEMS,
					Tally.key(row.get("kind"), row.get("sector"), row.get("category"), row.get("status")),
					Figures.PROBLEM_PLACES, Tally.key(row.get("category"), row.get("status"))));
			Map<String, Figures> all = rollUp(byCommune, places);
			all.putAll(byTrade.rolledUp(this.tradesFrom));
			return all;
		});
	}

	/**
	 * An actor row's counts by kind and sector, place, NAF division and section, each actor once in each: made once
	 * for the row, then added to its commune's figures and to those of each of its trades.
	 */
	private static Consumer<Figures> actorCounts(Map<String, Object> row, Map<String, List<String>> places,
			List<String> divisions, Map<String, String> sections) {
		String kind = (String) row.get("kind");
		String sector = (String) row.get("sector");
		long n = (Long) row.get("n");
		Map<String, List<String>> keys = new HashMap<>();
		keys.put(Figures.ACTORS, List.of(Tally.key(kind, sector)));
		keys.put(Figures.PLACES, facetPlaces(places, row).stream().map(place -> Tally.key(kind, sector, place)).toList());
		keys.put(Figures.DIVISIONS, divisions.stream().map(division -> Tally.key(kind, sector, division)).toList());
		keys.put(Figures.SECTIONS,
				TradeFigures.sections(divisions, sections).stream().map(section -> Tally.key(kind, sector, section)).toList());
		return figures -> keys.forEach((part, partKeys) -> {
			Tally tally = figures.actors(part);
			partKeys.forEach(key -> tally.add(key, n));
		});
	}

	@SuppressWarnings("unchecked")
	private static List<String> divisions(Map<String, Object> row) {
		return ((List<String>) row.get("divisions")).stream().distinct().toList();
	}

	/** Each commune's figures added to those of every territory it is part of, and of France. */
	private static Map<String, Figures> rollUp(Map<String, Figures> byCommune, Map<String, List<String>> places) {
		Map<String, Figures> all = new HashMap<>();
		byCommune.forEach((commune, figures) -> {
			List<String> territories = new ArrayList<>();
			territories.add(FRANCE);
			if (commune != null) {
				territories.add(commune);
				territories.addAll(places.getOrDefault(commune, List.of()));
			}
			territories.forEach(territory -> all.computeIfAbsent(territory, any -> new Figures()).addAll(figures));
		});
		return all;
	}

	/**
	 * An item row's count, at its level: in {@code part} under {@code key}, and in {@code byPlace} under
	 * {@code placeKey} followed by each of the places given.
	 */
	private static void countItem(Figures figures, Map<String, Object> row, List<String> places, String part,
			String key, String byPlace, String placeKey) {
		long n = (Long) row.get("n");
		Visibility level = level(row);
		figures.items(level, part).add(key, n);
		places.forEach(place -> figures.items(level, byPlace).add(Tally.key(placeKey, place), n));
	}

	/** The département and EPCI of a row's commune: the places the directory's facets count by. */
	private static List<String> facetPlaces(Map<String, List<String>> places, Map<String, Object> row) {
		return places.getOrDefault((String) row.get("commune"), List.of())
			.stream()
			.filter(place -> place.startsWith("departement:") || place.startsWith("epci:"))
			.toList();
	}

	private static Figures of(Map<String, Figures> byCommune, Map<String, Object> row) {
		return byCommune.computeIfAbsent((String) row.get("commune"), any -> new Figures());
	}

	private static Visibility level(Map<String, Object> row) {
		return Visibility.valueOf((String) row.get("visibility"));
	}

}
