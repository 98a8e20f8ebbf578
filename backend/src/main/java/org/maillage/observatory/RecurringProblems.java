package org.maillage.observatory;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.maillage.actor.Need;
import org.maillage.actor.NeedKind;
import org.maillage.core.InvalidInputException;
import org.maillage.core.Message;
import org.maillage.core.NotFoundException;
import org.maillage.core.ReadScopes;
import org.maillage.core.Visibility;
import org.maillage.observatory.ProblemClustering.Group;
import org.maillage.observatory.ProblemClustering.Item;
import org.maillage.observatory.RecurringProblem.MonthCount;
import org.maillage.observatory.RecurringProblem.PlaceCount;
import org.maillage.observatory.persistence.ProblemQueries;
import org.maillage.observatory.persistence.ProblemQueries.OpenProblem;
import org.maillage.territory.Territories;
import org.maillage.territory.Territory;
import org.maillage.territory.TerritoryLevel;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recurring problems of a territory: its open problems the caller's audience may see (PRIVATE ones never),
 * created since a date, grouped by {@link ProblemClustering}; groups of problems from at least two actors, those
 * with the most actors first.
 */
@Service
@Transactional(readOnly = true)
public class RecurringProblems {

	/** Groups need problems from this many distinct actors to be recurring. */
	static final int MIN_ACTORS = 2;

	/** Without a date, the last twelve months. */
	static final int DEFAULT_MONTHS = 12;

	static final int MAX_IDS = 20;

	static final Message METHOD = Message.of("recurring.method");

	private final ProblemQueries queries;

	private final Territories territories;

	private final ReadScopes scopes;

	RecurringProblems(ProblemQueries queries, Territories territories, ReadScopes scopes) {
		this.queries = queries;
		this.territories = territories;
		this.scopes = scopes;
	}

	public Result find(String territoryId, String since, String category) {
		Territory territory = this.territories.find(territoryId)
			.orElseThrow(() -> new NotFoundException("territory", territoryId));
		YearMonth first = since == null ? YearMonth.now(ZoneOffset.UTC).minusMonths(DEFAULT_MONTHS - 1)
				: YearMonth.from(parse(since));
		String from = first.atDay(1).toString();
		List<String> visible = this.scopes.current().visibilities().stream()
			.filter(level -> level != Visibility.PRIVATE)
			.map(Enum::name)
			.toList();
		List<OpenProblem> problems = this.queries.openProblems(territory, visible, category, from).stream()
			.sorted(Comparator.comparing(OpenProblem::createdAt).thenComparing(OpenProblem::id))
			.toList();
		List<Group> groups = ProblemClustering.cluster(problems.stream()
			.map(problem -> new Item(problem.title(), problem.description(), problem.needs()))
			.toList());
		Map<String, Territory> places = this.territories.byIds(problems.stream()
			.map(problem -> placeOf(problem, territory.level()))
			.filter(id -> id != null)
			.collect(Collectors.toSet()));
		List<RecurringProblem> recurring = new ArrayList<>();
		for (Group group : groups) {
			List<OpenProblem> members = group.members().stream().map(problems::get).toList();
			Set<String> actors = members.stream().map(OpenProblem::actorId).collect(Collectors.toSet());
			if (actors.size() >= MIN_ACTORS) {
				recurring.add(recurring(group, members, actors.size(), problems, places, territory.level(), first));
			}
		}
		recurring.sort(Comparator.comparingInt(RecurringProblem::actorCount).reversed()
			.thenComparing(Comparator.comparingInt(RecurringProblem::problemCount).reversed())
			.thenComparing(RecurringProblem::wording));
		return new Result(recurring, problems.size(), first.toString());
	}

	private static RecurringProblem recurring(Group group, List<OpenProblem> members, int actors,
			List<OpenProblem> problems, Map<String, Territory> places, TerritoryLevel level, YearMonth first) {
		Map<String, Integer> byPlace = new HashMap<>();
		members.forEach(problem -> {
			String place = placeOf(problem, level);
			if (place != null && places.containsKey(place)) {
				byPlace.merge(place, 1, Integer::sum);
			}
		});
		List<PlaceCount> territories = byPlace.entrySet().stream()
			.map(entry -> new PlaceCount(places.get(entry.getKey()), entry.getValue()))
			.sorted(Comparator.comparingInt(PlaceCount::problems).reversed()
				.thenComparing(count -> count.territory().name()))
			.toList();
		Map<String, Integer> byMonth = new LinkedHashMap<>();
		YearMonth now = YearMonth.now(ZoneOffset.UTC);
		for (YearMonth month = first; !month.isAfter(now); month = month.plusMonths(1)) {
			byMonth.put(month.toString(), 0);
		}
		members.forEach(problem -> {
			if (problem.createdAt().length() >= 7) {
				byMonth.computeIfPresent(problem.createdAt().substring(0, 7), (month, count) -> count + 1);
			}
		});
		List<MonthCount> trend = byMonth.entrySet().stream()
			.map(entry -> new MonthCount(entry.getKey(), entry.getValue()))
			.toList();
		int last = trend.stream().skip(Math.max(0, trend.size() - 3)).mapToInt(MonthCount::problems).sum();
		int before = trend.stream().skip(Math.max(0, trend.size() - 6)).limit(Math.min(3, Math.max(0, trend.size() - 3)))
			.mapToInt(MonthCount::problems).sum();
		List<Need> needs = group.needs().stream().map(RecurringProblems::need).toList();
		return new RecurringProblem(problems.get(group.representative()).title(), actors, members.size(), group.words(),
				needs, territories, trend, last >= 2 && last > before,
				members.stream().map(OpenProblem::id).limit(MAX_IDS).toList());
	}

	/** The sub-territory a problem counts in: a région's département, a département's EPCI, else its commune. */
	private static String placeOf(OpenProblem problem, TerritoryLevel level) {
		return switch (level) {
			case REGION -> problem.departement();
			case DEPARTEMENT -> problem.epci();
			default -> problem.commune();
		};
	}

	private static Need need(String feature) {
		int colon = feature.indexOf(':');
		return new Need(NeedKind.valueOf(feature.substring(0, colon)), feature.substring(colon + 1), false);
	}

	private static LocalDate parse(String since) {
		try {
			return LocalDate.parse(since.length() == 7 ? since + "-01" : since);
		}
		catch (DateTimeParseException ex) {
			throw InvalidInputException.of("since", "recurring.since.invalid", since);
		}
	}

	/**
	 * @param problemsConsidered the open problems grouped (those the caller's audience may see, since the date)
	 * @param since the first month counted
	 */
	public record Result(List<RecurringProblem> groups, int problemsConsidered, String since) {

		public Message method() {
			return METHOD;
		}

	}

}
