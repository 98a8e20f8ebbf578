package org.maillage.valuechain;

import java.time.Instant;
import java.util.List;

/** A value chain: ordered steps, each with what it needs. */
public record ValueChain(String id, long version, String name, String description, List<ValueChainStep> steps,
		Instant updatedAt) {
}
