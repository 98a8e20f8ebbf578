package org.maillage.workspace.graphql;

import java.util.List;
import java.util.Map;

import org.maillage.actor.Actor;
import org.maillage.actor.ActorDirectory;
import org.maillage.core.Audited;
import org.maillage.core.Connection;
import org.maillage.core.PageRequest;
import org.maillage.workspace.EffectIndicator;
import org.maillage.workspace.UsefulEffect;
import org.maillage.workspace.UsefulEffectDetails;
import org.maillage.workspace.UsefulEffectTotal;
import org.maillage.workspace.UsefulEffects;
import org.maillage.workspace.Workspace;
import org.maillage.workspace.graphql.WorkspacePayloads.RemovedItemPayload;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Useful effects (docs/useful-effects.md): a workspace's list, the totals per territory, and the mutations; who may
 * do what is checked by {@link UsefulEffects}. Beneficiary actors are batch-loaded, one query per page.
 */
@Controller
class UsefulEffectController {

	private final UsefulEffects effects;

	private final ActorDirectory directory;

	UsefulEffectController(UsefulEffects effects, ActorDirectory directory) {
		this.effects = effects;
		this.directory = directory;
	}

	@SchemaMapping(typeName = "Workspace")
	Connection<UsefulEffect> usefulEffects(Workspace workspace, @Argument Integer first, @Argument String after) {
		return this.effects.effects(workspace.groupId(), PageRequest.of(first, after));
	}

	@QueryMapping
	List<UsefulEffectTotal> usefulEffectTotals(@Argument String territory, @Argument String valueChain,
			@Argument Boolean verifiedOnly) {
		return this.effects.totals(territory, valueChain, Boolean.TRUE.equals(verifiedOnly));
	}

	@SchemaMapping(typeName = "UsefulEffect")
	String unit(UsefulEffect effect) {
		return effect.indicator().unit();
	}

	@SchemaMapping(typeName = "UsefulEffect")
	String periodFrom(UsefulEffect effect) {
		return effect.periodFrom().toString();
	}

	@SchemaMapping(typeName = "UsefulEffect")
	String periodTo(UsefulEffect effect) {
		return effect.periodTo().toString();
	}

	@SchemaMapping(typeName = "UsefulEffect")
	String verifiedAt(UsefulEffect effect) {
		return effect.verifiedAt() == null ? null : effect.verifiedAt().toString();
	}

	@SchemaMapping(typeName = "UsefulEffect")
	String createdAt(UsefulEffect effect) {
		return effect.createdAt().toString();
	}

	@SchemaMapping(typeName = "UsefulEffect")
	String updatedAt(UsefulEffect effect) {
		return effect.updatedAt().toString();
	}

	/** The beneficiaries that still exist, in the order of their ids. */
	@BatchMapping(typeName = "UsefulEffect", field = "beneficiaries")
	Map<UsefulEffect, List<Actor>> beneficiaries(List<UsefulEffect> effects) {
		Map<String, Actor> actors = this.directory
			.byIds(effects.stream().flatMap(effect -> effect.beneficiaryIds().stream()).distinct().toList());
		Map<UsefulEffect, List<Actor>> beneficiaries = new java.util.LinkedHashMap<>();
		for (UsefulEffect effect : effects) {
			beneficiaries.put(effect, effect.beneficiaryIds().stream().map(actors::get).filter(a -> a != null).toList());
		}
		return beneficiaries;
	}

	@MutationMapping
	UsefulEffectPayload recordUsefulEffect(@Argument RecordUsefulEffectInput input) {
		return new UsefulEffectPayload(this.effects.record(input.groupId(), input.details()));
	}

	@MutationMapping
	UsefulEffectPayload updateUsefulEffect(@Argument UpdateUsefulEffectInput input) {
		return new UsefulEffectPayload(this.effects.update(input.id(), input.version(), input.details()));
	}

	@MutationMapping
	UsefulEffectPayload verifyUsefulEffect(@Argument VerifyUsefulEffectInput input) {
		return new UsefulEffectPayload(this.effects.verify(input.id(), input.version()));
	}

	@MutationMapping
	RemovedItemPayload removeUsefulEffect(@Argument RemoveUsefulEffectInput input) {
		UsefulEffect removed = this.effects.remove(input.id());
		return new RemovedItemPayload(removed.id(), removed.groupId());
	}

	record RecordUsefulEffectInput(String groupId, EffectIndicator indicator, Double value, String periodFrom,
			String periodTo, List<String> beneficiaries, String evidenceUrl, String description) {

		UsefulEffectDetails details() {
			return new UsefulEffectDetails(this.indicator, this.value, this.periodFrom, this.periodTo,
					this.beneficiaries, this.evidenceUrl, this.description);
		}

	}

	record UpdateUsefulEffectInput(String id, long version, EffectIndicator indicator, Double value,
			String periodFrom, String periodTo, List<String> beneficiaries, String evidenceUrl, String description) {

		UsefulEffectDetails details() {
			return new UsefulEffectDetails(this.indicator, this.value, this.periodFrom, this.periodTo,
					this.beneficiaries, this.evidenceUrl, this.description);
		}

	}

	record VerifyUsefulEffectInput(String id, long version) {
	}

	record RemoveUsefulEffectInput(String id) {
	}

	/** Filed in the audit trail under the group, and under the effect itself. */
	record UsefulEffectPayload(UsefulEffect usefulEffect) implements Audited {

		@Override
		public String auditTarget() {
			return this.usefulEffect.groupId();
		}

		@Override
		public List<String> otherAuditTargets() {
			return List.of(this.usefulEffect.id());
		}

	}

}
