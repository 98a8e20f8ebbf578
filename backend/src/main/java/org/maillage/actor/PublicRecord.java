package org.maillage.actor;

/**
 * What a public register (INSEE's SIRENE) says of one establishment: the profile of an actor nobody has claimed yet.
 *
 * @param siret its 14-digit number, the key an import follows
 * @param kind what it is, from its legal unit's category when the register gives it
 * @param sector its sector, likewise
 * @param name its sign, usual name or legal unit's name
 * @param trade its main activity, a NAF rev. 2 subclass ("25.62A")
 * @param communeId the territory id of its commune ("commune:57463")
 * @param active false once it closed
 * @param headcountBand SIRENE's headcount band ("12" is 20 to 49 employees), or null
 * @param establishedOn its creation date (ISO 8601), or null
 * @param location where it is, when the file was geocoded, or null
 */
public record PublicRecord(String siret, ActorKind kind, Sector sector, String name, String trade, String communeId,
		boolean active, String headcountBand, String establishedOn, GeoPoint location) {
}
