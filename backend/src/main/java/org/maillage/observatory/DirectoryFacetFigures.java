package org.maillage.observatory;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.maillage.actor.ActorDirectory;
import org.maillage.actor.StoredActorCounts;
import org.maillage.core.Visibility;
import org.maillage.observatory.persistence.FigureQueries;
import org.maillage.observatory.persistence.FigureQueries.Refresh;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The directory's facets of a broad list, read from the figures the observatory refreshes: a territory's actors of
 * some kinds and sectors by kind, sector, NAF section and division, département and EPCI, and by the topics and
 * equipment categories of the levels the caller sees, each actor counted once. Only those levels are read, as
 * overviews do.
 * <p>
 * Figures do not change between two refreshes, so each count, once made, is kept until the next refresh, for the
 * {@value #KEPT} asked last: reading, parsing and adding up a région's figures at every request cost more than the
 * page itself (docs/observatory.md, "Facets").
 */
@Component
class DirectoryFacetFigures implements StoredActorCounts {

	static final int KEPT = 1_000;

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
	public Optional<Counted> count(String territory, List<String> kinds, List<String> sectors, List<Visibility> levels,
			List<String> facets) {
		Optional<Refresh> refresh = this.queries.lastRefresh();
		if (refresh.isEmpty()) {
			return Optional.empty();
		}
		List<Object> key = List.of(refresh.get().stamp(), String.valueOf(territory), Set.copyOf(kinds),
				Set.copyOf(sectors), Set.copyOf(levels), Set.copyOf(facets));
		synchronized (this.kept) {
			Counted counted = this.kept.get(key);
			if (counted != null) {
				return Optional.of(counted);
			}
		}
		Counted counted = count(refresh.get(), territory, kinds, sectors, levels, facets);
		synchronized (this.kept) {
			this.kept.put(key, counted);
		}
		return Optional.of(counted);
	}

	private Counted count(Refresh refresh, String territory, List<String> kinds, List<String> sectors,
			List<Visibility> levels, List<String> facets) {
		// a territory without figures has no actors: the refresh writes figures wherever it counted one
		Figures figures = this.queries.readWithPlaces(territory == null ? FiguresRefresh.FRANCE : territory, levels)
			.map(stored -> Figures.read(this.json, stored, levels))
			.orElseGet(Figures::new);
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
