package org.maillage.matchmaking.graphql;

import java.util.List;
import java.util.Map;

import org.maillage.actor.ActorDirectory;
import org.maillage.actor.Problem;
import org.maillage.actor.ProblemCategory;
import org.maillage.core.BatchResults;
import org.maillage.core.Connection;
import org.maillage.core.PageRequest;
import org.maillage.matchmaking.ProblemMatch;
import org.maillage.matchmaking.ProblemMatches;
import org.maillage.matchmaking.ProblemsToHelpWith;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code problemsICouldHelpWith}, and the problems behind every match, batch-loaded. */
@Controller
class HelpController {

	private final ProblemsToHelpWith problems;

	private final ActorDirectory directory;

	HelpController(ProblemsToHelpWith problems, ActorDirectory directory) {
		this.problems = problems;
		this.directory = directory;
	}

	@QueryMapping
	ProblemMatchConnection problemsICouldHelpWith(@Argument String actor, @Argument HelpFilter filter,
			@Argument Integer first, @Argument String after) {
		PageRequest page = PageRequest.of(first == null ? 10 : first, after);
		ProblemMatches matches = this.problems.forActor(actor, filter == null ? null : filter.categories(), page);
		Connection<ProblemMatch> connection = Connection.of(matches.matches(), page, matches.total());
		return new ProblemMatchConnection(connection.edges(), connection.pageInfo(), connection.totalCount(),
				MatchmakingController.weights(matches.weights()));
	}

	/** The problems, as the caller may see them: the same rule the ranking applied. */
	@BatchMapping(typeName = "ProblemMatch", field = "problem")
	Map<ProblemMatch, Problem> problem(List<ProblemMatch> matches) {
		return BatchResults.byKey(matches, ProblemMatch::problemId,
				this.directory.problemsByIds(BatchResults.keys(matches, ProblemMatch::problemId)), null);
	}

	record HelpFilter(List<ProblemCategory> categories) {
	}

	record ProblemMatchConnection(List<Connection.Edge<ProblemMatch>> edges, Connection.PageInfo pageInfo,
			long totalCount, List<MatchmakingController.SignalWeight> weights) {
	}

}
