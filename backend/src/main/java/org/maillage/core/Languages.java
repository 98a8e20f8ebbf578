package org.maillage.core;

import java.util.List;
import java.util.Locale;

/**
 * The languages people are answered in: French, the users' language, unless they ask for English
 * ({@code Accept-Language: en}). Any other language gets French, the catalogue's base.
 */
public final class Languages {

	public static final Locale FRENCH = Locale.FRENCH;

	public static final Locale ENGLISH = Locale.ENGLISH;

	public static final List<Locale> SUPPORTED = List.of(FRENCH, ENGLISH);

	private Languages() {
	}

	/** English when that is the language asked for, French otherwise (no locale included). */
	public static Locale of(Locale requested) {
		return requested != null && ENGLISH.getLanguage().equals(requested.getLanguage()) ? ENGLISH : FRENCH;
	}

	/** The best supported language of an {@code Accept-Language} header, French when none fits or it is unreadable. */
	public static Locale ofAcceptLanguage(String header) {
		if (header == null || header.isBlank()) {
			return FRENCH;
		}
		try {
			Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
			return best == null ? FRENCH : best;
		}
		catch (IllegalArgumentException ex) {
			// A malformed header is the client's problem; the answer is still readable.
			return FRENCH;
		}
	}

}
