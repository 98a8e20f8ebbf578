package org.maillage.matchmaking.graphql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingFieldSelectionSet;

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
import org.springframework.transaction.annotation.Transactional;

/** {@code matchActors}, and the actors behind every match, batch-loaded. */
@Controller
class MatchmakingController {

	private final Matchmaking matchmaking;

	private final ActorDirectory directory;

	MatchmakingController(Matchmaking matchmaking, ActorDirectory directory) {
		this.matchmaking = matchmaking;
		this.directory = directory;
	}

	/**
	 * One read transaction for the ranking and, when the page's actors are asked, their profiles: read apart, in the
	 * batch below, they cost a transaction of their own, whose {@code BEGIN} and {@code COMMIT} took about 4 ms of a
	 * 75 ms request at 100,000 actors (docs/performance.md, "Where the 22 ms go").
	 */
	@QueryMapping
	@Transactional(readOnly = true)
	MatchConnection matchActors(@Argument String problem, @Argument List<Need> needs, @Argument MatchFilter filter,
			@Argument Integer first, @Argument String after, DataFetchingFieldSelectionSet selection,
			GraphQLContext context) {
		MatchFilter given = filter == null ? MatchFilter.NONE : filter;
		PageRequest page = PageRequest.of(first == null ? 10 : first, after);
		ActorMatches matches = this.matchmaking.match(new MatchRequest(problem, needs, given.territories(),
				given.kinds(), given.sectors(), given.exclude() == null ? Set.of() : Set.copyOf(given.exclude()),
				given.near()), page);
		if (selection.contains("edges/node/actor")) {
			profiles(context).putAll(this.directory.byIds(BatchResults.keys(matches.matches(), ActorMatch::actorId)));
		}
		Connection<ActorMatch> connection = Connection.of(matches.matches(), page, matches.total());
		return new MatchConnection(connection.edges(), connection.pageInfo(), connection.totalCount(),
				matches.needs(), weights(matches.weights()));
	}

	static List<SignalWeight> weights(Map<MatchSignal, Double> weights) {
		return weights.entrySet().stream().map(entry -> new SignalWeight(entry.getKey(), entry.getValue())).toList();
	}

	/** The actors behind matches: those {@link #matchActors} read already, the others in one batch. */
	@BatchMapping(typeName = "ActorMatch", field = "actor")
	Map<ActorMatch, Actor> actor(List<ActorMatch> matches, GraphQLContext context) {
		Map<String, Actor> read = profiles(context);
		List<String> missing = BatchResults.keys(matches, ActorMatch::actorId)
			.stream()
			.filter(id -> !read.containsKey(id))
			.toList();
		Map<String, Actor> actors = new HashMap<>(read);
		if (!missing.isEmpty()) {
			actors.putAll(this.directory.byIds(missing));
		}
		return BatchResults.byKey(matches, ActorMatch::actorId, actors, null);
	}

	/** The profiles read with the request's rankings, by actor id (several fields of one request may rank). */
	private static Map<String, Actor> profiles(GraphQLContext context) {
		return context.computeIfAbsent(PROFILES, key -> new ConcurrentHashMap<String, Actor>());
	}

	private static final String PROFILES = MatchmakingController.class.getName() + ".profiles";

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
