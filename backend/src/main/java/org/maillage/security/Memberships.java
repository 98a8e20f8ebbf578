package org.maillage.security;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.maillage.core.ForbiddenException;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Which people belong to which actors. A person is a {@code (:Person {subject})} node, tied to the sign-in
 * service's subject, linked to actors by {@code MEMBER_OF {role, since}}.
 */
@Service
public class Memberships {

	private final Neo4jClient neo4j;

	Memberships(Neo4jClient neo4j) {
		this.neo4j = neo4j;
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

	/**
	 * Administrators and the actor's members may edit it; others may not.
	 * @throws ForbiddenException saying who may
	 */
	public void requireEditor(Caller caller, String actorId) {
		if (caller.isAdmin() || roleOf(caller, actorId).isPresent()) {
			return;
		}
		throw new ForbiddenException(
				"Only the members of actor " + actorId + " (and administrators) may change it or its items");
	}

	/**
	 * Administrators and the actor's owners may delete it or manage its members.
	 * @throws ForbiddenException saying who may
	 */
	public void requireOwner(Caller caller, String actorId) {
		if (caller.isAdmin() || roleOf(caller, actorId).filter(MembershipRole.OWNER::equals).isPresent()) {
			return;
		}
		throw new ForbiddenException("Only the owners of actor " + actorId + " (and administrators) may do this");
	}

}
