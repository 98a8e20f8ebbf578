package org.maillage.opendata;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.maillage.actor.PublicProfile;
import org.maillage.actor.PublicProfile.Place;

import org.springframework.stereotype.Component;

/**
 * A {@link PublicProfile} as one row of the CSV dump, for spreadsheets: the same public data as the JSON-LD, flat.
 * Lists are joined with " | "; the columns are described in docs/open-data.md.
 */
@Component
public class ActorRows {

	public static final List<String> HEADER = List.of("uri", "id", "name", "kind", "sector", "active",
			"public_record", "siret", "website", "description", "commune_code", "commune", "departement_code",
			"region_code", "epci_code", "latitude", "longitude", "naf", "isic_v4", "know_how", "shared_equipment",
			"open_problems", "updated_at");

	private final OpenDataAddresses addresses;

	ActorRows(OpenDataAddresses addresses) {
		this.addresses = addresses;
	}

	public List<String> row(PublicProfile actor) {
		List<String> row = new ArrayList<>();
		row.add(this.addresses.actor(actor.id()));
		row.add(actor.id());
		row.add(actor.name());
		row.add(actor.kind().name());
		row.add(actor.sector().name());
		row.add(Boolean.toString(actor.active()));
		row.add(Boolean.toString(actor.publicRecord()));
		row.add(actor.siret());
		row.add(actor.website());
		row.add(actor.description());
		row.add(code(actor.commune()));
		row.add(actor.commune() == null ? null : actor.commune().name());
		row.add(code(actor.departement()));
		row.add(code(actor.region()));
		row.add(code(actor.epci()));
		row.add(actor.location() == null ? null : Double.toString(actor.location().latitude()));
		row.add(actor.location() == null ? null : Double.toString(actor.location().longitude()));
		row.add(joined(actor.trades(), PublicProfile.CoreTrade::code));
		row.add(actor.trades().stream().map(t -> t.code().substring(0, 2)).distinct().collect(Collectors.joining(" | ")));
		row.add(joined(actor.knowHow(), PublicProfile.KnowHowItem::name));
		row.add(joined(actor.equipment(), PublicProfile.SharedEquipment::name));
		row.add(joined(actor.problems(), PublicProfile.OpenProblem::title));
		row.add(actor.updatedAt() == null ? null : actor.updatedAt().toString());
		return row.stream().map(ActorRows::text).toList();
	}

	/**
	 * A value as text: one starting with = + - @ gets a leading quote, so that a spreadsheet never runs a value an
	 * actor typed (its name, its know-how) as a formula. Absent values are empty cells.
	 */
	static String text(String value) {
		if (value == null) {
			return "";
		}
		return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
	}

	private static String code(Place place) {
		return place == null ? null : place.code();
	}

	private static <T> String joined(List<T> items, Function<T, String> text) {
		return items.stream().map(text).collect(Collectors.joining(" | "));
	}

}
