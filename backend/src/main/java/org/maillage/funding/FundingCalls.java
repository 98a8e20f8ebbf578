package org.maillage.funding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.maillage.actor.Actor;
import org.maillage.actor.ActorDirectory;
import org.maillage.actor.ActorKind;
import org.maillage.actor.Need;
import org.maillage.actor.Problem;
import org.maillage.core.ConflictException;
import org.maillage.core.Connection;
import org.maillage.core.ForbiddenException;
import org.maillage.core.InvalidInputException;
import org.maillage.core.Message;
import org.maillage.core.NotFoundException;
import org.maillage.core.PageRequest;
import org.maillage.core.ReadScopes;
import org.maillage.core.Total;
import org.maillage.database.WriteLocks;
import org.maillage.funding.FundingImportReport.Rejection;
import org.maillage.funding.persistence.FundingCallGraph;
import org.maillage.funding.persistence.FundingCallMapper;
import org.maillage.funding.persistence.FundingCallRow;
import org.maillage.security.Caller;
import org.maillage.security.Callers;
import org.maillage.security.Role;
import org.maillage.territory.Territories;
import org.maillage.territory.Territory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.maillage.core.InputFields.blankToNull;
import static org.maillage.core.InputFields.link;
import static org.maillage.core.InputFields.required;
import static org.maillage.core.InputFields.text;

/**
 * The registry of funding calls: anyone reads it; facilitators, decision-makers and administrators publish, change,
 * withdraw and import calls (docs/funding.md). Every write checks everything before writing; a change or withdrawal
 * takes the call's write lock and checks its version, and imports take the registry's lock, so that two imports of
 * one file create each call once. Ranking ({@link FundingRanking}) reads a problem only through {@code actor}'s
 * visibility-checked reads, and a group only when the caller may see it.
 */
@Service
@Transactional
public class FundingCalls {

	static final int NAME_LENGTH = 300;

	static final int ITEM_LENGTH = 300;

	static final int MAX_ITEMS = 30;

	/** aides-territoires' descriptions are HTML, often long; within the API's request size limit (64 KB). */
	static final int DESCRIPTION_LENGTH = 20_000;

	/** The most open calls ranked at once: a territory's registry holds hundreds. */
	static final int RANKED_MAX = 5_000;

	private static final String CALL = "FundingCall";

	private static final String REGISTRY = "FundingRegistry";

	private static final String REGISTRY_ID = "funding-calls";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final FundingCallGraph graph;

	private final FundingCallMapper mapper;

	private final FundingRanking ranking;

	private final Callers callers;

	private final ReadScopes scopes;

	private final WriteLocks locks;

	private final Territories territories;

	private final ActorDirectory directory;

	private final ApplicationEventPublisher events;

	private final FundingProperties properties;

	FundingCalls(FundingCallGraph graph, FundingCallMapper mapper, FundingThemes themes, Callers callers,
			ReadScopes scopes, WriteLocks locks, Territories territories, ActorDirectory directory,
			ApplicationEventPublisher events, FundingProperties properties) {
		this.graph = graph;
		this.mapper = mapper;
		this.ranking = new FundingRanking(themes);
		this.callers = callers;
		this.scopes = scopes;
		this.locks = locks;
		this.territories = territories;
		this.directory = directory;
		this.events = events;
		this.properties = properties;
	}

	// ---------------------------------------------------------------- reads

	@Transactional(readOnly = true)
	public Optional<FundingCall> find(String id) {
		return id == null ? Optional.empty() : this.graph.find(id).map(this.mapper::toCall);
	}

	/** The calls, the soonest deadline first; open ones only unless the filter says otherwise. */
	@Transactional(readOnly = true)
	public Connection<FundingCall> search(FundingCallFilter filter, PageRequest page) {
		String text = filter == null ? null : blankToNull(filter.text());
		if (text != null && text.length() > 200) {
			throw InvalidInputException.of("filter.text", "text.tooLong", 200);
		}
		String lower = text == null ? null : text.toLowerCase(Locale.ROOT);
		boolean open = filter == null || filter.openOnly() == null || filter.openOnly();
		LocalDate today = today();
		List<FundingCall> calls = calls(this.graph.search(lower, open, today, page.offset(), page.lookAhead()));
		return Connection.lookingAhead(calls, page, () -> Total.exactly(this.graph.count(lower, open, today)));
	}

