package org.maillage.observatory;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.maillage.actor.ActorDirectory;
import org.maillage.actor.StoredDirectoryCounts;
import org.maillage.core.Visibility;
import org.maillage.observatory.persistence.FigureQueries;
import org.maillage.observatory.persistence.FigureQueries.Refresh;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The directory's facets of a broad list, read from the figures the observatory refreshes: a territory's actors of
 * some kinds and sectors (and of one NAF section or division) by kind, sector, NAF section and division, département
 * and EPCI, and by the topics and equipment categories of the levels the caller sees, each actor counted once; a
 * territory's equipment and problems of some categories (and statuses) by category, status, département and EPCI, of
 * the levels the caller sees. Only those levels are read, as overviews do.
 * <p>
 * Figures do not change between two refreshes, so each count, once made, is kept until the next refresh, for the
 * {@value #KEPT} asked last: reading, parsing and adding up a région's figures at every request cost more than the
 * page itself (docs/observatory.md, "Facets").
 */
@Component
class DirectoryFacetFigures implements StoredDirectoryCounts {

	static final int KEPT = 1_000;

	/**
	 * How long the last refresh read is taken as the last: reading it at each request was a round trip of a stored
	 * count's 1.8 ms over its list (docs/observatory.md, "Facets counted beside the page"). This service's own
	 * refreshes are seen at once ({@link #refreshed()}); another instance's, this much later.
	 */
	static final long RECHECK_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(5);

	/** The last refresh as read, and when; null until read, and after this service refreshes. */
	private volatile Checked checked;

	private final FigureQueries queries;

	private final ActorDirectory directory;

	private final JsonMapper json = JsonMapper.builder().build();

	/** Counts by refresh and question, the last used first to go. */
	private final Map<List<Object>, Counted> kept = new LinkedHashMap<>(64, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<List<Object>, Counted> eldest) {
			return size() > KEPT;
		}

	};

	DirectoryFacetFigures(FigureQueries queries, ActorDirectory directory) {
		this.queries = queries;
		this.directory = directory;
	}

	@Override
	public Optional<Counted> count(String territory, String trade, List<String> kinds, List<String> sectors,
			List<Visibility> levels, List<String> facets) {
		// a territory's id never holds a trade's: the directory rejects ids that name no territory
		String place = territory == null ? FiguresRefresh.FRANCE : territory;
		String figures = trade == null ? place : TradeFigures.id(place, trade);
		return kept(List.of("actors", figures, Set.copyOf(kinds), Set.copyOf(sectors), Set.copyOf(levels),
				Set.copyOf(facets)), refresh -> countActors(refresh, figures(figures, levels), kinds, sectors, facets));
	}

	@Override
	public Optional<Counted> countItems(Items items, String territory, List<String> categories,
			List<String> statuses, List<Visibility> levels, List<String> facets) {
		String place = territory == null ? FiguresRefresh.FRANCE : territory;
		return kept(List.of(items, place, Set.copyOf(categories), Set.copyOf(statuses), Set.copyOf(levels),
				Set.copyOf(facets)),
				refresh -> countItems(refresh, figures(place, levels), items, categories, statuses, facets));
	}

	/**
	 * The counts asked, made from the last refresh's figures unless they were made already; empty before one, or when
	 * those figures cannot make them ({@code count} gives null).
	 */
	private Optional<Counted> kept(List<Object> question, Function<Refresh, Counted> count) {
		Optional<Refresh> refresh = lastRefresh();
		if (refresh.isEmpty()) {
			return Optional.empty();
		}
		List<Object> key = List.of(refresh.get().stamp(), question);
		synchronized (this.kept) {
			Counted counted = this.kept.get(key);
			if (counted != null) {
				return Optional.of(counted);
			}
		}
		Counted counted = count.apply(refresh.get());
		if (counted == null) {
			return Optional.empty();
		}
		synchronized (this.kept) {
			this.kept.put(key, counted);
		}
		return Optional.of(counted);
	}

	/** The last refresh, read again when the one read is {@link #RECHECK_NANOS} old. */
	private Optional<Refresh> lastRefresh() {
		Checked last = this.checked;
		long now = System.nanoTime();
		if (last != null && now - last.at() < RECHECK_NANOS) {
			return last.refresh();
		}
		Optional<Refresh> refresh = this.queries.lastRefresh();
		this.checked = new Checked(refresh, now);
		return refresh;
	}

	/** Called when this service completed a refresh: the next count reads which is the last. */
	void refreshed() {
		this.checked = null;
	}

	private record Checked(Optional<Refresh> refresh, long at) {
	}

	/**
	 * A territory's figures (or those of its actors of one trade) with their places, of these levels; none when it has
	 * none.
	 */
	private Figures figures(String id, List<Visibility> levels) {
		// a territory without figures has no actors, a trade in one too few to keep: the refresh writes figures
		// wherever it counted one actor, and those of a trade wherever it counted enough
		return this.queries.readWithPlaces(id, levels)
			.map(stored -> Figures.read(this.json, stored, levels))
			.orElseGet(Figures::new);
	}

	/**
	 * Null when these figures hold no places of such items though they hold items. Equipment's keys are (kind, sector,
	 * category, shared) and by place (category, place); problems' (kind, sector, category, status) and by place
	 * (category, status, place): {@link FiguresRefresh}.
	 */
	private static Counted countItems(Refresh refresh, Figures figures, Items items, List<String> categories,
			List<String> statuses, List<String> facets) {
		boolean problems = items == Items.PROBLEMS;
		String part = problems ? Figures.PROBLEMS : Figures.EQUIPMENT;
		String places = problems ? Figures.PROBLEM_PLACES : Figures.EQUIPMENT_PLACES;
		int place = problems ? 2 : 1;
		Predicate<String[]> kept = kept(categories, statuses, problems, 2);
		Predicate<String[]> placeKept = kept(categories, statuses, problems, 0);
		Map<String, Map<String, Long>> byFacet = new LinkedHashMap<>();
		facets.forEach(facet -> byFacet.put(facet, Map.copyOf(switch (facet) {
			case "categories" -> figures.itemsBy(part, 2, kept);
			case "statuses" -> figures.itemsBy(part, 3, kept);
			case "departements" -> figures.itemsBy(places, place, placeKept.and(key -> key[place].startsWith("departement:")));
			case "epcis" -> figures.itemsBy(places, place, placeKept.and(key -> key[place].startsWith("epci:")));
			default -> throw new IllegalArgumentException("No facet " + facet + " of " + items);
		})));
		long matches = figures.itemsBy(part, 2, kept).values().stream().mapToLong(Long::longValue).sum();
		if (matches > 0 && (facets.contains("departements") || facets.contains("epcis"))
				&& figures.itemsBy(places, place, key -> true).isEmpty()) {
			// figures of a refresh by a version that did not count items by place: counted with the request until the
			// next refresh, rather than shown as no place at all
			return null;
		}
		return new Counted(matches, Collections.unmodifiableMap(byFacet), Map.of(), refresh.completedAt());
	}

	/** Keys whose category (at {@code category}) and, for problems, status (next to it) are among those kept. */
	private static Predicate<String[]> kept(List<String> categories, List<String> statuses, boolean problems,
			int category) {
		return key -> (categories.isEmpty() || categories.contains(key[category]))
				&& (!problems || statuses.isEmpty() || statuses.contains(key[category + 1]));
	}

	private Counted countActors(Refresh refresh, Figures figures, List<String> kinds, List<String> sectors,
			List<String> facets) {
		OverviewFilter filter = new OverviewFilter(kinds.isEmpty() ? null : kinds, sectors.isEmpty() ? null : sectors);
		Predicate<String[]> kept = filter::keeps;
		Map<String, Map<String, Long>> byFacet = new LinkedHashMap<>();
		facets.forEach(facet -> byFacet.put(facet, Map.copyOf(switch (facet) {
			case "kinds" -> figures.read(Figures.ACTORS).by(0, kept);
			case "sectors" -> figures.read(Figures.ACTORS).by(1, kept);
			case "nafSections" -> figures.read(Figures.SECTIONS).by(2, kept);
			case "nafDivisions" -> figures.read(Figures.DIVISIONS).by(2, kept);
			case "departements" -> figures.read(Figures.PLACES).by(2, kept.and(key -> key[2].startsWith("departement:")));
			case "epcis" -> figures.read(Figures.PLACES).by(2, kept.and(key -> key[2].startsWith("epci:")));
			case "topics" -> figures.itemsBy(Figures.TOPICS, 2, kept);
			case "equipmentCategories" -> figures.itemsBy(Figures.EQUIPMENT_HOLDERS, 2, kept);
			default -> throw new IllegalArgumentException("No facet " + facet);
		})));
		Map<String, Long> topics = byFacet.getOrDefault("topics", Map.of());
		Map<String, String> names = topics.isEmpty() ? Map.of() : Map.copyOf(this.directory.topicNames(topics.keySet()));
		return new Counted(figures.read(Figures.ACTORS).total(kept), Collections.unmodifiableMap(byFacet), names,
				refresh.completedAt());
	}

}
