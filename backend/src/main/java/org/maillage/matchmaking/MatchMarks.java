package org.maillage.matchmaking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.maillage.core.Connection;
import org.maillage.core.ForbiddenException;
import org.maillage.core.InvalidInputException;
import org.maillage.core.Message;
import org.maillage.core.NotFoundException;
import org.maillage.core.PageRequest;
import org.maillage.core.ReadScopes;
import org.maillage.database.WriteLocks;
import org.maillage.matchmaking.persistence.MarkedProblem;
import org.maillage.matchmaking.persistence.MatchMarkQueries;
import org.maillage.security.Caller;
import org.maillage.security.Callers;
import org.maillage.security.Role;

import org.springframework.stereotype.Service;

/**
 * Facilitators' marks on proposed matches ("learning from facilitators"): a facilitator judges an actor relevant or not
 * for a problem, with a reason; the marks are shown to the other facilitators, an actor rejected for a problem leaves
 * its ranking, and the marks on other problems of the same category nudge a ranking, boundedly
 * ({@code MatchQueries#RANKING}). The replay measures what they change. Only facilitators and administrators mark or
 * read marks; marks are only ever taken on problems the facilitator may see.
 */
@Service
public class MatchMarks {

	static final int REASON_LENGTH = 500;

	static final int REPLAY_PROBLEMS = 20;

	/** The first five of a ranking: what precision is measured on, as in the quality tests. */
	private static final int TOP = 5;

	private final MatchMarkQueries queries;

	private final Matchmaking matchmaking;

	private final Callers callers;

	private final ReadScopes scopes;

	private final WriteLocks locks;

	MatchMarks(MatchMarkQueries queries, Matchmaking matchmaking, Callers callers, ReadScopes scopes,
			WriteLocks locks) {
		this.locks = locks;
		this.queries = queries;
		this.matchmaking = matchmaking;
		this.callers = callers;
		this.scopes = scopes;
	}

	public MatchMark mark(String problemId, String actorId, boolean relevant, String reason) {
		Caller caller = requireFacilitator("markMatch");
		String text = reason == null || reason.isBlank() ? null : reason.strip();
		if (text != null && text.length() > REASON_LENGTH) {
			throw InvalidInputException.of("reason", "text.tooLong", REASON_LENGTH);
		}
		// the problem and the actor stay until the mark is written: a removal racing it waits, or has already won
		if (!this.locks.lock("Problem", problemId)) {
			throw new NotFoundException("problem", problemId);
		}
		String ownerId = visibleProblemOwner(problemId);
		if (actorId.equals(ownerId)) {
			throw InvalidInputException.of("actor", "match.mark.ownActor", actorId);
		}
		if (!this.locks.lock("Actor", actorId)) {
			throw new NotFoundException("actor", actorId);
		}
		return this.queries.mark(problemId, actorId, caller.subject(), caller.username(), relevant, text)
			.orElseThrow(() -> new NotFoundException("problem", problemId));
	}

	public boolean unmark(String problemId, String actorId) {
		Caller caller = requireFacilitator("unmarkMatch");
		visibleProblemOwner(problemId);
		return this.queries.unmark(problemId, actorId, caller.subject());
	}

	public Connection<MatchMark> marksOf(String problemId, PageRequest page) {
		requireFacilitator("seeMatchMarks");
		visibleProblemOwner(problemId);
		return Connection.of(this.queries.marksOf(problemId, page), page, this.queries.countOf(problemId));
	}

	/** The marks on these actors for this problem, for facilitators; nothing for anyone else. */
	public Map<String, List<MatchMark>> marksOf(String problemId, List<String> actorIds) {
		if (problemId == null || !mayReadMarks()) {
			return Map.of();
		}
		return this.queries.marksOf(problemId, actorIds);
	}

	/**
	 * Ranks the most recently marked problems three times (no mark, other problems' marks only, every mark) and
	 * measures precision@5 on the actors facilitators marked for each.
	 */
	public Replay replay(Integer problems) {
		requireFacilitator("replayMatchMarks");
		int count = problems == null ? 10 : problems;
		if (count < 0 || count > REPLAY_PROBLEMS) {
			throw InvalidInputException.of("problems", "page.first.range", REPLAY_PROBLEMS, count);
		}
		List<ProblemReplay> replays = new ArrayList<>();
		for (MarkedProblem problem : this.queries.recentlyMarked(count, this.scopes.current())) {
			replays.add(new ProblemReplay(problem.problemId(), problem.title(), problem.balances().size(),
					precision(problem, MarkUse.NONE), precision(problem, MarkUse.OTHER_PROBLEMS),
					precision(problem, MarkUse.ALL)));
		}
		return new Replay(replays, mean(replays, ProblemReplay::precisionWithoutMarks),
				mean(replays, ProblemReplay::precisionFromOtherProblems), mean(replays, ProblemReplay::precisionWithMarks));
	}

	/** Relevant marks over marked actors among the first five; null when none of them was marked either way. */
	private Double precision(MarkedProblem problem, MarkUse marks) {
		List<ActorMatch> top = this.matchmaking
			.match(MatchRequest.forProblem(problem.problemId()), new PageRequest(0, TOP), marks)
			.matches();
		long judged = 0;
		long relevant = 0;
		for (ActorMatch match : top) {
			long balance = problem.balances().getOrDefault(match.actorId(), 0L);
			if (balance != 0) {
				judged++;
				relevant += balance > 0 ? 1 : 0;
			}
		}
		return judged == 0 ? null : Math.round(1000.0 * relevant / judged) / 1000.0;
	}

	private static Double mean(List<ProblemReplay> replays,
			java.util.function.Function<ProblemReplay, Double> precision) {
		OptionalDouble mean = replays.stream()
			.map(precision)
			.filter(java.util.Objects::nonNull)
			.mapToDouble(Double::doubleValue)
			.average();
		return mean.isPresent() ? Math.round(mean.getAsDouble() * 1000) / 1000.0 : null;
	}

	/** The owner of the problem if the caller may see it; NOT_FOUND otherwise, as for a problem that does not exist. */
	private String visibleProblemOwner(String problemId) {
		return this.queries.ownerOfVisibleProblem(problemId, this.scopes.current())
			.orElseThrow(() -> new NotFoundException("problem", problemId));
	}

	private boolean mayReadMarks() {
		return this.callers.current().filter(caller -> caller.has(Role.FACILITATOR) || caller.isAdmin()).isPresent();
	}

	private Caller requireFacilitator(String action) {
		Caller caller = this.callers.requireSignedIn(action);
		if (!caller.has(Role.FACILITATOR) && !caller.isAdmin()) {
			throw ForbiddenException.of("forbidden.facilitatorsOnly", Message.of("action." + action));
		}
		return caller;
	}

	/**
	 * @param precisionWithoutMarks precision@5 of the rankings with no mark, averaged over the problems that have one
	 * @param precisionFromOtherProblems the same with the marks of other problems only
	 * @param precisionWithMarks the same with every mark
	 */
	public record Replay(List<ProblemReplay> problems, Double precisionWithoutMarks, Double precisionFromOtherProblems,
			Double precisionWithMarks) {
	}

	/**
	 * One problem replayed; each precision is null where none of the first five was marked.
	 *
	 * @param problem the problem's id
	 * @param marked how many actors facilitators marked for it
	 */
	public record ProblemReplay(String problem, String title, int marked, Double precisionWithoutMarks,
			Double precisionFromOtherProblems, Double precisionWithMarks) {
	}

}
