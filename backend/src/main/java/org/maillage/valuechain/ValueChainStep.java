package org.maillage.valuechain;

import java.util.List;

import org.maillage.actor.Need;

/** @param rank 1 for the first step */
public record ValueChainStep(int rank, String name, String description, List<Need> needs) {
}
