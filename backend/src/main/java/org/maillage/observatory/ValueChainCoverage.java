package org.maillage.observatory;

import java.util.List;

import org.maillage.actor.Need;
import org.maillage.core.Message;
import org.maillage.observatory.persistence.CoverageQueries.NearActor;
import org.maillage.territory.Territory;
import org.maillage.valuechain.ValueChain;
import org.maillage.valuechain.ValueChainStep;

/**
 * How well territories cover each step of a value chain, side by side (docs/observatory.md, "Value-chain coverage").
 */
public record ValueChainCoverage(ValueChain valueChain, List<Territory> territories, List<StepCoverage> steps,
		Message method) {

	public record StepCoverage(ValueChainStep step, List<TerritoryCoverage> territories) {
	}

	/**
	 * One step in one territory.
	 * @param largestShare the share of the step's shared equipment that its best-equipped able actor holds, null when
	 * able actors share none
	 * @param concentration why the step is a single point of failure, empty when it is not
	 * @param gaps the step's needs nobody in the territory meets (know-how needs are not assessed: see
	 * {@code notAssessed})
	 * @param nearestOutside when fewer than two actors can do the step here, the nearest capable ones outside
	 */
	public record TerritoryCoverage(Territory territory, int ableNow, int couldConvert, boolean singlePointOfFailure,
			Double largestShare, List<Message> concentration, List<CoverageActor> ableActors,
			List<CoverageActor> conversionCandidates, List<Need> gaps, List<Need> notAssessed,
			List<NearActor> nearestOutside) {
	}

	public record CoverageActor(String id, String name, String kind) {
	}

}