	/** The open calls whose deadline is at most {@code within} days away ({@code closing-soon-days} when null). */
	@Transactional(readOnly = true)
	public Connection<FundingCall> closingWithin(Integer within, PageRequest page) {
		int days = within == null ? this.properties.closingSoonDays() : within;
		if (days < 0 || days > 366) {
			throw InvalidInputException.of("within", "funding.within.range", 366);
		}
		LocalDate today = today();
		LocalDate until = today.plusDays(days);
		return Connection.lookingAhead(calls(this.graph.closing(today, until, page.offset(), page.lookAhead())), page,
				() -> Total.exactly(this.graph.countClosing(today, until)));
	}

	/** Whether the call may still be applied to: published, and its deadline (if any) not passed. */
	public boolean isOpen(FundingCall call) {
		return call.status() == FundingCallStatus.PUBLISHED
				&& (call.deadline() == null || !call.deadline().isBefore(today()));
	}

	/** Days left before an open call's deadline; null for a closed call or one without a deadline. */
	public Integer daysLeft(FundingCall call) {
		return isOpen(call) && call.deadline() != null ? (int) ChronoUnit.DAYS.between(today(), call.deadline())
				: null;
	}

	/** Whether an open call's deadline is at most {@code maillage.funding.closing-soon-days} away. */
	public boolean closingSoon(FundingCall call) {
		Integer days = daysLeft(call);
		return days != null && days <= this.properties.closingSoonDays();
	}

	/** The actor kinds the call's audiences stand for. */
	public List<ActorKind> actorKinds(FundingCall call) {
		return call.audiences().stream().map(this.ranking::kindsOf).filter(kinds -> kinds != null)
			.flatMap(Collection::stream).distinct().sorted().toList();
	}

	// ---------------------------------------------------------------- ranking

	/** The open calls for a problem the caller may see, ranked and explained; NOT_FOUND for any other problem. */
	@Transactional(readOnly = true)
	public Connection<FundingMatch> forProblem(String problemId, PageRequest page) {
		String id = required(problemId, "problem");
		Problem problem = this.directory.problem(id).orElseThrow(() -> new NotFoundException("problem", id));
		return rank(List.of(problem), List.of(problem.actorId()), page);
	}

	/**
	 * The open calls for a group the caller may see, for its problems the caller may see and its actors (those that
	 * accepted, or all it invited while none has); NOT_FOUND for any other group.
	 */
	@Transactional(readOnly = true)
	public Connection<FundingMatch> forGroup(String groupId, PageRequest page) {
		String id = required(groupId, "workingGroup");
		FundingCallGraph.GroupRow group = this.graph.group(id, this.scopes.current())
			.orElseThrow(() -> new NotFoundException("workingGroup", id));
		List<Problem> problems = List.copyOf(this.directory.problemsByIds(group.problemIds()).values());
		return rank(problems, group.actorIds(), page);
	}

	private Connection<FundingMatch> rank(List<Problem> problems, List<String> actorIds, PageRequest page) {
		Map<String, List<Need>> needs = problems.isEmpty() ? Map.of()
				: this.directory.needsOf(problems.stream().map(Problem::id).toList());
		Map<String, ActorKind> kinds = new HashMap<>();
		this.directory.byIds(actorIds).forEach((actorId, actor) -> kinds.put(actorId, kindOf(actor)));
		Map<String, java.util.Set<String>> places = this.graph.placesOf(kinds.keySet());
		LocalDate today = today();
		List<FundingMatch> ranked = this.ranking.rank(calls(this.graph.open(today, RANKED_MAX)),
				new FundingRanking.Subject(problems, needs, kinds, places), today, this.properties.closingSoonDays());
		int from = (int) Math.min(page.offset(), ranked.size());
		int to = Math.min(ranked.size(), from + page.size());
		return Connection.of(ranked.subList(from, to), page, ranked.size());
	}

	private static ActorKind kindOf(Actor actor) {
		return actor.kind() == null ? ActorKind.OTHER : actor.kind();
	}

	// ---------------------------------------------------------------- writes

