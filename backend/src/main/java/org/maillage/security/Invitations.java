package org.maillage.security;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.maillage.core.ConflictException;
import org.maillage.core.GraphInstants;
import org.maillage.core.InvalidInputException;
import org.maillage.core.NotFoundException;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations to join an actor: an owner invites an e-mail address; the person signed in with that address accepts
 * or declines. Membership starts only on acceptance, so nobody is made a member without consent.
 */
@Service
@Transactional
public class Invitations {

	static final int MAX_MEMBERS = 100;

	private static final String INVITATION = """
			i {.id, .email, .role, .status, .createdAt, actorId: a.id, invitedBy: inviter.username}""";

	private final Neo4jClient neo4j;

	private final Callers callers;

	private final Memberships memberships;

	Invitations(Neo4jClient neo4j, Callers callers, Memberships memberships) {
		this.neo4j = neo4j;
		this.callers = callers;
		this.memberships = memberships;
	}

	public Invitation invite(String actorId, String email, MembershipRole role) {
		Caller caller = this.callers.requireSignedIn("inviteMember");
		String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
		if (!address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			throw InvalidInputException.of("email", "input.email");
		}
		if (role == null) {
			throw InvalidInputException.of("role", "invitation.role.missing");
		}
		this.memberships.lockActor(actorId);
		this.memberships.requireOwner(caller, actorId);
		Map<String, Object> state = this.neo4j.query("""
				MATCH (a:Actor {id: $actorId})
				RETURN EXISTS { (:Person {email: $email})-[:MEMBER_OF]->(a) } AS member,
				       EXISTS { (:Invitation {email: $email, status: 'PENDING'})-[:TO_JOIN]->(a) } AS pending,
				       COUNT { (:Person)-[:MEMBER_OF]->(a) }
				         + COUNT { (:Invitation {status: 'PENDING'})-[:TO_JOIN]->(a) } AS members""")
			.bindAll(Map.of("actorId", actorId, "email", address))
			.fetch()
			.one()
			.orElseThrow();
		if ((Boolean) state.get("member")) {
			throw ConflictException.of("invitation.alreadyMember", address, actorId);
		}
		if ((Boolean) state.get("pending")) {
			throw ConflictException.of("invitation.alreadyPending", address, actorId);
		}
		if (((Number) state.get("members")).intValue() >= MAX_MEMBERS) {
			throw ConflictException.of("invitation.full", actorId, MAX_MEMBERS);
		}
		return this.neo4j.query("""
				MATCH (a:Actor {id: $actorId})
				MERGE (inviter:Person {subject: $subject})
				  ON CREATE SET inviter.createdAt = datetime(), inviter.username = $username, inviter.email = $inviterEmail
				CREATE (inviter)-[:SENT]->(i:Invitation {id: $id, email: $email, role: $role, status: 'PENDING',
				        createdAt: datetime()})-[:TO_JOIN]->(a)
				RETURN %s AS invitation""".formatted(INVITATION))
			.bindAll(Map.of("actorId", actorId, "subject", caller.subject(), "username", caller.username(),
					"inviterEmail", caller.email() == null ? "" : caller.email(), "id", UUID.randomUUID().toString(),
					"email", address, "role", role.name()))
			.fetch()
			.one()
			.map(row -> invitation((Map<?, ?>) row.get("invitation")))
			.orElseThrow();
	}

	/** Pending invitations to the caller's e-mail address. */
	public List<Invitation> mine() {
		Caller caller = this.callers.requireSignedIn("seeInvitations");
		if (caller.email() == null) {
			return List.of();
		}
		return this.neo4j.query("""
				MATCH (inviter:Person)-[:SENT]->(i:Invitation {email: $email, status: 'PENDING'})-[:TO_JOIN]->(a:Actor)
				RETURN %s AS invitation ORDER BY i.createdAt""".formatted(INVITATION))
			.bind(caller.email().toLowerCase(Locale.ROOT))
			.to("email")
			.fetch()
			.all()
			.stream()
			.map(row -> invitation((Map<?, ?>) row.get("invitation")))
			.toList();
	}

