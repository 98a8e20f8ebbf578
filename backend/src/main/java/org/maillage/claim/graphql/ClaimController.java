package org.maillage.claim.graphql;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.maillage.actor.Actor;
import org.maillage.actor.ActorDirectory;
import org.maillage.claim.ActorClaim;
import org.maillage.claim.ClaimStatus;
import org.maillage.claim.Claims;
import org.maillage.core.Audited;
import org.maillage.core.BatchResults;
import org.maillage.core.Connection;
import org.maillage.core.Message;
import org.maillage.core.Messages;
import org.maillage.core.PageRequest;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Claims of public-record profiles: claiming, the facilitators' queue and decisions, and the caller's claims. */
@Controller
class ClaimController {

	private final Claims claims;

	private final ActorDirectory directory;

	private final Messages messages;

	ClaimController(Claims claims, ActorDirectory directory, Messages messages) {
		this.claims = claims;
		this.directory = directory;
		this.messages = messages;
	}

	@MutationMapping
	ActorClaimPayload claimActor(@Argument ClaimActorInput input) {
		return new ActorClaimPayload(this.claims.claim(input.actorId(), input.message()));
	}

	@MutationMapping
	ActorClaimPayload decideActorClaim(@Argument DecideActorClaimInput input) {
		return new ActorClaimPayload(this.claims.decide(input.id(), Boolean.TRUE.equals(input.grant()), input.note()));
	}

	@QueryMapping
	Connection<ActorClaim> actorClaims(@Argument ClaimStatus status, @Argument Integer first, @Argument String after) {
		return this.claims.withStatus(status, PageRequest.of(first, after));
	}

	@SchemaMapping(typeName = "Me", field = "actorClaims")
	Connection<ActorClaim> myClaims(@Argument Integer first, @Argument String after) {
		return this.claims.mine(PageRequest.of(first, after));
	}

	@BatchMapping(typeName = "ActorClaim", field = "actor")
	Map<ActorClaim, Actor> actor(List<ActorClaim> claims) {
		return BatchResults.byKey(claims, ActorClaim::actorId,
				this.directory.byIds(BatchResults.keys(claims, ActorClaim::actorId)), null);
	}

	@SchemaMapping(typeName = "ActorClaim")
	String explanation(ActorClaim claim, Locale locale) {
		return this.messages.render(explanationOf(claim), locale);
	}

	@SchemaMapping(typeName = "ActorClaim")
	String createdAt(ActorClaim claim) {
		return claim.createdAt().toString();
	}

	@SchemaMapping(typeName = "ActorClaim")
	String decidedAt(ActorClaim claim) {
		return claim.decidedAt() == null ? null : claim.decidedAt().toString();
	}

	static Message explanationOf(ActorClaim claim) {
		if (claim.ground() == null) {
			return Message.of("claim.explanation.pending");
		}
		return switch (claim.ground()) {
			case EMAIL_DOMAIN -> Message.of("claim.explanation.emailDomain",
					claim.claimantEmail().substring(claim.claimantEmail().lastIndexOf('@') + 1));
			case FACILITATOR -> Message.of(claim.status() == ClaimStatus.GRANTED ? "claim.explanation.granted"
					: "claim.explanation.refused", claim.decidedBy());
			case CLAIMED_BY_ANOTHER -> Message.of("claim.explanation.claimedByAnother");
		};
	}

	record ClaimActorInput(String actorId, String message) {
	}

	record DecideActorClaimInput(String id, Boolean grant, String note) {
	}

	record ActorClaimPayload(ActorClaim claim) implements Audited {

		@Override
		public String auditTarget() {
			return this.claim.actorId();
		}

	}

}