	public FundingCall publish(FundingCallDetails details) {
		Caller caller = requireEditor("publishFundingCall");
		Map<String, Object> call = properties(details, true);
		String id = UUID.randomUUID().toString();
		call.put("id", id);
		call.put("createdBy", caller.username());
		this.graph.create(call);
		FundingCall published = find(id).orElseThrow();
		this.events.publishEvent(published(published, false));
		return published;
	}

	/**
	 * Announces each published call whose deadline is {@code closing-soon-days} away or less, once per deadline
	 * ({@link FundingDeadlineApproaching}, for the watch); returns how many. Run by {@code FundingDeadlineSchedule}.
	 */
	public int warnOfDeadlines() {
		this.locks.lock(REGISTRY, REGISTRY_ID);
		LocalDate today = today();
		List<FundingCallRow> closing = this.graph.markDeadlineWarnings(today,
				today.plusDays(this.properties.closingSoonDays()));
		closing.forEach(call -> this.events.publishEvent(
				new FundingDeadlineApproaching(call.id(), call.name(), call.perimeterId(), call.deadline())));
		return closing.size();
	}

	/** Replaces what the call says, if {@code version} is still its current version. */
	public FundingCall update(String id, long version, FundingCallDetails details) {
		requireEditor("updateFundingCall");
		Map<String, Object> call = properties(details, true);
		FundingCall current = lockedPublished(id, version);
		// the platform's words now win over the source's until the source changes the call again
		call.put("fingerprint", null);
		this.graph.update(current.id(), call);
		return find(current.id()).orElseThrow();
	}

	/** Takes the call out of every ranking and list of open calls; it stays readable, WITHDRAWN. */
	public FundingCall withdraw(String id, long version) {
		Caller caller = requireEditor("withdrawFundingCall");
		FundingCall current = lockedPublished(id, version);
		this.graph.withdraw(current.id(), caller.username());
		return find(current.id()).orElseThrow();
	}

	private FundingCall lockedPublished(String id, long version) {
		String callId = required(id, "id");
		if (!this.locks.lock(CALL, callId)) {
			throw new NotFoundException("fundingCall", callId);
		}
		FundingCall current = find(callId).orElseThrow(() -> new NotFoundException("fundingCall", callId));
		if (current.status() == FundingCallStatus.WITHDRAWN) {
			throw ConflictException.of("funding.withdrawn", callId);
		}
		if (current.version() != version) {
			throw ConflictException.of("funding.stale", callId, String.valueOf(version),
					String.valueOf(current.version()));
		}
		return current;
	}

	// ---------------------------------------------------------------- imports

