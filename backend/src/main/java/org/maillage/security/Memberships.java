package org.maillage.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.maillage.core.ConflictException;
import org.maillage.core.ForbiddenException;
import org.maillage.core.InvalidInputException;
import org.maillage.core.NotFoundException;
import org.maillage.database.WriteLocks;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.maillage.core.GraphInstants.instant;

/**
 * Which people belong to which actors. A person is a {@code (:Person {subject})} node, tied to the sign-in
 * service's subject, linked to actors by {@code MEMBER_OF {role, since}}.
 */
@Service
public class Memberships {

	/** The label an actor's write lock is taken on. */
	private static final String ACTOR = "Actor";

	private final Neo4jClient neo4j;

	private final Callers callers;

	private final WriteLocks locks;

	private final ApplicationEventPublisher events;

	Memberships(Neo4jClient neo4j, Callers callers, WriteLocks locks, ApplicationEventPublisher events) {
		this.neo4j = neo4j;
		this.callers = callers;
		this.locks = locks;
		this.events = events;
	}

	/** Makes the caller an owner of the actor it just registered (the service itself owns nothing). */
	public void addOwner(Caller caller, String actorId) {
		if (caller.isSystem()) {
			return;
		}
		this.neo4j.query("""
				MERGE (p:Person {subject: $subject})
				  ON CREATE SET p.createdAt = datetime()
				SET p.username = $username, p.email = $email
				WITH p
				MATCH (a:Actor {id: $actorId})
				MERGE (p)-[m:MEMBER_OF]->(a)
				SET m.role = 'OWNER', m.since = coalesce(m.since, datetime())""")
			.bindAll(PersonParameters.of(caller, Map.of("actorId", actorId)))
			.run();
	}

	/**
	 * Makes a known person a member without an invitation: for the service itself (demo data, imports), never for
	 * a person's request.
	 */
	public void addMemberAsSystem(String subject, String username, String email, String actorId, MembershipRole role) {
		if (!this.callers.current().map(Caller::isSystem).orElse(false)) {
			throw ForbiddenException.of("membership.systemOnly");
		}
		this.neo4j.query("""
				MERGE (p:Person {subject: $subject})
				  ON CREATE SET p.createdAt = datetime()
				SET p.username = $username, p.email = $email
				WITH p
				MATCH (a:Actor {id: $actorId})
				MERGE (p)-[m:MEMBER_OF]->(a)
				SET m.role = $role, m.since = coalesce(m.since, datetime())""")
			.bindAll(Map.of("subject", subject, "username", username, "email", email, "actorId", actorId, "role",
					role.name()))
			.run();
	}

	/**
	 * Makes the members of a duplicate actor members of the actor it is merged into, and moves its pending
	 * invitations there. A person who belongs to both keeps the stronger role. For the merge only, which holds both
	 * actors' locks.
	 */
	public void merge(String survivorId, String duplicateId) {
		Map<String, Object> ids = Map.of("survivorId", survivorId, "duplicateId", duplicateId);
		this.neo4j.query("""
				MATCH (s:Actor {id: $survivorId}), (p:Person)-[m:MEMBER_OF]->(:Actor {id: $duplicateId})
				OPTIONAL MATCH (p)-[existing:MEMBER_OF]->(s)
				CALL (p, m, s, existing) {
				  WITH * WHERE existing IS NULL
				  CREATE (p)-[moved:MEMBER_OF]->(s)
				  SET moved = properties(m)
				}
				CALL (m, existing) {
				  WITH * WHERE existing IS NOT NULL AND m.role = 'OWNER'
				  SET existing.role = 'OWNER'
				}
				DELETE m""").bindAll(ids).run();
		this.neo4j.query("""
				MATCH (s:Actor {id: $survivorId}),
				      (i:Invitation {status: 'PENDING'})-[r:TO_JOIN]->(:Actor {id: $duplicateId})
				CREATE (i)-[:TO_JOIN]->(s)
				DELETE r""").bindAll(ids).run();
	}

