package org.maillage.actor;

import java.time.Instant;
import java.util.List;

import org.maillage.taxonomy.TradeLevel;

/**
 * An actor as anyone may read it, for open data: its own details and only its PUBLIC items, whoever asks. Shared
 * equipment only (what it offers), open problems only (what it still seeks); contact points never, since they name
 * people.
 *
 * @param active false once its establishment closed
 * @param publicRecord imported from a public register (SIRENE) and not claimed by anyone yet
 * @param location its premises, when it gave them
 * @param commune its commune, with the commune's centre; null only for data without one
 */
public record PublicProfile(String id, String name, ActorKind kind, Sector sector, String description,
		String website, String siret, boolean active, boolean publicRecord, Instant updatedAt, GeoPoint location,
		Place commune, Place departement, Place region, Place epci, List<CoreTrade> trades, List<KnowHowItem> knowHow,
		List<SharedEquipment> equipment, List<OpenProblem> problems) {

	/** A territory by its official code (INSEE, SIREN for an EPCI); {@code centre} is known for communes only. */
	public record Place(String code, String name, GeoPoint centre) {
	}

	public record CoreTrade(String code, String label) {
	}

	public record KnowHowItem(String id, String name, String description) {
	}

	public record SharedEquipment(String id, String name, EquipmentCategory category, String description,
			String capacity, String sharingTerms) {
	}

	public record OpenProblem(String id, String title, String description, ProblemCategory category,
			List<SoughtNeed> needs) {
	}

	/**
	 * A need of an open problem, in the order given.
	 *
	 * @param value a NAF code (kind TRADE), words (KNOW_HOW), an equipment category (EQUIPMENT_CATEGORY) or a topic key
	 * @param tradeLevel the level of the NAF code, for TRADE
	 * @param label the NAF code's label or the topic's name
	 */
	public record SoughtNeed(NeedKind kind, String value, boolean essential, TradeLevel tradeLevel, String label) {
	}

}
