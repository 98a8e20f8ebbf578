package org.maillage.matchmaking.graphql;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.maillage.actor.Actor;
import org.maillage.actor.ActorDirectory;
import org.maillage.core.Audited;
import org.maillage.core.BatchResults;
import org.maillage.core.Connection;
import org.maillage.core.PageRequest;
import org.maillage.matchmaking.ActorMatch;
import org.maillage.matchmaking.MatchMark;
import org.maillage.matchmaking.MatchMarks;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Facilitators' marks on matches: marking, reading them beside a ranking or by problem, and the replay. */
@Controller
class MatchMarkController {

	private final MatchMarks marks;

	private final ActorDirectory directory;

	MatchMarkController(MatchMarks marks, ActorDirectory directory) {
		this.marks = marks;
		this.directory = directory;
	}

	@MutationMapping
	MatchMarkPayload markMatch(@Argument MarkMatchInput input) {
		return new MatchMarkPayload(this.marks.mark(input.problemId(), input.actorId(), input.relevant(),
				input.reason()));
	}

	@MutationMapping
	UnmarkMatchPayload unmarkMatch(@Argument UnmarkMatchInput input) {
		return new UnmarkMatchPayload(this.marks.unmark(input.problemId(), input.actorId()));
	}

	@QueryMapping
	Connection<MatchMark> matchMarks(@Argument String problem, @Argument Integer first, @Argument String after) {
		return this.marks.marksOf(problem, PageRequest.of(first, after));
	}

	@QueryMapping
	MatchMarks.Replay matchMarkReplay(@Argument Integer problems) {
		return this.marks.replay(problems);
	}

	/** The page's marks in one read per problem ranked (a page ranks one problem). */
	@BatchMapping(typeName = "ActorMatch", field = "marks")
	Map<ActorMatch, List<MatchMark>> marks(List<ActorMatch> matches) {
		Map<String, List<ActorMatch>> byProblem = matches.stream()
			.filter(match -> match.problemId() != null)
			.collect(Collectors.groupingBy(ActorMatch::problemId));
		Map<ActorMatch, List<MatchMark>> marks = new java.util.HashMap<>();
		byProblem.forEach((problemId, ranked) -> {
			Map<String, List<MatchMark>> found = this.marks.marksOf(problemId,
					ranked.stream().map(ActorMatch::actorId).toList());
			ranked.forEach(match -> marks.put(match, found.getOrDefault(match.actorId(), List.of())));
		});
		matches.forEach(match -> marks.putIfAbsent(match, List.of()));
		return marks;
	}

	@BatchMapping(typeName = "MatchMark", field = "actor")
	Map<MatchMark, Actor> actor(List<MatchMark> marks) {
		return BatchResults.byKey(marks, MatchMark::actorId,
				this.directory.byIds(BatchResults.keys(marks, MatchMark::actorId)), null);
	}

	@SchemaMapping(typeName = "MatchMark", field = "problem")
	String problem(MatchMark mark) {
		return mark.problemId();
	}

	@SchemaMapping(typeName = "MatchMark", field = "markedAt")
	String markedAt(MatchMark mark) {
		return mark.markedAt().toString();
	}

	record MarkMatchInput(String problemId, String actorId, boolean relevant, String reason) {
	}

	record UnmarkMatchInput(String problemId, String actorId) {
	}

	record UnmarkMatchPayload(boolean removed) {
	}

	record MatchMarkPayload(MatchMark mark) implements Audited {

		@Override
		public String auditTarget() {
			return this.mark.actorId();
		}

	}

}
