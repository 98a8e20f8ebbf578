package org.maillage.core;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Checks of a mutation's free fields that a Bean Validation annotation cannot say alone (stripped, blank as absent, a
 * web address with a host), each refusing with the error the caller reads: one wording for every feature.
 */
public final class InputFields {

	/** The longest web address a field takes. */
	public static final int LINK_LENGTH = 2_000;

	private InputFields() {
	}

	/** The text stripped, or null when it is null or blank. */
	public static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** The id or text stripped; a {@code validation.NotBlank} error on {@code field} when blank. */
	public static String required(String text, String field) {
		String value = blankToNull(text);
		if (value == null) {
			throw InvalidInputException.of(field, "validation.NotBlank");
		}
		return value;
	}

	/** The text stripped, null when blank (an error if {@code required}), at most {@code max} characters. */
	public static String text(String text, String field, int max, boolean required) {
		String value = blankToNull(text);
		if (value == null && required) {
			throw InvalidInputException.of(field, "validation.NotBlank");
		}
		if (value != null && value.length() > max) {
			throw InvalidInputException.of(field, "text.tooLong", max);
		}
		return value;
	}

	/** An absolute http or https address, with a host; null when blank (an error if {@code required}). */
	public static String link(String text, String field, boolean required) {
		String value = text(text, field, LINK_LENGTH, required);
		if (value == null) {
			return null;
		}
		try {
			URI uri = new URI(value);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
				return value;
			}
		}
		catch (URISyntaxException ex) {
			// refused below, as any other address that is not a web page's
		}
		throw InvalidInputException.of(field, "input.website");
	}

}
