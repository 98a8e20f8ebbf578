package org.maillage.workspace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.maillage.core.ConflictException;
import org.maillage.core.Connection;
import org.maillage.core.ForbiddenException;
import org.maillage.core.GraphInstants;
import org.maillage.core.InputFields;
import org.maillage.core.InvalidInputException;
import org.maillage.core.Message;
import org.maillage.core.NotFoundException;
import org.maillage.core.PageRequest;
import org.maillage.core.ReadScopes;
import org.maillage.security.Caller;
import org.maillage.security.Callers;
import org.maillage.security.Role;
import org.maillage.workspace.persistence.UsefulEffectGraph;
import org.maillage.workspace.persistence.WorkspaceGraph;
import org.maillage.workspace.persistence.WorkspaceGraph.Kind;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The useful effects groups record (docs/useful-effects.md). Who records, changes and removes them, and who reads a
 * group's list, are the workspace's people ({@link Workspaces}): members of ACCEPTED participant actors,
 * facilitators, administrators; anyone else gets NOT_FOUND. Only a facilitator or an administrator verifies; an
 * effect that changes goes back to DECLARED. Unlike the rest of the workspace, effects are still recorded once the
 * group is CLOSED. Totals count only effects of groups the caller may see.
 */
@Service
@Transactional
public class UsefulEffects {

	static final int DESCRIPTION_LENGTH = 2_000;

	static final int MAX_BENEFICIARIES = 50;

	/** Far above any effect a group reports (a trillion tonnes, euros or jobs): a value beyond is a typing error. */
	static final double MAX_VALUE = 1e12;

	/** The most effects one CSV export gives. */
	public static final int MAX_EXPORTED = 10_000;

	private final Workspaces workspaces;

	private final UsefulEffectGraph graph;

	private final WorkspaceGraph workspaceGraph;

	private final Callers callers;

	private final ReadScopes scopes;

	UsefulEffects(Workspaces workspaces, UsefulEffectGraph graph, WorkspaceGraph workspaceGraph, Callers callers,
			ReadScopes scopes) {
		this.workspaces = workspaces;
		this.graph = graph;
		this.workspaceGraph = workspaceGraph;
		this.callers = callers;
		this.scopes = scopes;
	}

	// ---------------------------------------------------------------- reads

	/** One page of the group's effects, the latest period first; empty if the caller may not work in the group. */
	@Transactional(readOnly = true)
	public Connection<UsefulEffect> effects(String groupId, PageRequest page) {
		WorkspaceGraph.Reader reader = this.workspaces.reader();
		return Workspaces.page(this.graph.effects(groupId, reader, page.offset(), page.lookAhead()),
				UsefulEffects::effect, page, () -> this.graph.countEffects(groupId, reader));
	}

	/**
	 * Per indicator, the total of the effects benefiting an actor inside the territory, of the groups the caller may
	 * see; of the groups working on that value chain only, if given; verified effects only, if asked.
	 */
	@Transactional(readOnly = true)
	public List<UsefulEffectTotal> totals(String territoryId, String valueChainId, boolean verifiedOnly) {
		return totals(territoryId, valueChainId, verifiedOnly, null, null);
	}

	/**
	 * The totals of the effects benefiting an actor inside the territory of one of these kinds and sectors (each
	 * null for any), as {@link #totals(String, String, boolean)}: the observatory's overview narrowed by its filter.
	 */
	@Transactional(readOnly = true)
	public List<UsefulEffectTotal> totals(String territoryId, String valueChainId, boolean verifiedOnly,
			List<String> kinds, List<String> sectors) {
		String territory = InputFields.required(territoryId, "territory");
		return this.graph
			.totals(territory, InputFields.blankToNull(valueChainId), verifiedOnly, kinds, sectors, this.scopes.current())
			.stream()
			.map(row -> {
				EffectIndicator indicator = EffectIndicator.valueOf((String) row.get("indicator"));
				return new UsefulEffectTotal(indicator, indicator.unit(), ((Number) row.get("total")).doubleValue(),
						Workspaces.number(row.get("effects")), Workspaces.number(row.get("groups")));
			})
			.toList();
	}

	/**
	 * The effects {@link #totals} adds up, each with its group's name, the latest period first: at most
	 * {@link #MAX_EXPORTED}, a file for a territory's report.
	 */
	@Transactional(readOnly = true)
	public List<ExportedEffect> exported(String territoryId, String valueChainId, boolean verifiedOnly) {
		String territory = InputFields.required(territoryId, "territory");
		return this.graph.lines(territory, InputFields.blankToNull(valueChainId), verifiedOnly, this.scopes.current(),
				MAX_EXPORTED)
			.stream()
			.map(row -> new ExportedEffect(effect(row), (String) row.get("groupName")))
			.toList();
	}

	/** An effect as the CSV export gives it. */
	public record ExportedEffect(UsefulEffect effect, String groupName) {
	}

	// ---------------------------------------------------------------- writes

	public UsefulEffect record(String groupId, UsefulEffectDetails details) {
		Caller caller = this.callers.requireSignedIn("recordUsefulEffect");
		String group = InputFields.required(groupId, "groupId");
		Map<String, Object> effect = properties(details);
		List<String> beneficiaries = beneficiaries(details);
		this.workspaces.lockedGroup(group, caller);
		requireTakingPart(group, beneficiaries);
		String id = UUID.randomUUID().toString();
		effect.put("id", id);
		effect.put("createdBy", caller.username());
		this.graph.create(group, effect, beneficiaries);
		return current(id);
	}