	/** An owner (or an administrator) withdraws a pending invitation, sent to a wrong address for instance. */
	public Invitation revoke(String id) {
		Caller caller = this.callers.requireSignedIn("revokeInvitation");
		String actorId = this.neo4j.query("MATCH (i:Invitation {id: $id})-[:TO_JOIN]->(a:Actor) RETURN a.id")
			.bind(id)
			.to("id")
			.fetchAs(String.class)
			.one()
			.orElseThrow(() -> new NotFoundException("invitation", id));
		this.memberships.lockActor(actorId);
		this.memberships.requireOwner(caller, actorId);
		return this.neo4j.query("""
				MATCH (inviter:Person)-[:SENT]->(i:Invitation {id: $id})-[:TO_JOIN]->(a:Actor)
				WHERE i.status = 'PENDING'
				SET i.status = 'REVOKED', i.respondedAt = datetime()
				RETURN %s AS invitation""".formatted(INVITATION))
			.bind(id)
			.to("id")
			.fetch()
			.one()
			.map(row -> invitation((Map<?, ?>) row.get("invitation")))
			.orElseThrow(() -> ConflictException.of("invitation.revoke.answered", id));
	}

	/** The caller, signed in with the invited address, joins the actor with the invited role. */
	public Invitation accept(String id) {
		return respond(id, InvitationStatus.ACCEPTED);
	}

	public Invitation decline(String id) {
		return respond(id, InvitationStatus.DECLINED);
	}

	private Invitation respond(String id, InvitationStatus answer) {
		Caller caller = this.callers.requireSignedIn("answerInvitation");
		String email = caller.email() == null ? "" : caller.email().toLowerCase(Locale.ROOT);
		// An invitation addressed to someone else is as absent as one that does not exist.
		String query = """
				MATCH (inviter:Person)-[:SENT]->(i:Invitation {id: $id, email: $email})-[:TO_JOIN]->(a:Actor)
				RETURN i.status AS status, a.id AS actorId""";
		Map<String, Object> parameters = Map.of("id", id, "email", email);
		String actorId = (String) this.neo4j.query(query).bindAll(parameters).fetch().one()
			.orElseThrow(() -> new NotFoundException("invitationForYou", id))
			.get("actorId");
		// Read the answer's state again once the actor is locked: a revocation or another answer may just have won.
		this.memberships.lockActor(actorId);
		Map<String, Object> row = this.neo4j.query(query).bindAll(parameters).fetch().one()
			.orElseThrow(() -> new NotFoundException("invitationForYou", id));
		if (!"PENDING".equals(row.get("status"))) {
			throw ConflictException.of("invitation.answered", id, row.get("status"));
		}
		return this.neo4j.query("""
				MATCH (inviter:Person)-[:SENT]->(i:Invitation {id: $id})-[:TO_JOIN]->(a:Actor)
				WHERE i.status = 'PENDING'
				SET i.status = $status, i.respondedAt = datetime()
				WITH inviter, i, a
				MERGE (p:Person {subject: $subject})
				  ON CREATE SET p.createdAt = datetime()
				SET p.username = $username, p.email = $email
				FOREACH (joining IN CASE WHEN $status = 'ACCEPTED' THEN [1] ELSE [] END |
				  MERGE (p)-[m:MEMBER_OF]->(a)
				    ON CREATE SET m.role = i.role, m.since = datetime())
				RETURN %s AS invitation""".formatted(INVITATION))
			.bindAll(Map.of("id", id, "status", answer.name(), "subject", caller.subject(), "username",
					caller.username(), "email", email))
			.fetch()
			.one()
			.map(found -> invitation((Map<?, ?>) found.get("invitation")))
			.orElseThrow(() -> new NotFoundException("invitationForYou", id));
	}

	private static Invitation invitation(Map<?, ?> map) {
		return new Invitation((String) map.get("id"), (String) map.get("actorId"), (String) map.get("email"),
				MembershipRole.valueOf((String) map.get("role")), InvitationStatus.valueOf((String) map.get("status")),
				(String) map.get("invitedBy"), GraphInstants.instant(map.get("createdAt")));
	}

}
