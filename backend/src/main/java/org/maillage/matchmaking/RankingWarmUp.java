package org.maillage.matchmaking;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.maillage.actor.Need;
import org.maillage.actor.NeedKind;
import org.maillage.core.PageRequest;
import org.maillage.matchmaking.persistence.MatchQueries;
import org.maillage.security.SystemCaller;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Part of readiness: the ranking's statement is large, and the database takes seconds to plan it the first time.
 * The words of the problems' wordings are counted first ({@link TermRarity}), so that a problem's first ranking
 * does not count them.
 * Left to the first callers, a few rankings at once on a cold service queue behind that planning and run out of their
 * deadline. So, once started, the service runs one ranking for a problem, one for needs alone, one proposal and one
 * "problems I could help with", as itself and in the background, and readiness says OUT_OF_SERVICE until they are
 * done (seconds): an orchestrator sends traffic only then, while anything that does come meanwhile is served as usual.
 */
@Component
class RankingWarmUp implements HealthIndicator {

	private static final Logger log = LoggerFactory.getLogger(RankingWarmUp.class);

	private final Matchmaking matchmaking;

	private final WorkingGroupProposals proposals;

	private final MatchQueries queries;

	private final ProblemsToHelpWith help;

	private final TermRarity rarity;

	private volatile boolean warm;

	RankingWarmUp(Matchmaking matchmaking, WorkingGroupProposals proposals, MatchQueries queries,
			ProblemsToHelpWith help, TermRarity rarity, MatchmakingProperties properties) {
		this.help = help;
		this.rarity = rarity;
		this.matchmaking = matchmaking;
		this.proposals = proposals;
		this.queries = queries;
		this.warm = !properties.warmUp();
	}

	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		if (this.warm) {
			return;
		}
		Thread thread = new Thread(() -> {
			long started = System.nanoTime();
			try {
				SystemCaller.run(() -> {
					// before the rankings, which then find their words counted, as a problem's first ranking will
					this.rarity.countProblemWords();
					this.matchmaking.match(new MatchRequest(null,
							List.of(new Need(NeedKind.KNOW_HOW, "maintenance", false, false, null)), null, null, null, null,
							null), new PageRequest(0, 10));
					this.queries.anyProblem().ifPresent(problem -> {
						this.matchmaking.match(MatchRequest.forProblem(problem), new PageRequest(0, 10));
						this.proposals.propose(problem, WorkingGroupProposals.WorkingGroupOptions.DEFAULTS);
						// "problems I could help with", asked for the problem's own actor: its statement is large too
						this.queries.problem(problem, org.maillage.core.ReadScope.everything())
							.ifPresent(ranked -> this.help.forActor(ranked.ownerId(), null, new PageRequest(0, 10)));
					});
					return null;
				});
				log.info("Rankings planned in {} ms; ready", (System.nanoTime() - started) / 1_000_000);
			}
			catch (RuntimeException ex) {
				log.warn("Warming up the rankings failed, the first callers will wait for their planning: {}",
						ex.toString());
			}
			finally {
				this.warm = true;
			}
		}, "ranking-warm-up");
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public Health health() {
		return this.warm ? Health.up().build()
				: Health.outOfService().withDetail("reason", "planning the rankings' statements").build();
	}

}
