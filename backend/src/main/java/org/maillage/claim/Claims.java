package org.maillage.claim;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.maillage.actor.PublicRecords;
import org.maillage.claim.persistence.ClaimGraph;
import org.maillage.core.ConflictException;
import org.maillage.core.Connection;
import org.maillage.core.ForbiddenException;
import org.maillage.core.InvalidInputException;
import org.maillage.core.Message;
import org.maillage.core.NotFoundException;
import org.maillage.core.PageRequest;
import org.maillage.database.WriteLocks;
import org.maillage.security.Caller;
import org.maillage.security.Callers;
import org.maillage.security.Memberships;
import org.maillage.security.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.maillage.core.GraphInstants.instant;

/**
 * Claims of public-record profiles. A signed-in person claims an actor nobody owns; the claim is granted at once when
 * their verified e-mail address proves it ({@link DomainProof}), else it waits for a facilitator. Every change of a
 * claim happens under its actor's write lock, so that of claims racing for one actor exactly one is granted and the
 * others refused, and the actor gets one owner. Each claim and decision is a mutation, hence in the audit trail.
 */
@Service
@Transactional
public class Claims {

	static final int MESSAGE_LENGTH = 1_000;

	private static final String ACTOR = "Actor";

	private final ClaimGraph graph;

	private final Callers callers;

	private final Memberships memberships;

	private final PublicRecords publicRecords;

	private final WriteLocks locks;

	private final DomainProof proof;

	private final int maxPending;

	Claims(ClaimGraph graph, Callers callers, Memberships memberships, PublicRecords publicRecords, WriteLocks locks,
			ClaimProperties properties) {
		this.graph = graph;
		this.callers = callers;
		this.memberships = memberships;
		this.publicRecords = publicRecords;
		this.locks = locks;
		this.proof = new DomainProof(properties.sharedDomains());
		this.maxPending = properties.maxPending();
	}

	/**
	 * The caller claims the actor. Claiming again while a claim is pending gives that claim back, unchanged.
	 *
	 * @throws ConflictException if the actor is not a public record, or already has an owner
	 */
	public ActorClaim claim(String actorId, String message) {
		Caller caller = this.callers.requireSignedIn("claimActor");
		String said = message == null || message.isBlank() ? null : message.strip();
		if (said != null && said.length() > MESSAGE_LENGTH) {
			throw InvalidInputException.of("message", "text.tooLong", MESSAGE_LENGTH);
		}
		if (!this.locks.lock(ACTOR, actorId)) {
			throw new NotFoundException("actor", actorId);
		}
		Map<String, Object> state = this.graph.stateOfActor(actorId, caller.subject())
			.orElseThrow(() -> new NotFoundException("actor", actorId));
		if (state.get("pending") instanceof String pending) {
			return claim(this.graph.find(pending).orElseThrow());
		}
		if (!Boolean.TRUE.equals(state.get("claimable"))) {
			throw ConflictException.of("claim.notClaimable", actorId);
		}
		Optional<String> proven = this.proof.provenDomain(caller.email(), (String) state.get("website"));
		if (proven.isEmpty() && ((Number) state.get("pendingOfClaimant")).longValue() >= this.maxPending) {
			throw ConflictException.of("claim.tooManyPending", this.maxPending);
		}
		Map<String, Object> properties = new HashMap<>();
		properties.put("id", UUID.randomUUID().toString());
		properties.put("claimantId", caller.subject());
		properties.put("claimant", caller.username());
		properties.put("claimantEmail", caller.email());
		properties.put("message", said);
		properties.put("status", proven.isPresent() ? ClaimStatus.GRANTED.name() : ClaimStatus.PENDING.name());
		properties.put("ground", proven.isPresent() ? ClaimGround.EMAIL_DOMAIN.name() : null);
		ActorClaim created = claim(this.graph.create(actorId, properties));
		if (proven.isPresent()) {
			makeOwner(created);
		}
		return created;
	}

	/**
	 * A facilitator grants or refuses a pending claim. Granting makes the claimant an owner and refuses the actor's
	 * other pending claims.
	 *
	 * @throws ConflictException if the claim was decided already, or the actor got an owner meanwhile
	 */
	public ActorClaim decide(String claimId, boolean grant, String note) {
		Caller caller = requireFacilitator("decideActorClaim");
		String said = note == null || note.isBlank() ? null : note.strip();
		if (said != null && said.length() > MESSAGE_LENGTH) {
			throw InvalidInputException.of("note", "text.tooLong", MESSAGE_LENGTH);
		}
		ActorClaim claim = claim(this.graph.find(claimId).orElseThrow(() -> new NotFoundException("claim", claimId)));
		this.locks.lock(ACTOR, claim.actorId());
		// read again under the lock: another facilitator, or a granted claim, may have decided it meanwhile
		claim = claim(this.graph.find(claimId).orElseThrow(() -> new NotFoundException("claim", claimId)));
		if (claim.status() != ClaimStatus.PENDING) {
			throw ConflictException.of("claim.decided", claimId, claim.status().name());
		}
		if (grant && !this.graph.claimable(claim.actorId())) {
			throw ConflictException.of("claim.notClaimable", claim.actorId());
		}
		ActorClaim decided = claim(this.graph.decide(claimId,
				(grant ? ClaimStatus.GRANTED : ClaimStatus.REFUSED).name(), ClaimGround.FACILITATOR.name(),
				caller.username(), said));
		if (grant) {
			makeOwner(decided);
		}
		return decided;
	}

	/** Claims in one status, oldest first; for facilitators and administrators. */
	@Transactional(readOnly = true)
	public Connection<ActorClaim> withStatus(ClaimStatus status, PageRequest page) {
		requireFacilitator("seeActorClaims");
		ClaimStatus wanted = status == null ? ClaimStatus.PENDING : status;
		return Connection.of(this.graph.withStatus(wanted.name(), page.offset(), page.size())
			.stream()
			.map(Claims::claim)
			.toList(), page, this.graph.countWithStatus(wanted.name()));
	}

	/** The caller's own claims, newest first. */
	@Transactional(readOnly = true)
	public Connection<ActorClaim> mine(PageRequest page) {
		Caller caller = this.callers.requireSignedIn("seeMyActorClaims");
		return Connection.of(this.graph.of(caller.subject(), page.offset(), page.size())
			.stream()
			.map(Claims::claim)
			.toList(), page, this.graph.countOf(caller.subject()));
	}

	private void makeOwner(ActorClaim granted) {
		this.memberships.addOwner(
				new Caller(granted.claimantId(), granted.claimant(), granted.claimantEmail(), Set.of(Role.MEMBER)),
				granted.actorId());
		this.publicRecords.claimed(granted.actorId());
		this.graph.refuseOthers(granted.actorId(), granted.id());
	}

	private Caller requireFacilitator(String action) {
		Caller caller = this.callers.requireSignedIn(action);
		if (!caller.has(Role.FACILITATOR) && !caller.isAdmin()) {
			throw ForbiddenException.of("forbidden.facilitatorsOnly", Message.of("action." + action));
		}
		return caller;
	}

	private static ActorClaim claim(Map<String, Object> row) {
		return new ActorClaim((String) row.get("id"), (String) row.get("actorId"), (String) row.get("claimantId"),
				(String) row.get("claimant"), (String) row.get("claimantEmail"), (String) row.get("message"),
				ClaimStatus.valueOf((String) row.get("status")),
				row.get("ground") == null ? null : ClaimGround.valueOf((String) row.get("ground")),
				(String) row.get("decidedBy"), (String) row.get("note"), instant(row.get("createdAt")),
				instant(row.get("decidedAt")));
	}

}
