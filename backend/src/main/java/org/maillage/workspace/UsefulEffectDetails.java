package org.maillage.workspace;

import java.util.List;

/** What a useful effect says, as given by its author: checked by {@link UsefulEffects}. */
public record UsefulEffectDetails(EffectIndicator indicator, Double value, String periodFrom, String periodTo,
		List<String> beneficiaries, String evidenceUrl, String description) {
}
