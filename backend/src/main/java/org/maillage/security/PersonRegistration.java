package org.maillage.security;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Creates the {@code Person} of a signed-in caller on its first request. Runs before the request's own work,
 * outside its transaction. Subjects already seen since start-up are skipped, so a person costs one write per
 * service start; a changed username or e-mail is stored at the next start, or as soon as the person registers,
 * invites or answers an invitation.
 */
@Component
class PersonRegistration implements WebGraphQlInterceptor {

	private static final Logger log = LoggerFactory.getLogger(PersonRegistration.class);

	private static final int REMEMBERED = 100_000;

	private final Callers callers;

	private final Neo4jClient neo4j;

	private final Set<String> known = ConcurrentHashMap.newKeySet();

	PersonRegistration(Callers callers, Neo4jClient neo4j) {
		this.callers = callers;
		this.neo4j = neo4j;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		try {
			this.callers.current().filter(caller -> !caller.isSystem()).ifPresent(this::register);
		}
		catch (RuntimeException ex) {
			// The request itself will meet the same database and answer for it, classified; the person is
			// registered on a later request.
			log.warn("Could not register the caller's person, left for a later request: {}", ex.toString());
		}
		return chain.next(request);
	}

	private void register(Caller caller) {
		if (this.known.contains(caller.subject())) {
			return;
		}
		this.neo4j.query("""
				MERGE (p:Person {subject: $subject})
				  ON CREATE SET p.createdAt = datetime()
				SET p.username = $username, p.email = $email""")
			.bindAll(PersonParameters.of(caller, Map.of()))
			.run();
		if (this.known.size() >= REMEMBERED) {
			this.known.clear();
		}
		this.known.add(caller.subject());
	}

}
