package org.maillage.matchmaking;

import java.util.EnumMap;
import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The weight of each signal in a match's score ({@code maillage.matchmaking.weights.*}); they need not add up to 1,
 * scores are divided by their sum so that a total stays between 0 and 1. docs/matchmaking.md explains the defaults.
 */
public record MatchWeights(
		@DecimalMin("0") @DecimalMax("10") @DefaultValue("0.50") double needCoverage,
		@DecimalMin("0") @DecimalMax("10") @DefaultValue("0.15") double textRelevance,
		@DecimalMin("0") @DecimalMax("10") @DefaultValue("0.10") double willingness,
		@DecimalMin("0") @DecimalMax("10") @DefaultValue("0.18") double proximity,
		@DecimalMin("0") @DecimalMax("10") @DefaultValue("0.07") double existingTies) {

	public MatchWeights {
		if (needCoverage + textRelevance + willingness + proximity + existingTies <= 0) {
			throw new IllegalArgumentException("maillage.matchmaking.weights: at least one weight must be above 0");
		}
	}

	/** The {@code $weights} parameter of the ranking: each signal's share, by property name. */
	Map<String, Object> parameter() {
		Map<String, Object> parameter = new java.util.HashMap<>();
		normalised().forEach((signal, share) -> parameter.put(switch (signal) {
			case NEED_COVERAGE -> "needCoverage";
			case TEXT_RELEVANCE -> "textRelevance";
			case WILLINGNESS -> "willingness";
			case PROXIMITY -> "proximity";
			case EXISTING_TIES -> "existingTies";
		}, share));
		return parameter;
	}

	/** Each signal's share of the total, adding up to 1. */
	public Map<MatchSignal, Double> normalised() {
		double sum = needCoverage + textRelevance + willingness + proximity + existingTies;
		Map<MatchSignal, Double> shares = new EnumMap<>(MatchSignal.class);
		shares.put(MatchSignal.NEED_COVERAGE, needCoverage / sum);
		shares.put(MatchSignal.TEXT_RELEVANCE, textRelevance / sum);
		shares.put(MatchSignal.WILLINGNESS, willingness / sum);
		shares.put(MatchSignal.PROXIMITY, proximity / sum);
		shares.put(MatchSignal.EXISTING_TIES, existingTies / sum);
		return shares;
	}

}
