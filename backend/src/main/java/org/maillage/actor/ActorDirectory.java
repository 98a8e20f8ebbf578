package org.maillage.actor;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

import org.maillage.actor.persistence.ActorMapper;
import org.maillage.actor.persistence.DirectoryQueries;
import org.maillage.actor.persistence.DirectoryQueries.Page;
import org.maillage.actor.persistence.ItemKind;
import org.maillage.actor.persistence.ItemNode;
import org.maillage.actor.persistence.ProblemNode;
import org.maillage.core.Connection;
import org.maillage.core.InvalidInputException;
import org.maillage.core.PageRequest;
import org.maillage.core.ReadScope;
import org.maillage.core.ReadScopes;
import org.maillage.core.TextQuery;
import org.maillage.core.Visibility;
import org.maillage.taxonomy.Trade;
import org.maillage.taxonomy.Trades;
import org.maillage.territory.Territories;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the directory for the current caller: every item is filtered by the caller's {@link ReadScope} inside the
 * database, and totals count only what the caller may see.
 */
@Service
@Transactional(readOnly = true)
public class ActorDirectory {

	static final int MAX_FILTER_VALUES = 50;

	private final DirectoryQueries queries;

	private final ActorMapper mapper;

	private final ReadScopes scopes;

	private final Territories territories;

	private final Trades trades;

	ActorDirectory(DirectoryQueries queries, ActorMapper mapper, ReadScopes scopes, Territories territories,
			Trades trades) {
		this.queries = queries;
		this.mapper = mapper;
		this.scopes = scopes;
		this.territories = territories;
		this.trades = trades;
	}

	public Optional<Actor> find(String id) {
		return this.queries.actor(id).map(found -> this.mapper.toActor(found.node(), found.communeId()));
	}

	/** Whether the directory holds any actor at all, whatever the caller may see of it. */
	public boolean hasActors() {
		return this.queries.hasActors();
	}

	public Map<String, Actor> byIds(Collection<String> ids) {
		Map<String, Actor> actors = new HashMap<>();
		this.queries.actors(ids).forEach(a -> actors.put(a.node().getId(), this.mapper.toActor(a.node(), a.communeId())));
		return actors;
	}

	public Connection<Actor> search(ActorFilter filter, PageRequest page) {
		Map<String, List<String>> filters = new HashMap<>();
		filters.put("kinds", names(filter.kinds()));
		filters.put("sectors", names(filter.sectors()));
		filters.put("territories", knownTerritories("filter.territories", filter.territories()));
		filters.put("trades", knownTrades(filter.trades()));
		filters.put("topics", values("filter.topics", filter.topics(), Topic::keyOf));
		filters.put("equipmentCategories", names(filter.equipmentCategories()));
		var found = this.queries.actors(TextQuery.words("filter.text", filter.text()), filters, this.scopes.current(),
				page);
		return Connection.lookingAhead(
				found.items().stream().map(a -> this.mapper.toActor(a.node(), a.communeId())).toList(), page,
				found.total(), actor -> List.of(actor.name(), actor.id()));
	}

	public Connection<Equipment> searchEquipment(EquipmentFilter filter, PageRequest page) {
		Map<String, List<String>> filters = new HashMap<>();
		filters.put("categories", names(filter.categories()));
		filters.put("territories", knownTerritories("filter.territories", filter.territories()));
		var found = this.queries.equipment(TextQuery.words("filter.text", filter.text()), filters,
				this.scopes.current(), page);
		return Connection.lookingAhead(
				found.items().stream().map(owned -> this.mapper.toEquipment(owned.node(), owned.actorId())).toList(),
				page, found.total(), equipment -> List.of(equipment.name(), equipment.id()));
	}

	public Connection<Problem> searchProblems(ProblemFilter filter, PageRequest page) {
		Map<String, List<String>> filters = new HashMap<>();
		filters.put("categories", names(filter.categories()));
		filters.put("statuses", names(filter.statuses()));
		filters.put("territories", knownTerritories("filter.territories", filter.territories()));
		var found = this.queries.problems(TextQuery.words("filter.text", filter.text()), filters,
				this.scopes.current(), page);
		return Connection.lookingAhead(
				found.items().stream().map(owned -> this.mapper.toProblem(owned.node(), owned.actorId())).toList(),
				page, found.total(), problem -> List.of(problem.title(), problem.id()));
	}

	public Connection<Topic> topics(String text, PageRequest page) {
		String key = text == null || text.isBlank() ? null : Topic.keyOf(text);
		var found = this.queries.topics(key, this.scopes.current(), page);
		return Connection.lookingAhead(found.items().stream().map(ActorDirectory::topic).toList(), page,
				found.total());
	}

	public Map<String, List<KnowHow>> knowHowOf(Collection<String> actorIds) {
		return itemsOf(actorIds, ItemKind.KNOW_HOW, this.mapper::toKnowHow);
	}

