package org.maillage.actor.persistence;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Every topic by its facet token, read from the database and kept for {@code maillage.directory.topic-tokens-age}
 * (ten seconds): an actor list's topic facet is counted by token, and a token cannot be read back as a key (spaces and
 * accents are lost). Finding the topics by computing every topic's token in Cypher took 3.5–4.5 ms for the 50 topics
 * of the benchmark's territory, most of what a broad text search's facets cost beyond counting them
 * (docs/observatory.md, "A first asking"), and grows with the topics; computed here, once per reading, it costs a
 * map's lookups. A token not read yet (a topic declared since) reads the topics whose key starts with its first
 * word, through the keys' index. A topic's name, the wording of its first PUBLIC declaration, may be ten seconds older
 * than the database's.
 */
@Component
class TopicTokens {

	/** A topic as a facet names it. */
	record Topic(String key, String name) {
	}

	/** Tokens not read yet read the topics again at most this often. */
	private static final Duration MISSING_AGAIN = Duration.ofSeconds(1);

	private final Neo4jClient neo4j;

	private final long maxAge;

	private volatile Read read;

	TopicTokens(Neo4jClient neo4j, @Value("${maillage.directory.topic-tokens-age:10s}") Duration maxAge) {
		this.neo4j = neo4j;
		this.maxAge = maxAge.toNanos();
		this.read = new Read(Map.of(), System.nanoTime() - this.maxAge - 1);
	}

	/** The topics whose token is one of these (two keys differing only by punctuation share a token). */
	Map<String, List<Topic>> of(Collection<String> tokens) {
		Read current = this.read;
		long now = System.nanoTime();
		if (now - current.readAt() > this.maxAge) {
			current = readAll(now);
		}
		Read known = current;
		List<String> missing = tokens.stream().filter(token -> !known.byToken().containsKey(token)).toList();
		if (!missing.isEmpty()) {
			current = readMissing(missing, now);
		}
		Map<String, List<Topic>> found = new HashMap<>();
		for (String token : tokens) {
			List<Topic> topics = current.byToken().get(token);
			if (topics != null) {
				found.put(token, topics);
			}
		}
		return found;
	}

	private synchronized Read readAll(long asked) {
		if (this.read.readAt() - asked >= 0) {
			// read by another request while this one waited
			return this.read;
		}
		Map<String, List<Topic>> byToken = new HashMap<>();
		long readAt = System.nanoTime();
		this.neo4j.query("MATCH (t:Topic) RETURN t.key AS key, t.name AS name")
			.fetch()
			.all()
			.forEach(row -> {
				String key = (String) row.get("key");
				byToken.computeIfAbsent(Facets.token(Facets.TOPIC, key), token -> new ArrayList<>(1))
					.add(new Topic(key, (String) row.get("name")));
			});
		this.read = new Read(Map.copyOf(byToken), readAt);
		return this.read;
	}

	/**
	 * Adds the topics of tokens not read yet: those whose key starts with the token's first word, through the keys'
	 * index; every topic again when a token has no first word (a key starting with a character a token replaces), at
	 * most once a second.
	 */
	private synchronized Read readMissing(List<String> tokens, long asked) {
		List<String> prefixes = tokens.stream()
			.map(token -> token.substring(Facets.TOPIC.length()).split("_", -1)[0])
			.distinct()
			.toList();
		if (prefixes.contains("")) {
			return asked - this.read.readAt() > MISSING_AGAIN.toNanos() ? readAll(asked) : this.read;
		}
		Map<String, List<Topic>> byToken = new HashMap<>(this.read.byToken());
		this.neo4j.query("""
				UNWIND $prefixes AS prefix
				MATCH (t:Topic) WHERE t.key STARTS WITH prefix
				RETURN DISTINCT t.key AS key, t.name AS name""")
			.bind(prefixes)
			.to("prefixes")
			.fetch()
			.all()
			.forEach(row -> {
				String key = (String) row.get("key");
				String token = Facets.token(Facets.TOPIC, key);
				List<Topic> topics = new ArrayList<>(byToken.getOrDefault(token, List.of()));
				if (topics.stream().noneMatch(topic -> topic.key().equals(key))) {
					topics.add(new Topic(key, (String) row.get("name")));
					byToken.put(token, List.copyOf(topics));
				}
			});
		this.read = new Read(Map.copyOf(byToken), this.read.readAt());
		return this.read;
	}

	private record Read(Map<String, List<Topic>> byToken, long readAt) {
	}

}
