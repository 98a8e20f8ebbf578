package org.maillage.matchmaking.graphql;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.maillage.actor.Actor;
import org.maillage.actor.ActorDirectory;
import org.maillage.actor.ActorKind;
import org.maillage.actor.Need;
import org.maillage.actor.Sector;
import org.maillage.core.BatchResults;
import org.maillage.core.Connection;
import org.maillage.core.PageRequest;
import org.maillage.matchmaking.ActorMatch;
import org.maillage.matchmaking.ActorMatches;
import org.maillage.matchmaking.MatchRequest;
import org.maillage.matchmaking.MatchSignal;
import org.maillage.matchmaking.Matchmaking;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code matchActors}, and the actors behind every match, batch-loaded. */
@Controller
class MatchmakingController {

	private final Matchmaking matchmaking;

	private final ActorDirectory directory;

	MatchmakingController(Matchmaking matchmaking, ActorDirectory directory) {
		this.matchmaking = matchmaking;
		this.directory = directory;
	}

	@QueryMapping
	MatchConnection matchActors(@Argument String problem, @Argument List<Need> needs, @Argument MatchFilter filter,
			@Argument Integer first, @Argument String after) {
		MatchFilter given = filter == null ? MatchFilter.NONE : filter;
		PageRequest page = PageRequest.of(first == null ? 10 : first, after);
		ActorMatches matches = this.matchmaking.match(new MatchRequest(problem, needs, given.territories(),
				given.kinds(), given.sectors(), given.exclude() == null ? Set.of() : Set.copyOf(given.exclude()),
				given.near()), page);
		Connection<ActorMatch> connection = Connection.of(matches.matches(), page, matches.total());
		return new MatchConnection(connection.edges(), connection.pageInfo(), connection.totalCount(),
				matches.needs(), weights(matches.weights()));
	}

	static List<SignalWeight> weights(Map<MatchSignal, Double> weights) {
		return weights.entrySet().stream().map(entry -> new SignalWeight(entry.getKey(), entry.getValue())).toList();
	}

	@BatchMapping(typeName = "ActorMatch", field = "actor")
	Map<ActorMatch, Actor> actor(List<ActorMatch> matches) {
		return BatchResults.byKey(matches, ActorMatch::actorId,
				this.directory.byIds(BatchResults.keys(matches, ActorMatch::actorId)), null);
	}

	record MatchFilter(List<String> territories, List<ActorKind> kinds, List<Sector> sectors, List<String> exclude,
			String near) {

		static final MatchFilter NONE = new MatchFilter(null, null, null, null, null);

	}

	record MatchConnection(List<Connection.Edge<ActorMatch>> edges, Connection.PageInfo pageInfo, long totalCount,
			List<Need> needs, List<SignalWeight> weights) {
	}

	record SignalWeight(MatchSignal signal, double weight) {
	}

}
