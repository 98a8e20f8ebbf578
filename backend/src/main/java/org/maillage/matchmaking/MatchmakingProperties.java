package org.maillage.matchmaking;

import jakarta.validation.Valid;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Matchmaking settings ({@code maillage.matchmaking.*}).
 *
 * @param weights each signal's weight in a match's score
 * @param thesaurus whether searches widen to related French words ({@code matchmaking/thesaurus-fr.txt}); off by
 * default, because it did not improve precision or recall on the scenario set (docs/matchmaking.md)
 */
@Validated
@ConfigurationProperties("maillage.matchmaking")
public record MatchmakingProperties(@Valid @DefaultValue MatchWeights weights, @DefaultValue("false") boolean thesaurus) {
}
