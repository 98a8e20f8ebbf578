package org.maillage.matchmaking;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Matchmaking settings ({@code maillage.matchmaking.*}).
 *
 * @param weights each signal's weight in a match's score
 * @param thesaurus whether searches widen to related French words ({@code matchmaking/thesaurus-fr.txt}); on by
 * default since the ranking orders needs before nearness: it then lifted recall on the scenario set, in both modes
 * (docs/matchmaking.md)
 * @param shortlist how many candidates, best on need coverage, text relevance and proximity, are then scored on
 * shared topics and working groups too (docs/matchmaking.md, "Cost")
 * @param candidatesPerNeed how many actors, the nearest first, a trade, equipment-category or topic need counts for
 * when more meet it (docs/matchmaking.md, "Cost")
 * @param proximityHalfDistanceKm the distance, in kilometres, at which proximity is worth half of what it is next door:
 * it halves again every as many kilometres (docs/matchmaking.md, "Proximity")
 * @param localKm how far, in kilometres, an actor is still local to a problem: further ones are shown apart, after
 * every local one that meets as many needs ("further afield", docs/matchmaking.md)
 * @param inferenceThreshold the confidence below which a need inferred from a problem's text is not used
 * (docs/matchmaking.md, "Inferred needs", where the measurement that chose it is)
 * @param markWeight the most facilitators' marks on other problems can add to or take from a score (scores run from
 * 0 to 1): docs/matchmaking.md, "Learning from facilitators"; 0 turns that nudge off
 * @param warmUp whether the service runs one ranking and one proposal right after it starts, before readiness says UP,
 * so that the database has planned their statements (seconds each) before the first callers come
 */
@Validated
@ConfigurationProperties("maillage.matchmaking")
public record MatchmakingProperties(@Valid @DefaultValue MatchWeights weights, @DefaultValue("true") boolean thesaurus,
		@Min(10) @Max(100_000) @DefaultValue("250") int shortlist,
		@Min(10) @Max(1_000_000) @DefaultValue("250") int candidatesPerNeed,
		@DecimalMin("1") @DecimalMax("1000") @DefaultValue("30") double proximityHalfDistanceKm,
		@DecimalMin("1") @DecimalMax("2000") @DefaultValue("150") double localKm,
		@DecimalMin("0") @DecimalMax("1") @DefaultValue("0.4") double inferenceThreshold,
		@DecimalMin("0") @DecimalMax("0.2") @DefaultValue("0.05") double markWeight,
		@DefaultValue("true") boolean warmUp) {
}
