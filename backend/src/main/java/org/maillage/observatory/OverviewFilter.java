package org.maillage.observatory;

import java.util.List;

/**
 * Narrows every figure of an overview to some kinds or sectors of actors (any of each list's values; both lists
 * must hold).
 */
public record OverviewFilter(List<String> kinds, List<String> sectors) {

	public static final OverviewFilter NONE = new OverviewFilter(null, null);

	/** Whether a figure's key, whose first parts are the actor's kind and sector, is kept. */
	boolean keeps(String[] key) {
		return (this.kinds == null || this.kinds.contains(key[0]))
				&& (this.sectors == null || (key.length > 1 && this.sectors.contains(key[1])));
	}

}