	/**
	 * Imports a JSON array of aides-territoires entries, given as text or as a file of the import folder
	 * (administrators only): idempotent on each entry's source id. Each entry is checked as a published call is; an
	 * entry that fails is skipped with its reason, and nothing of it is written. A dry run checks and compares exactly
	 * as the real run, and writes nothing.
	 */
	public FundingImportReport importCalls(String json, String path, boolean dryRun) {
		Caller caller = requireEditor("importFundingCalls");
		String text = source(json, path, caller);
		JsonNode root;
		try {
			root = JSON.readTree(text);
		}
		catch (JacksonException ex) {
			throw InvalidInputException.of("json", "funding.import.notJson");
		}
		if (root != null && root.isObject() && root.get("results") != null) {
			root = root.get("results"); // a page of aides-territoires' API as it answers
		}
		if (root == null || !root.isArray()) {
			throw InvalidInputException.of("json", "funding.import.notArray");
		}
		if (root.size() > this.properties.maxImportEntries()) {
			throw InvalidInputException.of("json", "funding.import.tooMany", this.properties.maxImportEntries());
		}
		this.locks.lock(REGISTRY, REGISTRY_ID);
		List<Rejection> rejections = new ArrayList<>();
		Map<String, Map<String, Object>> valid = new LinkedHashMap<>();
		Map<String, Integer> indexes = new HashMap<>();
		for (int i = 0; i < root.size(); i++) {
			JsonNode node = root.get(i);
			try {
				AidesTerritoiresEntries.Entry entry = AidesTerritoiresEntries.read(node);
				if (valid.containsKey(entry.sourceId())) {
					throw InvalidInputException.of("id", "funding.import.repeated", entry.sourceId(),
							indexes.get(entry.sourceId()));
				}
				Map<String, Object> call = properties(withPerimeter(entry), false);
				if (entry.perimeterText() != null) {
					call.put("perimeterName", entry.perimeterText());
				}
				call.put("sourceId", entry.sourceId());
				call.put("slug", entry.slug());
				call.put("fingerprint", fingerprint(call));
				valid.put(entry.sourceId(), call);
				indexes.put(entry.sourceId(), i);
			}
			catch (InvalidInputException ex) {
				rejections.add(new Rejection(i, AidesTerritoiresEntries.sourceIdOf(node), ex.explanation()));
			}
		}
		Map<String, Map<String, Object>> known = this.graph.bySource(valid.keySet());
		int created = 0;
		int updated = 0;
		int unchanged = 0;
		List<FundingCallPublished> published = new ArrayList<>();
		for (Map.Entry<String, Map<String, Object>> entry : valid.entrySet()) {
			Map<String, Object> call = entry.getValue();
			Map<String, Object> existing = known.get(entry.getKey());
			if (existing == null) {
				created++;
				if (!dryRun) {
					String id = UUID.randomUUID().toString();
					call.put("id", id);
					call.put("createdBy", caller.username());
					this.graph.create(call);
					published.add(new FundingCallPublished(id, (String) call.get("name"),
							(String) call.get("perimeterId"), day(call.get("deadline")), true));
				}
			}
			else if (FundingCallStatus.WITHDRAWN.name().equals(existing.get("status"))) {
				rejections.add(new Rejection(indexes.get(entry.getKey()), entry.getKey(),
						Message.of("funding.import.withdrawn", existing.get("id"))));
			}
			else if (call.get("fingerprint").equals(existing.get("fingerprint"))) {
				unchanged++;
			}
			else {
				updated++;
				if (!dryRun) {
					this.graph.update((String) existing.get("id"), call);
				}
			}
		}
		published.forEach(this.events::publishEvent);
		rejections.sort(java.util.Comparator.comparingInt(Rejection::index));
		return new FundingImportReport(dryRun, created, updated, unchanged, rejections.size(), rejections);
	}

