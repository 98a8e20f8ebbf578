package org.maillage.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.maillage.actor.GeoPoint;
import org.maillage.core.Message;
import org.maillage.core.PageRequest;
import org.maillage.core.TextQuery;
import org.maillage.taxonomy.Trades;
import org.maillage.territory.Territories;
import org.maillage.territory.Territory;
import org.maillage.territory.TerritoryFilter;
import org.maillage.territory.TerritoryLevel;

/**
 * Whether a commune and a NAF subclass exist in the reference data. Every commune's id and every subclass's code are
 * read at the first line that needs them, in one statement each (about 35,000 ids, a few megabytes): a file of
 * 100,000 lines names some 10,000 communes and 700 trades, and asking each once took two thirds of a dry run of it
 * (15.8 s, against 5.0-6.4 s reading them all at once; docs/import.md).
 */
final class KnownPlaces {

	private final Territories territories;

	private final Trades trades;

	private Set<String> communes;

	private Set<String> subclasses;

	private final Map<String, Named> named = new HashMap<>();

	KnownPlaces(Territories territories, Trades trades) {
		this.territories = territories;
		this.trades = trades;
	}

	/** Paris, Lyon and Marseille are communes whose arrondissements SIRENE gives: each is counted in its city. */
	private static final Map<String, String> CITY_OF_ARRONDISSEMENTS = Map.of("751", "75056", "693", "69123", "132",
			"13055");

	private static final Set<String> LYON_ARRONDISSEMENTS = Set.of("69381", "69382", "69383", "69384", "69385", "69386",
			"69387", "69388", "69389");

	private static final Pattern COMMUNE_CODE = Pattern.compile("[0-9]{5}|2[AB][0-9]{3}");

	/** The territory id of the commune with this INSEE code (an arrondissement counts in its city), if it exists. */
	Optional<String> communeOfCode(String code) {
		if (!COMMUNE_CODE.matcher(code).matches()) {
			return Optional.empty();
		}
		String city = code.startsWith("751") || code.startsWith("132") || LYON_ARRONDISSEMENTS.contains(code)
				? CITY_OF_ARRONDISSEMENTS.getOrDefault(code.substring(0, 3), code) : code;
		String id = "commune:" + city;
		return commune(id) ? Optional.of(id) : Optional.empty();
	}

	/** A point, when both coordinates are numbers in range; none otherwise. */
	static GeoPoint point(String latitude, String longitude) {
		if (latitude == null || longitude == null) {
			return null;
		}
		try {
			double y = Double.parseDouble(latitude.replace(',', '.'));
			double x = Double.parseDouble(longitude.replace(',', '.'));
			return Math.abs(y) <= 90 && Math.abs(x) <= 180 ? new GeoPoint(y, x) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * The commune of this name, in the département a postal code gives (its first two digits; three overseas; Corsica's
	 * 20 is either of its two départements), or anywhere when none is given; a message saying why otherwise (none, or
	 * several of that name). Names compare without case, accents, hyphens nor apostrophes, "St" as "Saint".
	 */
	Named communeNamed(String name, String postalCode) {
		String wanted = plain(name);
		List<String> departements = postalCode == null ? List.of() : departementsOfPostalCode(postalCode);
		if (postalCode != null && departements.isEmpty()) {
			return Named.none(Message.of("import.postalCode.invalid", postalCode));
		}
		String key = wanted + "|" + departements;
		return this.named.computeIfAbsent(key, any -> {
			List<Territory> found = new ArrayList<>();
			for (String departement : departements.isEmpty() ? Collections.<String>singletonList(null) : departements) {
				String parent = departement == null ? null : "departement:" + departement;
				this.territories.search(new TerritoryFilter(name, TerritoryLevel.COMMUNE, parent), new PageRequest(0, 50))
					.edges()
					.stream()
					.map(edge -> edge.node())
					.filter(commune -> plain(commune.name()).equals(wanted))
					.forEach(found::add);
			}
			if (found.size() == 1) {
				return Named.found(found.get(0).id());
			}
			return Named.none(found.isEmpty()
					? Message.of(postalCode == null ? "import.commune.unknownName" : "import.commune.unknownNameInPostalCode",
							name, postalCode)
					: Message.of("import.commune.ambiguous", name, String.valueOf(found.size())));
		});
	}

	private static List<String> departementsOfPostalCode(String postalCode) {
		if (!postalCode.matches("[0-9]{5}")) {
			return List.of();
		}
		if (postalCode.startsWith("20")) {
			return List.of("2A", "2B");
		}
		return List.of(postalCode.startsWith("97") || postalCode.startsWith("98") ? postalCode.substring(0, 3)
				: postalCode.substring(0, 2));
	}

	private static String plain(String name) {
		String plain = TextQuery.withoutAccents(name)
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", " ")
			.strip();
		return (" " + plain + " ").replace(" st ", " saint ").replace(" ste ", " sainte ").strip();
	}

	/** A commune found by its name, or why none was. */
	record Named(String communeId, Message reason) {

		static Named found(String communeId) {
			return new Named(communeId, null);
		}

		static Named none(Message reason) {
			return new Named(null, reason);
		}

	}

	boolean commune(String id) {
		if (this.communes == null) {
			this.communes = this.territories.idsAt(TerritoryLevel.COMMUNE);
		}
		return this.communes.contains(id);
	}

	boolean trade(String code) {
		if (this.subclasses == null) {
			this.subclasses = this.trades.subclassCodes();
		}
		return this.subclasses.contains(code);
	}

}
