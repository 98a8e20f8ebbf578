package org.maillage.observatory;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.maillage.actor.ActorDirectory;
import org.maillage.core.NotFoundException;
import org.maillage.core.ReadScope;
import org.maillage.core.ReadScopes;
import org.maillage.core.Visibility;
import org.maillage.observatory.TerritoryOverview.EquipmentCount;
import org.maillage.observatory.TerritoryOverview.KindCount;
import org.maillage.observatory.TerritoryOverview.ProblemCount;
import org.maillage.observatory.TerritoryOverview.SectorCount;
import org.maillage.observatory.TerritoryOverview.Specialisation;
import org.maillage.observatory.TerritoryOverview.SubTerritoryFigures;
import org.maillage.observatory.TerritoryOverview.TopicCount;
import org.maillage.observatory.TerritoryOverview.TradeCount;
import org.maillage.observatory.persistence.FigureQueries;
import org.maillage.observatory.persistence.FigureQueries.StoredFigures;
import org.maillage.taxonomy.Trade;
import org.maillage.taxonomy.Trades;
import org.maillage.territory.Territories;
import org.maillage.territory.Territory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Builds a territory's overview from its stored figures ({@link FiguresRefresh}), those of its sub-territories and
 * those of its reference, reading only the visibility levels the caller may see: items the caller may not see are
 * never counted, and their counts never leave the database. The caller's own actors' hidden items are not counted
 * either: the figures are those of the caller's audience (docs/observatory.md).
 */
@Service
@Transactional(readOnly = true)
public class TerritoryOverviews {

	/** At most this many topics, the most followed first. */
	static final int MAX_TOPICS = 100;

	private final FigureQueries queries;

	private final Territories territories;

	private final Trades trades;

	private final ReadScopes scopes;

	private final ActorDirectory directory;

	private final JsonMapper json = JsonMapper.builder().build();

	TerritoryOverviews(FigureQueries queries, Territories territories, Trades trades, ReadScopes scopes,
			ActorDirectory directory) {
		this.queries = queries;
		this.directory = directory;
		this.territories = territories;
		this.trades = trades;
		this.scopes = scopes;
	}

	public TerritoryOverview overview(String territoryId, OverviewFilter filter, int topics) {
		Territory territory = this.territories.find(territoryId)
			.orElseThrow(() -> new NotFoundException("territory", territoryId));
		ReadScope scope = this.scopes.current();
		List<Visibility> visible = List.copyOf(scope.visibilities());
		String reference = this.queries.referenceOf(territoryId).orElse(FiguresRefresh.FRANCE);
		List<String> subTerritories = this.queries.subTerritories(territoryId);
		Set<String> ids = new HashSet<>(subTerritories);
		ids.add(territoryId);
		ids.add(reference);
		Map<String, StoredFigures> stored = this.queries.read(ids, visible);
		Predicate<String[]> kept = filter::keeps;
		Figures here = figures(stored.get(territoryId), visible);
		Figures there = figures(stored.get(reference), visible);
		long actors = here.actors(Figures.ACTORS).total(kept);
		Integer population = territory.population();
		OffsetDateTime computedAt = this.queries.lastComputed();
		return new TerritoryOverview(territory, computedAt, population, actors, perTenThousand(actors, population),
				here.actors(Figures.ACTORS).by(0, kept).entrySet().stream()
					.map(entry -> new KindCount(entry.getKey(), entry.getValue())).sorted(byCount(KindCount::count))
					.toList(),
				here.actors(Figures.ACTORS).by(1, kept).entrySet().stream()
					.map(entry -> new SectorCount(entry.getKey(), entry.getValue()))
					.sorted(byCount(SectorCount::count)).toList(),
				tradeCounts(here.actors(Figures.SECTIONS).by(2, kept)),
				tradeCounts(here.actors(Figures.DIVISIONS).by(2, kept)), equipment(here, kept),
				topics(here, kept, Math.max(0, Math.min(topics, MAX_TOPICS))), problems(here, kept),
				FiguresRefresh.FRANCE.equals(reference) ? null : this.territories.find(reference).orElse(null),
				specialisations(here.actors(Figures.DIVISIONS).by(2, kept), actors,
						there.actors(Figures.DIVISIONS).by(2, kept), there.actors(Figures.ACTORS).total(kept)),
				subTerritories(subTerritories, stored, visible, kept));
	}

	private Figures figures(StoredFigures stored, List<Visibility> visible) {
		return Figures.read(this.json, stored, visible);
	}

