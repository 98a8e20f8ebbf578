package org.maillage.matchmaking;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.maillage.core.BackgroundThread;
import org.maillage.matchmaking.persistence.MatchQueries;
import org.maillage.matchmaking.persistence.RankingRows.RegionCentre;

import org.springframework.stereotype.Component;

/**
 * Each région's neighbourhood: the région itself, then the others by the distance between where their people live,
 * until together they hold a tenth of the directory's actors. A ranking reads a need's holders there when the
 * problem's département and région hold too few of them, before reading every holder in the country ({@code
 * MatchQueries}' rings): a région of few actors (Corsica, an overseas région) otherwise read all the holders of a
 * common trade in the country to keep its nearest 250 (docs/matchmaking.md, "Candidates near the problem first").
 * <p>
 * A région that holds a tenth of the actors on its own has no neighbourhood: its own ring already said it holds too
 * few, and everywhere is read next, as before. That is every région of a directory of one or a few régions, where
 * the country beyond them is empty anyway. A région none of whose communes has a known centre (some overseas
 * collectivities: their problems have no place to measure from, so their holders are not sorted by distance either)
 * reaches the régions holding the most actors instead of the nearest, so that a need of it reads a tenth of its
 * holders rather than all of them; it comes last in the other régions' neighbourhoods.
 * <p>
 * Computed at the first ranking (the service's warm-up runs one), then again every hour in the background: imports
 * move actors between régions slowly, and a stale neighbourhood only reads more or fewer holders than it could.
 */
@Component
class RegionNeighbourhoods extends BackgroundThread {

	/** The share of the directory's actors a neighbourhood holds at least. */
	static final double SHARE = 0.10;

	private static final Duration REFRESH = Duration.ofHours(1);

	private static final double EARTH_RADIUS_KM = 6371.0;

	private final MatchQueries queries;

	private volatile Map<String, List<String>> neighbourhoods;

	RegionNeighbourhoods(MatchQueries queries) {
		super("region-neighbourhoods");
		this.queries = queries;
		repeat("Region neighbourhoods", () -> this.neighbourhoods = of(queries.regionCentres()), REFRESH, REFRESH);
	}

	/** Each région's id with its neighbourhood's ids, its own first and the others nearest first. */
	Map<String, List<String>> all() {
		Map<String, List<String>> known = this.neighbourhoods;
		if (known == null) {
			known = of(this.queries.regionCentres());
			this.neighbourhoods = known;
		}
		return known;
	}

	/** The neighbourhoods of these régions; a région holding the share on its own has none. */
	static Map<String, List<String>> of(List<RegionCentre> regions) {
		double actors = regions.stream().mapToDouble(RegionCentre::actors).sum();
		Map<String, List<String>> neighbourhoods = new LinkedHashMap<>();
		for (RegionCentre region : regions) {
			List<RegionCentre> nearestFirst = new ArrayList<>(regions);
			nearestFirst.sort(located(region)
					? Comparator.comparingDouble((RegionCentre other) -> kilometres(region, other))
						.thenComparing(RegionCentre::id)
					: Comparator.comparing((RegionCentre other) -> !other.id().equals(region.id()))
						.thenComparing(Comparator.comparingLong(RegionCentre::actors).reversed())
						.thenComparing(RegionCentre::id));
			List<String> ids = new ArrayList<>();
			double held = 0;
			for (RegionCentre other : nearestFirst) {
				if (held >= SHARE * actors) {
					break;
				}
				ids.add(other.id());
				held += other.actors();
			}
			if (ids.size() > 1) {
				neighbourhoods.put(region.id(), List.copyOf(ids));
			}
		}
		return Map.copyOf(neighbourhoods);
	}

	private static boolean located(RegionCentre region) {
		return !Double.isNaN(region.latitude()) && !Double.isNaN(region.longitude());
	}

	/** Great-circle distance between two régions' centres (haversine); the furthest of all when one has none. */
	private static double kilometres(RegionCentre from, RegionCentre to) {
		if (!located(from) || !located(to)) {
			return Double.MAX_VALUE;
		}
		double latitude = Math.toRadians(to.latitude() - from.latitude());
		double longitude = Math.toRadians(to.longitude() - from.longitude());
		double a = Math.pow(Math.sin(latitude / 2), 2) + Math.cos(Math.toRadians(from.latitude()))
				* Math.cos(Math.toRadians(to.latitude())) * Math.pow(Math.sin(longitude / 2), 2);
		return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(a)));
	}

}
