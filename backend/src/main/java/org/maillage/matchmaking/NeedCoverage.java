package org.maillage.matchmaking;

import java.util.List;

import org.maillage.actor.Need;

/**
 * A need, and how well one actor meets it.
 *
 * @param strength between 0 and 1: 1 for an exact trade, equipment category or topic; less for related know-how, a
 * description or a neighbouring trade
 * @param evidence the strongest evidence first, at most three
 */
public record NeedCoverage(Need need, double strength, List<Evidence> evidence) {
}