	/**
	 * The owners of these actors, each with the e-mail address the sign-in service last gave for them (null when it
	 * gave none), for the messages the service itself sends them; no caller is involved.
	 */
	public List<Owner> ownersOf(java.util.Collection<String> actorIds) {
		return this.neo4j.query("""
				UNWIND $actorIds AS actorId
				MATCH (p:Person)-[:MEMBER_OF {role: 'OWNER'}]->(:Actor {id: actorId})
				RETURN actorId, p.subject AS personId, p.email AS email ORDER BY actorId, personId""")
			.bind(List.copyOf(actorIds))
			.to("actorIds")
			.fetch()
			.all()
			.stream()
			.map(row -> new Owner((String) row.get("actorId"), (String) row.get("personId"), (String) row.get("email")))
			.toList();
	}

	/** The caller's role in the actor, if it is a member. */
	public Optional<MembershipRole> roleOf(Caller caller, String actorId) {
		return this.neo4j.query("""
				MATCH (:Person {subject: $subject})-[m:MEMBER_OF]->(:Actor {id: $actorId}) RETURN m.role""")
			.bindAll(Map.of("subject", caller.subject(), "actorId", actorId))
			.fetchAs(String.class)
			.one()
			.map(MembershipRole::valueOf);
	}

	/** The actors the person with this subject belongs to, whatever the role. */
	public Set<String> actorsOf(String subject) {
		return Set.copyOf(this.neo4j.query("MATCH (:Person {subject: $subject})-[:MEMBER_OF]->(a:Actor) RETURN a.id")
			.bind(subject)
			.to("subject")
			.fetchAs(String.class)
			.all());
	}

	/** The members of an actor, owners first; only its members and administrators may list them. */
	@Transactional(readOnly = true)
	public List<Membership> membersOf(String actorId) {
		Caller caller = this.callers.requireSignedIn("seeMembers");
		requireExistingActor(actorId);
		requireEditor(caller, actorId);
		return this.neo4j.query("""
				MATCH (p:Person)-[m:MEMBER_OF]->(a:Actor {id: $actorId})
				RETURN p.subject AS personId, p.username AS username, m.role AS role, m.since AS since
				ORDER BY m.role DESC, p.username""")
			.bind(actorId)
			.to("actorId")
			.fetch()
			.all()
			.stream()
			.map(row -> new Membership((String) row.get("personId"), (String) row.get("username"), actorId,
					MembershipRole.valueOf((String) row.get("role")), instant(row.get("since"))))
			.toList();
	}

	/** The caller's own memberships. */
	@Transactional(readOnly = true)
	public List<Membership> mine() {
		Caller caller = this.callers.requireSignedIn("seeMemberships");
		return this.neo4j.query("""
				MATCH (p:Person {subject: $subject})-[m:MEMBER_OF]->(a:Actor)
				RETURN a.id AS actorId, m.role AS role, m.since AS since ORDER BY a.name""")
			.bind(caller.subject())
			.to("subject")
			.fetch()
			.all()
			.stream()
			.map(row -> new Membership(caller.subject(), caller.username(), (String) row.get("actorId"),
					MembershipRole.valueOf((String) row.get("role")), instant(row.get("since"))))
			.toList();
	}

	/**
	 * Makes another member an owner and the caller an editor. Only an owner (or an administrator, who then only
	 * promotes) may.
	 */
	@Transactional
	public List<Membership> transferOwnership(String actorId, String toPersonId) {
		Caller caller = this.callers.requireSignedIn("transferOwnership");
		lockActor(actorId);
		requireOwner(caller, actorId);
		boolean promoted = this.neo4j.query("""
				MATCH (:Person {subject: $to})-[m:MEMBER_OF]->(:Actor {id: $actorId})
				SET m.role = 'OWNER'
				RETURN count(m) > 0""")
			.bindAll(Map.of("to", toPersonId, "actorId", actorId))
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
		if (!promoted) {
			throw InvalidInputException.of("toPersonId", "membership.transfer.notMember", actorId);
		}
		if (!caller.subject().equals(toPersonId)) {
			this.neo4j.query("""
					MATCH (:Person {subject: $subject})-[m:MEMBER_OF]->(:Actor {id: $actorId}) SET m.role = 'EDITOR'""")
				.bindAll(Map.of("subject", caller.subject(), "actorId", actorId))
				.run();
		}
		return membersOf(actorId);
	}

