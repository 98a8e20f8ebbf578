package org.maillage.monitoring;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;

import org.springframework.stereotype.Component;

/**
 * Lets a stopped observation forget its parent. The database driver keeps each connection hand-over reachable for
 * its whole acquisition timeout (the timeout's task stays queued, 60 s by default), and through the parents of its
 * observations that held the GraphQL request they served: its input, its data loaders and every actor they loaded.
 * Every request then outlived its answer by a minute, in the old generation, and the collector's long pauses made
 * the directory's slowest answers (performance.md, "What the heap held"). Meters read the parent only when an
 * observation starts; nothing here traces.
 */
@Component
class StoppedObservationParents implements ObservationHandler<Observation.Context> {

	@Override
	public boolean supportsContext(Observation.Context context) {
		return true;
	}

	@Override
	public void onStop(Observation.Context context) {
		context.setParentObservation(null);
	}

}