	private List<TradeCount> tradeCounts(Map<String, Long> counts) {
		Map<String, Trade> known = this.trades.byCode(counts.keySet());
		return counts.entrySet().stream()
			.filter(entry -> known.containsKey(entry.getKey()))
			.map(entry -> new TradeCount(known.get(entry.getKey()), entry.getValue()))
			.sorted(byCount(TradeCount::count))
			.toList();
	}

	private static List<EquipmentCount> equipment(Figures figures, Predicate<String[]> kept) {
		return split(figures.items(Figures.EQUIPMENT), kept, "true", EquipmentCount::new);
	}

	private List<TopicCount> topics(Figures figures, Predicate<String[]> kept, int first) {
		List<Map.Entry<String, Long>> top = figures.items(Figures.TOPICS).by(2, kept).entrySet().stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(first)
			.toList();
		Map<String, String> names = this.directory.topicNames(top.stream().map(Map.Entry::getKey).toList());
		return top.stream()
			.map(entry -> new TopicCount(entry.getKey(), names.getOrDefault(entry.getKey(), entry.getKey()),
					entry.getValue()))
			.toList();
	}

	private static List<ProblemCount> problems(Figures figures, Predicate<String[]> kept) {
		return split(figures.items(Figures.PROBLEMS), kept, "OPEN", ProblemCount::new);
	}

	/**
	 * Counts by category (the key's third part) told apart by the fourth: shared or not for equipment, open or
	 * solved for problems. The most numerous category first.
	 * @param first the fourth part's value counted first (anything else is counted second)
	 */
	private static <T> List<T> split(Tally tally, Predicate<String[]> kept, String first, TwoCounts<T> count) {
		Map<String, Long> firsts = tally.by(2, kept.and(key -> first.equals(key[3])));
		Map<String, Long> seconds = tally.by(2, kept.and(key -> !first.equals(key[3])));
		Set<String> categories = new java.util.TreeSet<>(firsts.keySet());
		categories.addAll(seconds.keySet());
		return categories.stream()
			.sorted(Comparator.comparingLong(
					(String category) -> -firsts.getOrDefault(category, 0L) - seconds.getOrDefault(category, 0L)))
			.map(category -> count.of(category, firsts.getOrDefault(category, 0L), seconds.getOrDefault(category, 0L)))
			.toList();
	}

	private interface TwoCounts<T> {

		T of(String category, long first, long second);

	}

	/**
	 * Each NAF division's location quotient: its share of the territory's actors over its share of the reference's.
	 * Divisions with at least one actor here, or that would have one at the reference's share, are listed: the
	 * first are the over-represented activities, the second the under-represented ones.
	 */
	private List<Specialisation> specialisations(Map<String, Long> here, long actorsHere, Map<String, Long> there,
			long actorsThere) {
		if (actorsHere == 0 || actorsThere == 0) {
			return List.of();
		}
		Set<String> divisions = new HashSet<>(here.keySet());
		there.forEach((division, count) -> {
			if (count * (double) actorsHere / actorsThere >= 1) {
				divisions.add(division);
			}
		});
		Map<String, Trade> known = this.trades.byCode(divisions);
		List<Specialisation> specialisations = new ArrayList<>();
		for (String division : divisions) {
			long count = here.getOrDefault(division, 0L);
			long reference = there.getOrDefault(division, 0L);
			if (reference == 0 || !known.containsKey(division)) {
				continue;
			}
			double share = count / (double) actorsHere;
			double referenceShare = reference / (double) actorsThere;
			specialisations.add(new Specialisation(known.get(division), count, referenceShare * actorsHere, share,
					referenceShare, share / referenceShare));
		}
		specialisations.sort(Comparator.comparingDouble(Specialisation::locationQuotient).reversed()
			.thenComparing(specialisation -> specialisation.trade().code()));
		return specialisations;
	}

	private List<SubTerritoryFigures> subTerritories(List<String> ids, Map<String, StoredFigures> stored,
			List<Visibility> visible, Predicate<String[]> kept) {
		Map<String, Territory> known = this.territories.byIds(ids);
		return ids.stream().filter(known::containsKey).map(id -> {
			long actors = figures(stored.get(id), visible).actors(Figures.ACTORS).total(kept);
			Territory territory = known.get(id);
			return new SubTerritoryFigures(territory, actors, perTenThousand(actors, territory.population()));
		})
			.sorted(Comparator.comparingLong((SubTerritoryFigures sub) -> -sub.actorCount())
				.thenComparing(sub -> sub.territory().name()))
			.toList();
	}

	private static Double perTenThousand(long actors, Integer population) {
		return population == null || population == 0 ? null : actors * 10_000.0 / population;
	}

	private static <T> Comparator<T> byCount(java.util.function.ToLongFunction<T> count) {
		return Comparator.comparingLong((T item) -> -count.applyAsLong(item));
	}

}