	public Map<String, List<Equipment>> equipmentOf(Collection<String> actorIds) {
		return itemsOf(actorIds, ItemKind.EQUIPMENT, this.mapper::toEquipment);
	}

	public Map<String, List<Problem>> problemsOf(Collection<String> actorIds) {
		return itemsOf(actorIds, ItemKind.PROBLEM, this.mapper::toProblem);
	}

	public Map<String, List<ContactPoint>> contactPointsOf(Collection<String> actorIds) {
		return itemsOf(actorIds, ItemKind.CONTACT_POINT, this.mapper::toContactPoint);
	}

	public Map<String, List<TopicInterest>> topicInterestsOf(Collection<String> actorIds) {
		Map<String, List<TopicInterest>> interests = new HashMap<>();
		this.queries.topicInterests(actorIds, this.scopes.current())
			.forEach((actorId, rows) -> interests.put(actorId, rows.stream()
				.map(row -> new TopicInterest(actorId, topic(row), Visibility.valueOf((String) row.get("visibility")),
						((Number) row.get("version")).longValue()))
				.toList()));
		return interests;
	}

	/** Problems by id, those the caller may see. */
	public Map<String, Problem> problemsByIds(Collection<String> ids) {
		Map<String, Problem> problems = new LinkedHashMap<>();
		this.queries.<ProblemNode>itemsByIds(ids, ItemKind.PROBLEM, this.scopes.current())
			.forEach(owned -> problems.put(owned.node().getId(), this.mapper.toProblem(owned.node(), owned.actorId())));
		return problems;
	}

	public Optional<Problem> problem(String id) {
		return Optional.ofNullable(problemsByIds(List.of(id)).get(id));
	}

	/** The needs of each problem; a problem's needs are seen by whoever may see the problem. */
	public Map<String, List<Need>> needsOf(Collection<String> problemIds) {
		Map<String, List<Need>> needs = new HashMap<>();
		this.queries.needsOf(problemIds)
			.forEach((problemId, rows) -> needs.put(problemId, rows.stream()
				.map(row -> new Need(NeedKind.valueOf((String) row.get("kind")), (String) row.get("value"),
						Boolean.TRUE.equals(row.get("essential")), false, (String) row.get("label")))
				.toList()));
		return needs;
	}

	public Map<String, List<Trade>> coreTradesOf(Collection<String> actorIds) {
		Map<String, List<String>> codes = this.queries.coreTradeCodes(actorIds);
		Map<String, Trade> byCode = this.trades.byCode(codes.values().stream().flatMap(List::stream).distinct().toList());
		Map<String, List<Trade>> coreTrades = new HashMap<>();
		codes.forEach((actorId, list) -> coreTrades.put(actorId,
				list.stream().map(byCode::get).filter(Objects::nonNull).toList()));
		return coreTrades;
	}

	private <N extends ItemNode, R> Map<String, List<R>> itemsOf(Collection<String> actorIds, ItemKind kind,
			BiFunction<N, String, R> toApi) {
		Map<String, List<R>> items = new HashMap<>();
		this.queries.<N>itemsOf(actorIds, kind, this.scopes.current())
			.forEach((actorId, nodes) -> items.put(actorId,
					nodes.stream().map(node -> toApi.apply(node, actorId)).toList()));
		return items;
	}

	private List<String> knownTerritories(String field, List<String> ids) {
		if (values(field, ids, id -> id) == null) {
			return null;
		}
		Set<String> unknown = new TreeSet<>(this.territories.unknown(ids));
		if (!unknown.isEmpty()) {
			throw InvalidInputException.of(field, "input.territories.unknown", String.join(", ", unknown));
		}
		return ids;
	}

	private List<String> knownTrades(List<String> codes) {
		if (values("filter.trades", codes, code -> code) == null) {
			return null;
		}
		List<String> upper = codes.stream().map(code -> code.strip().toUpperCase(Locale.ROOT)).toList();
		Set<String> unknown = new TreeSet<>(this.trades.unknown(upper));
		if (!unknown.isEmpty()) {
			throw InvalidInputException.of("filter.trades", "input.trades.unknown", String.join(", ", unknown));
		}
		return upper;
	}

	/** An empty filter is no filter: null, which the queries read as "do not filter on this". */
	private static List<String> names(List<? extends Enum<?>> values) {
		return values == null || values.isEmpty() ? null : values.stream().map(Enum::name).distinct().toList();
	}

	private static List<String> values(String field, List<String> values, UnaryOperator<String> normalise) {
		if (values == null || values.isEmpty()) {
			return null;
		}
		if (values.size() > MAX_FILTER_VALUES) {
			throw InvalidInputException.of(field, "input.tooManyValues", MAX_FILTER_VALUES);
		}
		return values.stream().map(normalise).distinct().toList();
	}

	private static Topic topic(Map<String, Object> row) {
		return new Topic((String) row.get("key"), (String) row.get("name"), ((Number) row.get("actorCount")).longValue());
	}

}
