package org.maillage.workspace;

/**
 * The sum of one indicator's effects, in its unit.
 *
 * @param effects how many effects were added up
 * @param groups how many groups produced them
 */
public record UsefulEffectTotal(EffectIndicator indicator, String unit, double total, long effects, long groups) {
}