	private String source(String json, String path, Caller caller) {
		String text = blankToNull(json);
		String file = blankToNull(path);
		if ((text == null) == (file == null)) {
			throw InvalidInputException.of("json", "funding.import.oneSource");
		}
		if (text != null) {
			return text;
		}
		if (!caller.isAdmin()) {
			throw ForbiddenException.of("forbidden.fundingImportPath");
		}
		Path folder = Path.of(this.properties.importFolder()).toAbsolutePath().normalize();
		Path resolved = folder.resolve(file).normalize();
		if (!resolved.startsWith(folder) || !Files.isRegularFile(resolved)) {
			throw InvalidInputException.of("path", "funding.import.path", file, this.properties.importFolder());
		}
		try {
			return Files.readString(resolved, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw InvalidInputException.of("path", "funding.import.path", file, this.properties.importFolder());
		}
	}

	/** The entry's details, its perimeter given in words resolved to the one région or département of that name. */
	private FundingCallDetails withPerimeter(AidesTerritoiresEntries.Entry entry) {
		FundingCallDetails details = entry.details();
		if (entry.perimeterText() == null) {
			return details;
		}
		List<String> named = this.graph.territoriesNamed(entry.perimeterText());
		if (named.size() != 1) {
			throw InvalidInputException.of("perimeter", "funding.import.perimeter", entry.perimeterText());
		}
		return new FundingCallDetails(details.name(), details.financers(), details.description(),
				details.audiences(), named.get(0), details.themes(), details.aidTypes(), details.subsidyRateMin(),
				details.subsidyRateMax(), details.opensOn(), details.deadline(), details.recurrence(),
				details.applicationUrl(), details.originUrl());
	}

	private static String fingerprint(Map<String, Object> call) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			String canonical = new TreeMap<>(call).toString();
			return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	// ---------------------------------------------------------------- checks

	private Caller requireEditor(String action) {
		Caller caller = this.callers.requireSignedIn(action);
		if (!caller.has(Role.FACILITATOR) && !caller.has(Role.DECISION_MAKER) && !caller.isAdmin()) {
			throw ForbiddenException.of("forbidden.fundingEditors", Message.of("action." + action));
		}
		return caller;
	}

	/**
	 * The call's properties, checked: what a publication, a change and an import entry must all satisfy.
	 * @param refusePast whether a deadline already passed is refused (it is not for an import, whose past calls are
	 * kept, closed)
	 */
	private Map<String, Object> properties(FundingCallDetails details, boolean refusePast) {
		if (details == null) {
			throw InvalidInputException.of("details", "validation.NotNull");
		}
		Map<String, Object> call = new HashMap<>();
		call.put("name", text(details.name(), "name", NAME_LENGTH, true));
		call.put("financers", list(details.financers(), "financers"));
		call.put("description", text(details.description(), "description", DESCRIPTION_LENGTH, false));
		call.put("audiences", list(details.audiences(), "audiences"));
		call.put("themes", list(details.themes(), "themes"));
		call.put("aidTypes", list(details.aidTypes(), "aidTypes"));
		String perimeter = blankToNull(details.perimeter());
		call.put("perimeterId", perimeter);
		call.put("perimeterName", null);
		if (perimeter != null) {
			Territory territory = this.territories.find(perimeter)
				.orElseThrow(() -> InvalidInputException.of("perimeter", "funding.perimeter.unknown", perimeter));
			call.put("perimeterName", territory.name());
		}
		Double low = rate(details.subsidyRateMin(), "subsidyRateMin");
		Double high = rate(details.subsidyRateMax(), "subsidyRateMax");
		if (low != null && high != null && low > high) {
			throw InvalidInputException.of("subsidyRateMin", "funding.rate.reversed", low, high);
		}
		call.put("subsidyRateMin", low);
		call.put("subsidyRateMax", high);
		LocalDate opens = date(details.opensOn(), "opensOn");
		LocalDate deadline = date(details.deadline(), "deadline");
		if (opens != null && deadline != null && deadline.isBefore(opens)) {
			throw InvalidInputException.of("deadline", "funding.deadline.beforeOpening", deadline.toString(),
					opens.toString());
		}
		if (refusePast && deadline != null && deadline.isBefore(today())) {
			throw InvalidInputException.of("deadline", "funding.deadline.past", deadline.toString());
		}
		call.put("opensOn", opens == null ? null : opens.toString());
		call.put("deadline", deadline == null ? null : deadline.toString());
		FundingRecurrence recurrence = details.recurrence() != null ? details.recurrence()
				: deadline == null ? FundingRecurrence.PERMANENT : FundingRecurrence.ONE_OFF;
		call.put("recurrence", recurrence.name());
		call.put("applicationUrl", link(details.applicationUrl(), "applicationUrl", false));
		call.put("originUrl", link(details.originUrl(), "originUrl", false));
		return call;
	}

	private static List<String> list(List<String> values, String field) {
		List<String> kept = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String value : values == null ? List.<String>of() : values) {
			String item = text(value, field, ITEM_LENGTH, false);
			if (item != null && seen.add(item)) {
				kept.add(item);
			}
		}
		if (kept.size() > MAX_ITEMS) {
			throw InvalidInputException.of(field, "validation.Size.list.max", MAX_ITEMS);
		}
		return kept;
	}

	private static Double rate(Double value, String field) {
		if (value != null && (value.isNaN() || value < 0 || value > 100)) {
			throw InvalidInputException.of(field, "funding.rate.range");
		}
		return value;
	}

	private static LocalDate date(String text, String field) {
		String value = blankToNull(text);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeException ex) {
			throw InvalidInputException.of(field, "input.date", value);
		}
	}

	private static LocalDate day(Object value) {
		return value == null ? null : LocalDate.parse((String) value);
	}

	private LocalDate today() {
		return LocalDate.now(ZoneId.of(this.properties.timeZone()));
	}

	private List<FundingCall> calls(List<FundingCallRow> rows) {
		return rows.stream().map(this.mapper::toCall).toList();
	}

	private static FundingCallPublished published(FundingCall call, boolean imported) {
		return new FundingCallPublished(call.id(), call.name(), call.perimeterId(), call.deadline(), imported);
	}

}
