package org.maillage.watch.persistence;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.maillage.watch.DigestFrequency;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import static org.maillage.core.GraphInstants.instant;

/**
 * A person's e-mail digest: one {@code (:WatchDigest {personId})}, PENDING until its address is confirmed by the link
 * of its confirmation e-mail (double opt-in), CONFIRMED while digests go out (each when {@code dueAt} has passed), and
 * UNSUBSCRIBED after the one-click link of any digest. The read scope a digest is written for is the visibility
 * levels the person had when subscribing ({@code visible}) and the actors they belong to when it is sent.
 */
@Component
public class DigestGraph {

	private final Neo4jClient neo4j;

	DigestGraph(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * @param status PENDING, CONFIRMED or UNSUBSCRIBED
	 * @param visible the visibility levels the person may read
	 * @param dueAt when the next digest is due
	 * @param lastSentAt the end of the period the last digest covered (its confirmation at first)
	 */
	public record Digest(String personId, String email, DigestFrequency frequency, String status, String token,
			String confirmToken, List<String> visible, Instant dueAt, Instant lastSentAt) {
	}

	/** Locks the person's digest, creating it (PENDING, without an address) when there is none. */
	public Digest lockOrCreate(String personId, String token, String confirmToken) {
		return this.neo4j.query("""
				MERGE (d:WatchDigest {personId: $personId})
				  ON CREATE SET d.status = 'PENDING', d.token = $token, d.confirmToken = $confirmToken,
				                d.createdAt = datetime(), d.frequency = 'WEEKLY', d.visible = []
				SET d._LOCK_ = true
				REMOVE d._LOCK_
				RETURN d""")
			.bindAll(Map.of("personId", personId, "token", token, "confirmToken", confirmToken))
			.fetchAs(Digest.class)
			.mappedBy((types, record) -> digest(record.get("d").asMap()))
			.one()
			.orElseThrow();
	}

	/** Writes what the person asked for; a new address or a new subscription waits for confirmation again. */
	public void update(String personId, String email, DigestFrequency frequency, List<String> visible,
			String confirmToken, boolean pending) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("personId", personId);
		parameters.put("email", email);
		parameters.put("frequency", frequency.name());
		parameters.put("visible", visible);
		parameters.put("confirmToken", confirmToken);
		parameters.put("pending", pending);
		this.neo4j.query("""
				MATCH (d:WatchDigest {personId: $personId})
				SET d.email = $email, d.frequency = $frequency, d.visible = $visible, d.updatedAt = datetime()
				WITH d WHERE $pending
				SET d.status = 'PENDING', d.confirmToken = $confirmToken, d.dueAt = null""")
			.bindAll(parameters)
			.run();
	}

	public Optional<Digest> ofPerson(String personId) {
		return this.neo4j.query("MATCH (d:WatchDigest {personId: $personId}) RETURN d")
			.bind(personId)
			.to("personId")
			.fetchAs(Digest.class)
			.mappedBy((types, record) -> digest(record.get("d").asMap()))
			.one();
	}

	public Optional<Digest> ofConfirmToken(String confirmToken) {
		return this.neo4j.query("MATCH (d:WatchDigest {confirmToken: $confirmToken}) RETURN d")
			.bind(confirmToken)
			.to("confirmToken")
			.fetchAs(Digest.class)
			.mappedBy((types, record) -> digest(record.get("d").asMap()))
			.one();
	}

	/** Confirms the address of the digest whose confirmation token this is; false for an unknown token. */
	public boolean confirm(String confirmToken, Instant now, Instant firstDue) {
		return this.neo4j.query("""
				MATCH (d:WatchDigest {confirmToken: $confirmToken})
				SET d._LOCK_ = true
				REMOVE d._LOCK_
				WITH d
				CALL (d) {
				  WITH d WHERE d.status = 'PENDING'
				  SET d.status = 'CONFIRMED', d.confirmedAt = $now, d.lastSentAt = coalesce(d.lastSentAt, $now),
				      d.dueAt = $firstDue
				}
				RETURN d.status = 'CONFIRMED'""")
			.bindAll(Map.of("confirmToken", confirmToken, "now", utc(now), "firstDue", utc(firstDue)))
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

	/** Stops the digest whose unsubscribe token this is; false for an unknown token. */
	public boolean unsubscribe(String token) {
		return this.neo4j.query("""
				MATCH (d:WatchDigest {token: $token})
				SET d.status = 'UNSUBSCRIBED', d.dueAt = null, d.unsubscribedAt = datetime()
				RETURN true""")
			.bind(token)
			.to("token")
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

	/** The people whose digests are due, by person id. */
	public List<String> due(Instant now, int size) {
		return List.copyOf(this.neo4j.query("""
				MATCH (d:WatchDigest {status: 'CONFIRMED'}) WHERE d.dueAt <= $now
				RETURN d.personId ORDER BY d.dueAt, d.personId LIMIT $size""")
			.bindAll(Map.of("now", utc(now), "size", size))
			.fetchAs(String.class)
			.all());
	}

	/**
	 * Takes the write locks of these people's digests (in id order), then, once they are held, reads those still
	 * due: a digest another run sent meanwhile is no longer due, so that each digest goes out once.
	 */
	public List<Digest> lockDue(List<String> personIds, Instant now) {
		this.neo4j.query("""
				UNWIND $ids AS id
				MATCH (d:WatchDigest {personId: id})
				SET d._LOCK_ = true
				REMOVE d._LOCK_""").bindAll(Map.of("ids", personIds.stream().sorted().toList())).run();
		return List.copyOf(this.neo4j.query("""
				UNWIND $ids AS id
				MATCH (d:WatchDigest {personId: id, status: 'CONFIRMED'}) WHERE d.dueAt <= $now
				RETURN d""")
			.bindAll(Map.of("ids", personIds, "now", utc(now)))
			.fetchAs(Digest.class)
			.mappedBy((types, record) -> digest(record.get("d").asMap()))
			.all());
	}

	/** Marks the digest sent for the period up to {@code now}; the next is due at {@code nextDue}. */
	public void sent(String personId, Instant now, Instant nextDue) {
		this.neo4j.query("""
				MATCH (d:WatchDigest {personId: $personId})
				SET d.lastSentAt = $now, d.dueAt = $nextDue""")
			.bindAll(Map.of("personId", personId, "now", utc(now), "nextDue", utc(nextDue)))
			.run();
	}

	private static Object utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	@SuppressWarnings("unchecked")
	private static Digest digest(Map<String, Object> d) {
		return new Digest((String) d.get("personId"), (String) d.get("email"),
				DigestFrequency.valueOf((String) d.get("frequency")), (String) d.get("status"), (String) d.get("token"),
				(String) d.get("confirmToken"), (List<String>) d.getOrDefault("visible", List.of()),
				d.get("dueAt") == null ? null : instant(d.get("dueAt")),
				d.get("lastSentAt") == null ? null : instant(d.get("lastSentAt")));
	}

}
