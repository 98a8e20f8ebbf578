package org.maillage.taxonomy;

/**
 * An entry of NAF rev. 2.
 *
 * @param code official code: "C", "24", "24.4", "24.45", "24.45Z"
 * @param label official French label
 * @param level its level in the nomenclature
 */
public record Trade(String code, String label, TradeLevel level) {
}
