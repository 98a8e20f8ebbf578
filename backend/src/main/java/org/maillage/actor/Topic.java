package org.maillage.actor;

import java.util.Locale;

import org.maillage.core.TextQuery;

/**
 * A collaboration topic. Actors meet on a topic when their names for it normalise to the same key.
 *
 * @param key the normalised name
 * @param actorCount how many actors the caller may see declare an interest in it
 */
public record Topic(String key, String name, long actorCount) {

	/** Lower case, accents removed, single spaces: "  Économie  circulaire" becomes "economie circulaire". */
	public static String keyOf(String name) {
		return TextQuery.withoutAccents(name.strip()).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

}
