package org.maillage.funding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

import org.maillage.core.InvalidInputException;

/**
 * Reads one entry of an aides-territoires export ({@code /api/aids/}'s {@code results}, or a JSON array of such
 * objects): {@code id} (or {@code slug}), {@code name}, {@code financers}, {@code description},
 * {@code targeted_audiences}, {@code perimeter}, {@code categories}, {@code aid_types},
 * {@code subvention_rate_lower_bound}, {@code subvention_rate_upper_bound}, {@code start_date},
 * {@code submission_deadline}, {@code recurrence}, {@code application_url}, {@code origin_url}. Lists may hold
 * strings or objects with a {@code name}, as the API's versions differ. Maillage adds {@code perimeter_id}, a
 * territory id of its own, which wins over {@code perimeter}. Other fields are ignored.
 */
final class AidesTerritoiresEntries {

	/**
	 * @param perimeterText the perimeter in the source's words, to resolve to a territory; null with
	 * {@code details.perimeter()} already an id or for a call open everywhere
	 */
	record Entry(String sourceId, String slug, FundingCallDetails details, String perimeterText) {
	}

	private AidesTerritoiresEntries() {
	}

	/** The source id an entry gives, if any: for naming a rejected entry. */
	static String sourceIdOf(JsonNode node) {
		if (node == null || !node.isObject()) {
			return null;
		}
		String id = scalar(node.get("id"));
		return id != null ? id : scalar(node.get("slug"));
	}

	static Entry read(JsonNode node) {
		if (node == null || !node.isObject()) {
			throw InvalidInputException.of("entry", "funding.import.notObject");
		}
		String sourceId = sourceIdOf(node);
		if (sourceId == null) {
			throw InvalidInputException.of("id", "funding.import.noId");
		}
		if (sourceId.length() > 200) {
			throw InvalidInputException.of("id", "text.tooLong", 200);
		}
		String perimeterId = scalar(node.get("perimeter_id"));
		String perimeter = scalar(node.get("perimeter"));
		String perimeterText = null;
		if (perimeterId == null && perimeter != null) {
			if (perimeter.matches("(region|departement|epci|commune):[0-9A-Za-z]+")) {
				perimeterId = perimeter;
			}
			else if (!everywhere(perimeter)) {
				perimeterText = perimeter;
			}
		}
		FundingCallDetails details = new FundingCallDetails(scalar(node.get("name")), names(node, "financers"),
				scalar(node.get("description")), names(node, "targeted_audiences"), perimeterId,
				names(node, "categories"), names(node, "aid_types"), rate(node, "subvention_rate_lower_bound"),
				rate(node, "subvention_rate_upper_bound"), day(node, "start_date"), day(node, "submission_deadline"),
				recurrence(scalar(node.get("recurrence"))), scalar(node.get("application_url")),
				scalar(node.get("origin_url")));
		return new Entry(sourceId, scalar(node.get("slug")), details, perimeterText);
	}

	/** France, Europe: open to every territory of the platform. */
	static boolean everywhere(String perimeter) {
		String name = FundingThemes.normalise(perimeter);
		return name.isEmpty() || name.equals("france") || name.equals("europe") || name.equals("france entiere")
				|| name.equals("national");
	}

	static FundingRecurrence recurrence(String text) {
		if (text == null) {
			return null;
		}
		return switch (FundingThemes.normalise(text)) {
			case "ponctuelle", "oneoff", "one_off" -> FundingRecurrence.ONE_OFF;
			case "recurrente", "recurring" -> FundingRecurrence.RECURRING;
			case "permanente", "ongoing", "permanent" -> FundingRecurrence.PERMANENT;
			default -> throw InvalidInputException.of("recurrence", "funding.import.recurrence", text);
		};
	}

	private static String day(JsonNode node, String field) {
		String value = scalar(node.get(field));
		// the API gives days; a date-time keeps its day
		return value != null && value.length() > 10 && value.charAt(10) == 'T' ? value.substring(0, 10) : value;
	}

	private static Double rate(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (value.isNumber()) {
			return value.doubleValue();
		}
		String text = scalar(value);
		try {
			return text == null ? null : Double.valueOf(text.replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			throw InvalidInputException.of(field, "funding.rate.range");
		}
	}

	private static List<String> names(JsonNode node, String field) {
		JsonNode value = node.get(field);
		List<String> names = new ArrayList<>();
		if (value == null || value.isNull()) {
			return names;
		}
		if (!value.isArray()) {
			String single = scalar(value);
			if (single != null) {
				names.add(single);
			}
			return names;
		}
		for (int i = 0; i < value.size(); i++) {
			JsonNode item = value.get(i);
			String name = item != null && item.isObject() ? scalar(item.get("name")) : scalar(item);
			if (name != null) {
				names.add(name);
			}
		}
		return names;
	}

	/** A string or a number as text, stripped; null when absent, null, blank or anything else. */
	private static String scalar(JsonNode value) {
		if (value == null || value.isNull()) {
			return null;
		}
		if (value.isString()) {
			String text = value.stringValue().strip();
			return text.isEmpty() ? null : text;
		}
		if (value.isIntegralNumber()) {
			return value.numberValue().toString();
		}
		if (value.isNumber()) {
			return String.valueOf(value.doubleValue()).toLowerCase(Locale.ROOT);
		}
		return null;
	}

}