	/** An owner (or an administrator) removes a member; the last owner cannot be removed. */
	@Transactional
	public List<Membership> remove(String actorId, String personId) {
		Caller caller = this.callers.requireSignedIn("removeMember");
		lockActor(actorId);
		requireOwner(caller, actorId);
		Map<String, Object> state = this.neo4j.query("""
				OPTIONAL MATCH (:Person {subject: $personId})-[m:MEMBER_OF]->(:Actor {id: $actorId})
				RETURN m.role AS role, COUNT { (:Person)-[:MEMBER_OF {role: 'OWNER'}]->(:Actor {id: $actorId}) } AS owners""")
			.bindAll(Map.of("personId", personId, "actorId", actorId))
			.fetch()
			.one()
			.orElseThrow();
		if (state.get("role") == null) {
			throw InvalidInputException.of("personId", "membership.remove.notMember", actorId);
		}
		if ("OWNER".equals(state.get("role")) && ((Number) state.get("owners")).longValue() <= 1) {
			throw ConflictException.of("membership.remove.lastOwner", actorId);
		}
		this.neo4j.query("MATCH (:Person {subject: $personId})-[m:MEMBER_OF]->(:Actor {id: $actorId}) DELETE m")
			.bindAll(Map.of("personId", personId, "actorId", actorId))
			.run();
		this.events.publishEvent(new MemberLeft(actorId, personId));
		return membersOf(actorId);
	}

	/** The caller leaves the actor; the last owner may not, so that no actor is left without one. */
	@Transactional
	public void leave(String actorId) {
		Caller caller = this.callers.requireSignedIn("leaveActor");
		lockActor(actorId);
		MembershipRole role = roleOf(caller, actorId)
			.orElseThrow(() -> new NotFoundException("yourMembership", actorId));
		long owners = this.neo4j.query("MATCH (:Person)-[m:MEMBER_OF {role: 'OWNER'}]->(:Actor {id: $actorId}) RETURN count(m)")
			.bind(actorId)
			.to("actorId")
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
		if (role == MembershipRole.OWNER && owners <= 1) {
			throw ConflictException.of("membership.leave.lastOwner", actorId);
		}
		this.neo4j.query("MATCH (:Person {subject: $subject})-[m:MEMBER_OF]->(:Actor {id: $actorId}) DELETE m")
			.bindAll(Map.of("subject", caller.subject(), "actorId", actorId))
			.run();
		this.events.publishEvent(new MemberLeft(actorId, caller.subject()));
	}

	/**
	 * Takes the actor's write lock for the rest of the transaction: changes to its members and invitations are
	 * checked (the last owner, one pending invitation per address) and written one request at a time.
	 * @throws NotFoundException when there is no such actor
	 */
	void lockActor(String actorId) {
		if (!this.locks.lock(ACTOR, actorId)) {
			throw new NotFoundException("actor", actorId);
		}
	}

	/** Forgets the invitations to an actor about to be deleted; its memberships go with it. */
	public void forget(String actorId) {
		this.neo4j.query("MATCH (i:Invitation)-[:TO_JOIN]->(:Actor {id: $actorId}) DETACH DELETE i")
			.bind(actorId)
			.to("actorId")
			.run();
	}

	void requireExistingActor(String actorId) {
		boolean exists = this.neo4j.query("RETURN EXISTS { (:Actor {id: $actorId}) }")
			.bind(actorId)
			.to("actorId")
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
		if (!exists) {
			throw new NotFoundException("actor", actorId);
		}
	}

	/**
	 * Administrators and the actor's members may edit it; others may not.
	 * @throws ForbiddenException saying who may
	 */
	public void requireEditor(Caller caller, String actorId) {
		if (caller.isAdmin() || roleOf(caller, actorId).isPresent()) {
			return;
		}
		throw ForbiddenException.of("forbidden.membersOnly", actorId);
	}

	/**
	 * Administrators and the actor's owners may delete it or manage its members.
	 * @throws ForbiddenException saying who may
	 */
	public void requireOwner(Caller caller, String actorId) {
		if (caller.isAdmin() || roleOf(caller, actorId).filter(MembershipRole.OWNER::equals).isPresent()) {
			return;
		}
		throw ForbiddenException.of("forbidden.ownersOnly", actorId);
	}

}