	/** Replaces what the effect says, if {@code version} is still its version; it goes back to DECLARED. */
	public UsefulEffect update(String id, long version, UsefulEffectDetails details) {
		Caller caller = this.callers.requireSignedIn("updateUsefulEffect");
		Map<String, Object> effect = properties(details);
		List<String> beneficiaries = beneficiaries(details);
		String group = this.workspaces.lockedGroupOf(Kind.EFFECT, id, caller, "usefulEffect");
		requireVersion(id, version);
		requireTakingPart(group, beneficiaries);
		this.graph.update(id, effect, beneficiaries);
		return current(id);
	}

	/** A facilitator or an administrator vouches for the effect as it is at {@code version}. */
	public UsefulEffect verify(String id, long version) {
		Caller caller = this.callers.requireSignedIn("verifyUsefulEffect");
		this.workspaces.lockedGroupOf(Kind.EFFECT, id, caller, "usefulEffect");
		if (!caller.has(Role.FACILITATOR) && !caller.isAdmin()) {
			throw ForbiddenException.of("forbidden.facilitatorsOnly", Message.of("action.verifyUsefulEffect"));
		}
		requireVersion(id, version);
		this.graph.verify(id, caller.username());
		return current(id);
	}

	/** Takes the effect out of the group's account; returns what it was. */
	public UsefulEffect remove(String id) {
		Caller caller = this.callers.requireSignedIn("removeUsefulEffect");
		this.workspaces.lockedGroupOf(Kind.EFFECT, id, caller, "usefulEffect");
		UsefulEffect removed = current(id);
		this.graph.remove(id);
		return removed;
	}

	private void requireVersion(String id, long version) {
		UsefulEffect current = current(id);
		if (current.version() != version) {
			throw ConflictException.of("usefulEffect.stale", id, String.valueOf(version),
					String.valueOf(current.version()));
		}
	}

	private void requireTakingPart(String groupId, List<String> beneficiaries) {
		List<String> outside = this.graph.notTakingPart(groupId, beneficiaries);
		if (!outside.isEmpty()) {
			throw InvalidInputException.of("beneficiaries", "usefulEffect.beneficiary.notTakingPart",
					String.join(", ", outside));
		}
	}

	private UsefulEffect current(String id) {
		return effect(this.workspaceGraph.item(Kind.EFFECT, id)
			.orElseThrow(() -> new NotFoundException("usefulEffect", id)));
	}

	// ---------------------------------------------------------------- input

	private static Map<String, Object> properties(UsefulEffectDetails details) {
		if (details == null) {
			throw InvalidInputException.of("input", "validation.NotNull");
		}
		if (details.indicator() == null) {
			throw InvalidInputException.of("indicator", "validation.NotNull");
		}
		Double value = details.value();
		if (value == null) {
			throw InvalidInputException.of("value", "validation.NotNull");
		}
		if (!Double.isFinite(value) || value <= 0) {
			throw InvalidInputException.of("value", "usefulEffect.value.positive");
		}
		if (value > MAX_VALUE) {
			throw InvalidInputException.of("value", "validation.DecimalMax", "1e12");
		}
		LocalDate from = Workspaces.date(details.periodFrom(), "periodFrom");
		LocalDate to = Workspaces.date(details.periodTo(), "periodTo");
		if (from == null) {
			throw InvalidInputException.of("periodFrom", "validation.NotBlank");
		}
		if (to == null) {
			throw InvalidInputException.of("periodTo", "validation.NotBlank");
		}
		if (to.isBefore(from)) {
			throw InvalidInputException.of("periodTo", "usefulEffect.period.reversed", to.toString(), from.toString());
		}
		Map<String, Object> effect = new HashMap<>();
		effect.put("indicator", details.indicator().name());
		effect.put("value", value);
		effect.put("periodFrom", from.toString());
		effect.put("periodTo", to.toString());
		effect.put("evidenceUrl", InputFields.link(details.evidenceUrl(), "evidenceUrl", false));
		effect.put("description", InputFields.text(details.description(), "description", DESCRIPTION_LENGTH, false));
		return effect;
	}

	private static List<String> beneficiaries(UsefulEffectDetails details) {
		List<String> actors = new ArrayList<>(new LinkedHashSet<>(details.beneficiaries() == null ? List.of()
				: details.beneficiaries().stream().map(InputFields::blankToNull).filter(id -> id != null).toList()));
		if (actors.isEmpty()) {
			throw InvalidInputException.of("beneficiaries", "validation.NotEmpty");
		}
		if (actors.size() > MAX_BENEFICIARIES) {
			throw InvalidInputException.of("beneficiaries", "validation.Size.list.max", MAX_BENEFICIARIES);
		}
		return actors;
	}

	// ---------------------------------------------------------------- rows

	static UsefulEffect effect(Map<String, Object> row) {
		List<String> beneficiaries = ((List<?>) row.get("beneficiaryIds")).stream().map(String.class::cast).sorted()
			.toList();
		return new UsefulEffect((String) row.get("id"), (String) row.get("groupId"), Workspaces.number(row.get("version")),
				EffectIndicator.valueOf((String) row.get("indicator")), ((Number) row.get("value")).doubleValue(),
				LocalDate.parse((String) row.get("periodFrom")), LocalDate.parse((String) row.get("periodTo")),
				beneficiaries, (String) row.get("evidenceUrl"), (String) row.get("description"),
				EffectStatus.valueOf((String) row.get("status")), (String) row.get("verifiedBy"),
				GraphInstants.instant(row.get("verifiedAt")), (String) row.get("createdBy"),
				GraphInstants.instant(row.get("createdAt")), GraphInstants.instant(row.get("updatedAt")));
	}

}
