package org.maillage.bench;

import java.util.Map;

import org.maillage.matchmaking.Matchmaking;

import org.springframework.context.ApplicationContext;

/**
 * The benchmark's one call into the matchmaking module: the single Cypher statement, with its parameters, that
 * the service runs to rank actors for a problem as a public visitor sees it. The benchmark runs it through the
 * driver to measure what GraphQL, mapping and explanations add on top of the query itself.
 */
final class RawRankings {

	record Query(String cypher, Map<String, Object> parameters) {
	}

	private final Matchmaking matchmaking;

	RawRankings(ApplicationContext context) {
		this.matchmaking = context.getBean(Matchmaking.class);
	}

	Query of(String problemId) {
		var ranking = this.matchmaking.rawRanking(problemId);
		return new Query(ranking.cypher(), ranking.parameters());
	}

}
