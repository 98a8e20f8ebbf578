package org.maillage.taxonomy;

/**
 * What to browse or search in the taxonomy; every part is optional.
 *
 * @param text words of the label, or the beginning of a code
 * @param level only entries of this level
 * @param parent only the direct children of this code
 */
public record TradeFilter(String text, TradeLevel level, String parent) {

	public static final TradeFilter NONE = new TradeFilter(null, null, null);

}
