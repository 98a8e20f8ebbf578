package org.maillage.territory;

/**
 * What to browse or search among territories; every part is optional.
 *
 * @param text words of the name (accents optional, last word as a prefix) or the beginning of a code
 * @param level only territories of this level
 * @param parent only territories directly inside this one
 */
public record TerritoryFilter(String text, TerritoryLevel level, String parent) {

	public static final TerritoryFilter NONE = new TerritoryFilter(null, null, null);

}
