package org.maillage;

import java.util.HashMap;
import java.util.Map;

/** A directory list's answer read for its facets, as the tests of stored and kept facet counts compare them. */
public final class FacetAnswers {

	private FacetAnswers() {
	}

	/** The {@code facets} of a list's answer. */
	@SuppressWarnings("unchecked")
	public static Map<String, Object> facetsOf(Map<String, Object> list) {
		return (Map<String, Object>) list.get("facets");
	}

	/** A list's total and facets but when they were counted: what two answers of different times share. */
	public static Map<String, Object> withoutAge(Map<String, Object> list) {
		return Map.of("totalCount", list.get("totalCount"), "facets", ageless(facetsOf(list)));
	}

	/** Facets but when they were counted. */
	public static Map<String, Object> ageless(Map<String, Object> facets) {
		Map<String, Object> counts = new HashMap<>(facets);
		counts.remove("countedAt");
		return counts;
	}

}
