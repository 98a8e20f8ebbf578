package org.maillage.observatory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.maillage.actor.Need;
import org.maillage.actor.NeedKind;
import org.maillage.core.InvalidInputException;
import org.maillage.core.Message;
import org.maillage.core.NotFoundException;
import org.maillage.core.ReadScope;
import org.maillage.core.ReadScopes;
import org.maillage.observatory.ValueChainCoverage.CoverageActor;
import org.maillage.observatory.ValueChainCoverage.StepCoverage;
import org.maillage.observatory.ValueChainCoverage.TerritoryCoverage;
import org.maillage.observatory.persistence.CoverageQueries;
import org.maillage.observatory.persistence.CoverageQueries.Holding;
import org.maillage.observatory.persistence.CoverageQueries.NearActor;
import org.maillage.observatory.persistence.CoverageQueries.Place;
import org.maillage.territory.Territories;
import org.maillage.territory.Territory;
import org.maillage.valuechain.ValueChain;
import org.maillage.valuechain.ValueChainStep;
import org.maillage.valuechain.ValueChains;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For each step of a value chain and each territory: the actors able to do it now (a core trade of the step), those
 * that could convert (shared equipment of the step's category or a neighbouring trade, and a kind that produces or
 * researches), the concentration of the step on one actor, the needs nobody there meets, and the nearest capable
 * actors outside. Only what the caller may see counts (equipment and topic interests by their visibility; trades are
 * public).
 */
@Service
@Transactional(readOnly = true)
public class ValueChainCoverages {

	/** At most this many territories side by side. */
	static final int MAX_TERRITORIES = 10;

	/** Actors named per step and territory, in each list. */
	static final int SHOWN = 5;

	/** Capable actors outside, when fewer than two can do the step inside. */
	static final int OUTSIDE = 3;

	/** Above this share of a step's shared equipment in one actor's hands, the step rests on that actor. */
	static final double CONCENTRATED = 0.5;

	static final Message METHOD = Message.of("coverage.method");

	private final ValueChains valueChains;

	private final Territories territories;

	private final CoverageQueries queries;

	private final ReadScopes scopes;

	ValueChainCoverages(ValueChains valueChains, Territories territories, CoverageQueries queries, ReadScopes scopes) {
		this.valueChains = valueChains;
		this.territories = territories;
		this.queries = queries;
		this.scopes = scopes;
	}

	public ValueChainCoverage cover(String valueChainId, List<String> territoryIds) {
		ValueChain chain = this.valueChains.find(valueChainId)
			.orElseThrow(() -> new NotFoundException("valueChain", valueChainId));
		List<String> ids = List.copyOf(new LinkedHashSet<>(territoryIds));
		if (ids.isEmpty() || ids.size() > MAX_TERRITORIES) {
			throw InvalidInputException.of("territories", "coverage.territories.count", MAX_TERRITORIES);
		}
		Map<String, Territory> known = this.territories.byIds(ids);
		List<String> unknown = ids.stream().filter(id -> !known.containsKey(id)).toList();
		if (!unknown.isEmpty()) {
			throw InvalidInputException.of("territories", "coverage.territories.unknown", String.join(", ", unknown));
		}
		ReadScope scope = this.scopes.current();
		List<Map<String, Object>> needs = needsOf(chain);
		Map<Integer, List<TerritoryCoverage>> byStep = new LinkedHashMap<>();
		chain.steps().forEach(step -> byStep.put(step.rank(), new ArrayList<>()));
		for (String id : ids) {
			Place place = this.queries.placeOf(id);
			List<Holding> holdings = this.queries.holders(needs, place, scope);
			for (ValueChainStep step : chain.steps()) {
				byStep.get(step.rank()).add(cover(known.get(id), place, step,
						holdings.stream().filter(holding -> holding.step() == step.rank()).toList()));
			}
		}
		return new ValueChainCoverage(chain, ids.stream().map(known::get).toList(),
				chain.steps().stream().map(step -> new StepCoverage(step, byStep.get(step.rank()))).toList(), METHOD);
	}

