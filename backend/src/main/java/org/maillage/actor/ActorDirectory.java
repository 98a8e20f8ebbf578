package org.maillage.actor;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.EnumSet;
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
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.maillage.actor.persistence.ActorMapper;
import org.maillage.actor.persistence.DirectoryQueries;
import org.maillage.actor.persistence.RollQueries;
import org.maillage.actor.persistence.DirectoryQueries.Page;
import org.maillage.actor.persistence.DirectoryQueries.ProfileRow;
import org.maillage.actor.persistence.FacetCounts;
import org.maillage.actor.persistence.ItemKind;
import org.maillage.actor.persistence.ItemNode;
import org.maillage.actor.persistence.ProblemNode;
import org.maillage.core.Connection;
import org.maillage.core.InvalidInputException;
import org.maillage.core.PageRequest;
import org.maillage.core.ReadScope;
import org.maillage.core.ReadScopes;
import org.maillage.core.TextQuery;
import org.maillage.core.Total;
import org.maillage.core.Visibility;
import org.maillage.taxonomy.Trade;
import org.maillage.taxonomy.Trades;
import org.maillage.territory.Territories;
import org.maillage.territory.Territory;

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

	private final RollQueries rolls;

	ActorDirectory(DirectoryQueries queries, ActorMapper mapper, ReadScopes scopes, Territories territories,
			Trades trades, RollQueries rolls) {
		this.rolls = rolls;
		this.queries = queries;
		this.mapper = mapper;
		this.scopes = scopes;
		this.territories = territories;
		this.trades = trades;
	}

	/**
	 * A territory's roll of actors (at most {@code limit}, in no particular order): their names, communes and SIRETs,
	 * which every caller may see.
	 */
	public List<RollEntry> roll(Territory territory, int limit) {
		return this.rolls.roll(territory, limit);
	}

	public Optional<Actor> find(String id) {
		return this.queries.actor(id).map(found -> this.mapper.toActor(found.node(), found.communeId()));
	}

	/** Whether the directory holds any actor at all, whatever the caller may see of it. */
	public boolean hasActors() {
		return this.queries.hasActors();
	}

	/** Where these actors are placed, by id: their own point, else their commune's centre; none when neither is known. */
	public Map<String, Position> positions(Collection<String> actorIds) {
		Map<String, Position> positions = new HashMap<>();
		this.queries.positions(actorIds)
			.forEach(row -> positions.put((String) row.get("id"),
					new Position(((Number) row.get("latitude")).doubleValue(),
							((Number) row.get("longitude")).doubleValue(),
							Boolean.TRUE.equals(row.get("precise")) ? PositionPrecision.PRECISE
									: PositionPrecision.COMMUNE)));
		return positions;
	}

	public Map<String, Actor> byIds(Collection<String> ids) {
		Map<String, Actor> actors = new HashMap<>();
		this.queries.actors(ids).forEach(a -> actors.put(a.node().getId(), this.mapper.toActor(a.node(), a.communeId())));
		return actors;
	}

	/**
	 * The names of topics, by key: the wording of a topic's first public declaration, else its key. For the
	 * observatory's counts, which hold topics by key.
	 */
	public Map<String, String> topicNames(Collection<String> keys) {
		return keys.isEmpty() ? Map.of() : this.queries.topicNames(keys);
	}

	public Connection<Actor> search(ActorFilter filter, PageRequest page) {
		return search(filter, page, null);
	}

	/**
	 * A page of actors, with the counts of these facets among all matches ({@link DirectoryFacets}; null for
	 * none):
	 * {@code kinds}, {@code sectors}, {@code nafSections}, {@code nafDivisions}, {@code departements}, {@code epcis},
	 * {@code topics}, {@code equipmentCategories}.
	 */
	public Connection<Actor> search(ActorFilter filter, PageRequest page, List<String> facets) {
		Map<String, List<String>> filters = filters(filter);
		List<String> words = TextQuery.words("filter.text", filter.text());
		ReadScope scope = this.scopes.current();
		var found = this.queries.actors(words, filters, scope, page, facets);
		Supplier<FacetCounts> counts = found.facets();
		return Connection
			.lookingAhead(found.items().stream().map(a -> this.mapper.toActor(a.node(), a.communeId())).toList(), page,
					total(facets, counts, found.total()), actor -> List.of(actor.name(), actor.id()))
			.withFacets(facets(facets, counts));
	}

	/**
	 * The ids of the actors matching a filter, as the caller's search would find them, in no order; at most
	 * {@code limit} (a caller asking for one more learns there are more).
	 */
	public List<String> actorIds(ActorFilter filter, int limit) {
		return this.queries.actorIds(TextQuery.words("filter.text", filter.text()), filters(filter),
				this.scopes.current(), limit);
	}

	/**
	 * The contact points of these actors that consent to be contacted and that the caller may see, by actor name:
	 * what a decision-maker may export or write to.
	 */
	public List<ConsentedContact> consentedContacts(Collection<String> actorIds) {
		return this.queries.consentedContacts(actorIds, this.scopes.current())
			.stream()
			.map(row -> new ConsentedContact((String) row.get("actorId"), (String) row.get("actorName"),
					(String) row.get("communeId"), ContactKind.valueOf((String) row.get("kind")),
					(String) row.get("label"), (String) row.get("value")))
			.toList();
	}

	/** An actor search's filters by name, each checked (known territories and trades, bounded lists). */
	private Map<String, List<String>> filters(ActorFilter filter) {
		Map<String, List<String>> filters = new HashMap<>();
		filters.put("kinds", names(filter.kinds()));
		filters.put("sectors", names(filter.sectors()));
		filters.put("territories", knownTerritories("filter.territories", filter.territories()));
		filters.put("trades", knownTrades(filter.trades()));
		filters.put("topics", values("filter.topics", filter.topics(), Topic::keyOf));
		filters.put("equipmentCategories", names(filter.equipmentCategories()));
		filters.put(DirectoryQueries.CONFIRMED_SINCE, day("filter.confirmedSince", filter.confirmedSince()));
		return filters;
	}

	/** An ISO date ({@code 2026-01-31}) as a one-value filter, or null when none is given. */
	private static List<String> day(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			LocalDate day = LocalDate.parse(value.strip());
			if (day.getYear() >= 1000 && day.getYear() <= 9999) {
				return List.of(day.toString());
			}
		}
		catch (DateTimeParseException ex) {
			// said below
		}
		throw InvalidInputException.of(field, "input.date", value);
	}

	public Connection<Equipment> searchEquipment(EquipmentFilter filter, PageRequest page) {
		return searchEquipment(filter, page, null);
	}

	/** A page of equipment, with facets when asked: {@code categories}, {@code departements}, {@code epcis}. */
	public Connection<Equipment> searchEquipment(EquipmentFilter filter, PageRequest page, List<String> facets) {
		Map<String, List<String>> filters = new HashMap<>();
		filters.put("categories", names(filter.categories()));
		filters.put("territories", knownTerritories("filter.territories", filter.territories()));
		List<String> words = TextQuery.words("filter.text", filter.text());
		ReadScope scope = this.scopes.current();
		var found = this.queries.equipment(words, filters, scope, page, facets);
		Supplier<FacetCounts> counts = found.facets();
		return Connection
			.lookingAhead(
					found.items().stream().map(owned -> this.mapper.toEquipment(owned.node(), owned.actorId())).toList(),
					page, total(facets, counts, found.total()), equipment -> List.of(equipment.name(), equipment.id()))
			.withFacets(facets(facets, counts));
	}

	public Connection<Problem> searchProblems(ProblemFilter filter, PageRequest page) {
		return searchProblems(filter, page, null);
	}

	/**
	 * A page of problems, with facets when asked: {@code categories}, {@code statuses}, {@code departements},
	 * {@code epcis}.
	 */
	public Connection<Problem> searchProblems(ProblemFilter filter, PageRequest page, List<String> facets) {
		Map<String, List<String>> filters = new HashMap<>();
		filters.put("categories", names(filter.categories()));
		filters.put("statuses", names(filter.statuses()));
		filters.put("territories", knownTerritories("filter.territories", filter.territories()));
		List<String> words = TextQuery.words("filter.text", filter.text());
		ReadScope scope = this.scopes.current();
		var found = this.queries.problems(words, filters, scope, page, facets);
		Supplier<FacetCounts> counts = found.facets();
		return Connection
			.lookingAhead(
					found.items().stream().map(owned -> this.mapper.toProblem(owned.node(), owned.actorId())).toList(),
					page, total(facets, counts, found.total()), problem -> List.of(problem.title(), problem.id()))
			.withFacets(facets(facets, counts));
	}

	/** The facets' counts, labelled for the API, when facets are asked (null when not). */
	private Supplier<Map<String, Object>> facets(List<String> facets, Supplier<FacetCounts> counts) {
		return () -> facets == null ? null : DirectoryFacets.of(counts.get(), this.trades, this.territories);
	}

	/**
	 * A list's total: when its facets are asked too, the one their counting gives, if it read every match (up to
	 * the total's bound) from the same lookup, so the matches are read once; else its own count.
	 */
	private static Supplier<Total> total(List<String> facets, Supplier<FacetCounts> counts, Supplier<Total> count) {
		return facets == null ? count : () -> counts.get().total().orElseGet(count);
	}

	public Connection<Topic> topics(String text, PageRequest page) {
		String key = text == null || text.isBlank() ? null : Topic.keyOf(text);
		var found = this.queries.topics(key, this.scopes.current(), page);
		return Connection.lookingAhead(found.items().stream().map(ActorDirectory::topic).toList(), page,
				found.total());
	}

	/** The given lists of these actors' profiles, as the caller may see them, read together. */
	public ProfileParts profiles(Collection<String> actorIds, Set<ProfilePart> parts) {
		Set<ItemKind> kinds = EnumSet.noneOf(ItemKind.class);
		ITEM_PARTS.forEach((part, kind) -> {
			if (parts.contains(part)) {
				kinds.add(kind);
			}
		});
		var rows = this.queries.profiles(actorIds, parts.contains(ProfilePart.CORE_TRADES),
				parts.contains(ProfilePart.TOPICS), kinds, this.scopes.current());
		Map<String, Trade> trades = this.trades
			.byCode(rows.stream().flatMap(row -> row.trades().stream()).distinct().toList());
		return new ProfileParts(Set.copyOf(parts),
				perActor(rows, row -> row.trades().stream().map(trades::get).filter(Objects::nonNull).toList()),
				perActor(rows, row -> items(row, ItemKind.KNOW_HOW, this.mapper::toKnowHow)),
				perActor(rows, row -> items(row, ItemKind.EQUIPMENT, this.mapper::toEquipment)),
				perActor(rows, row -> row.topics()
					.stream()
					.map(topic -> new TopicInterest(row.actorId(), topic(topic),
							Visibility.valueOf((String) topic.get("visibility")),
							((Number) topic.get("version")).longValue()))
					.toList()),
				perActor(rows, row -> items(row, ItemKind.PROBLEM, this.mapper::toProblem)),
				perActor(rows, row -> items(row, ItemKind.CONTACT_POINT, this.mapper::toContactPoint)));
	}

	private static final Map<ProfilePart, ItemKind> ITEM_PARTS = Map.of(ProfilePart.KNOW_HOW, ItemKind.KNOW_HOW,
			ProfilePart.EQUIPMENT, ItemKind.EQUIPMENT, ProfilePart.PROBLEMS, ItemKind.PROBLEM,
			ProfilePart.CONTACT_POINTS, ItemKind.CONTACT_POINT);

	private static <T> Map<String, List<T>> perActor(List<ProfileRow> rows, Function<ProfileRow, List<T>> part) {
		Map<String, List<T>> lists = new HashMap<>();
		rows.forEach(row -> {
			List<T> list = part.apply(row);
			if (!list.isEmpty()) {
				lists.put(row.actorId(), list);
			}
		});
		return lists;
	}

	@SuppressWarnings("unchecked")
	private static <N extends ItemNode, R> List<R> items(ProfileRow row, ItemKind kind, BiFunction<N, String, R> toApi) {
		return row.items().get(kind).stream().map(node -> toApi.apply((N) node, row.actorId())).toList();
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
