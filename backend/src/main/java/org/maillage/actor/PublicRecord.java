package org.maillage.actor;

import java.util.List;
import java.util.Locale;

import org.maillage.core.TextQuery;

/**
 * What a public register (INSEE's SIRENE) or an operator's actor file says of one actor: the profile of an actor
 * nobody has claimed yet.
 *
 * @param siret its 14-digit number, the key an import follows; null in an actor file that gives none
 * @param kind what it is, from its legal unit's category when the register gives it
 * @param sector its sector, likewise
 * @param name its sign, usual name or legal unit's name
 * @param trade its main activity, a NAF rev. 2 subclass ("25.62A"), or null when an actor file gives none
 * @param communeId the territory id of its commune ("commune:57463")
 * @param active false once it closed
 * @param headcountBand SIRENE's headcount band ("12" is 20 to 49 employees), or null
 * @param establishedOn its creation date (ISO 8601), or null
 * @param location where it is, when the file was geocoded, or null
 * @param website its website, or null (not given: an existing one is kept)
 * @param description its description, or null (likewise)
 * @param knowHow know-how an actor file lists, shared publicly by an actor the import creates (empty if none)
 */
public record PublicRecord(String siret, ActorKind kind, Sector sector, String name, String trade, String communeId,
		boolean active, String headcountBand, String establishedOn, GeoPoint location, String website,
		String description, List<String> knowHow) {

	public PublicRecord {
		knowHow = knowHow == null ? List.of() : List.copyOf(knowHow);
	}

	/** A SIRENE establishment: no website, description nor know-how. */
	public PublicRecord(String siret, ActorKind kind, Sector sector, String name, String trade, String communeId,
			boolean active, String headcountBand, String establishedOn, GeoPoint location) {
		this(siret, kind, sector, name, trade, communeId, active, headcountBand, establishedOn, location, null, null,
				null);
	}

	/**
	 * What an import finds the record's actor by: its SIRET, else (an actor file without one) its name, lower case
	 * without accents or punctuation, and its commune, so that importing the same file again finds the same actors.
	 */
	public String key() {
		return this.siret != null ? this.siret : importKey();
	}

	/** The name-and-commune key of a record without SIRET, null for one with a SIRET. */
	public String importKey() {
		if (this.siret != null) {
			return null;
		}
		String plain = TextQuery.withoutAccents(this.name)
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", " ")
			.strip();
		return plain + "|" + this.communeId;
	}

}