	private TerritoryCoverage cover(Territory territory, Place place, ValueChainStep step, List<Holding> holdings) {
		Map<String, CoverageActor> able = actors(holdings, "ABLE");
		boolean training = step.needs().stream().anyMatch(ValueChainCoverages::isTraining);
		Map<String, CoverageActor> convert = new LinkedHashMap<>(actors(holdings, "MEANS"));
		convert.putAll(actors(holdings, "NEIGHBOUR"));
		able.keySet().forEach(convert::remove);
		convert.values().removeIf(actor -> !mayConvert(actor.kind(), training));
		// the step's shared equipment in able actors' hands: who holds most of it
		Map<String, Long> capacity = new HashMap<>();
		holdings.stream()
			.filter(holding -> holding.role().equals("MEANS") && able.containsKey(holding.actorId()))
			.forEach(holding -> capacity.merge(holding.actorId(), holding.capacity(), Long::sum));
		long total = capacity.values().stream().mapToLong(Long::longValue).sum();
		Map.Entry<String, Long> largest = capacity.entrySet().stream().max(Map.Entry.comparingByValue()).orElse(null);
		Double largestShare = total == 0 ? null : largest.getValue() / (double) total;
		List<Message> concentration = new ArrayList<>();
		if (able.size() == 1) {
			concentration.add(Message.of("coverage.concentration.one", able.values().iterator().next().name()));
		}
		else if (largestShare != null && largestShare > CONCENTRATED && able.size() > 1) {
			concentration.add(Message.of("coverage.concentration.capacity", able.get(largest.getKey()).name(),
					Math.round(largestShare * 100), total));
		}
		List<Need> gaps = new ArrayList<>();
		List<Need> notAssessed = new ArrayList<>();
		for (int index = 0; index < step.needs().size(); index++) {
			Need need = step.needs().get(index);
			int at = index;
			String role = switch (need.kind()) {
				case TRADE -> "ABLE";
				case EQUIPMENT_CATEGORY -> "MEANS";
				case TOPIC -> "TOPIC";
				default -> null;
			};
			if (role == null) {
				notAssessed.add(need);
			}
			else if (holdings.stream().noneMatch(holding -> holding.need() == at && holding.role().equals(role))) {
				gaps.add(need);
			}
		}
		List<String> trades = step.needs().stream().filter(need -> need.kind() == NeedKind.TRADE).map(Need::value).toList();
		List<NearActor> outside = able.size() >= 2 || trades.isEmpty() ? List.of()
				: this.territories.centreOf(territory.id())
					.map(centre -> this.queries.nearestOutside(trades, place, centre.latitude(), centre.longitude(),
							OUTSIDE))
					.orElse(List.of());
		return new TerritoryCoverage(territory, able.size(), convert.size(), !concentration.isEmpty(), largestShare,
				concentration, shown(able), shown(convert), gaps, notAssessed, outside);
	}

	private static Map<String, CoverageActor> actors(List<Holding> holdings, String role) {
		Map<String, CoverageActor> actors = new LinkedHashMap<>();
		holdings.stream()
			.filter(holding -> holding.role().equals(role))
			.forEach(holding -> actors.putIfAbsent(holding.actorId(),
					new CoverageActor(holding.actorId(), holding.name(), holding.kind())));
		return actors;
	}

	private static List<CoverageActor> shown(Map<String, CoverageActor> actors) {
		return actors.values().stream().sorted(Comparator.comparing(CoverageActor::name)).limit(SHOWN).toList();
	}

	/**
	 * As for conglomerates (matchmaking): clusters and investors help others convert but do not convert themselves,
	 * and a training body converts to training only.
	 */
	private static boolean mayConvert(String kind, boolean trainingStep) {
		return switch (kind) {
			case "CLUSTER", "INVESTOR" -> false;
			case "TRAINING_BODY" -> trainingStep;
			default -> true;
		};
	}

	private static boolean isTraining(Need need) {
		return need.kind() == NeedKind.TRADE && need.value().startsWith("85");
	}

	private static List<Map<String, Object>> needsOf(ValueChain chain) {
		List<Map<String, Object>> needs = new ArrayList<>();
		for (ValueChainStep step : chain.steps()) {
			for (int index = 0; index < step.needs().size(); index++) {
				Need need = step.needs().get(index);
				needs.add(Map.of("step", step.rank(), "index", index, "kind", need.kind().name(), "value", need.value()));
			}
		}
		return needs;
	}

}
