package org.maillage.opendata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.maillage.actor.ActorKind;
import org.maillage.actor.GeoPoint;
import org.maillage.actor.PublicProfile;
import org.maillage.actor.PublicProfile.OpenProblem;
import org.maillage.actor.PublicProfile.Place;
import org.maillage.actor.PublicProfile.SoughtNeed;
import org.maillage.taxonomy.TradeLevel;
import org.maillage.territory.Territory;

import org.springframework.stereotype.Component;

/**
 * Writes a {@link PublicProfile} as a compact JSON-LD object in the published context: schema.org's
 * {@code Organization} with PAIR's terms alongside, for the consumers of either. Items get hash URIs in their actor's
 * document ({@code …/actors/{id}#equipment-{id}}), which resolve to that document. The mapping, term by term, is in
 * docs/open-data.md.
 */
@Component
public class ActorDocuments {

	private final OpenDataAddresses addresses;

	ActorDocuments(OpenDataAddresses addresses) {
		this.addresses = addresses;
	}

	public Map<String, Object> document(PublicProfile actor) {
		String uri = this.addresses.actor(actor.id());
		Map<String, Object> doc = new LinkedHashMap<>();
		doc.put("@context", this.addresses.documentContext());
		doc.put("@id", uri);
		doc.put("@type", types(actor.kind()));
		doc.put("name", actor.name());
		doc.put("pair:label", actor.name());
		put(doc, "description", actor.description());
		put(doc, "url", actor.website());
		if (actor.siret() != null) {
			doc.put("identifier", Map.of("@type", "PropertyValue", "propertyID", "SIRET", "value", actor.siret()));
		}
		// a closed establishment stays in open data, as SIRENE keeps it, and says so
		doc.put("maillage:active", actor.active());
		doc.put("maillage:kind", actor.kind().name());
		doc.put("maillage:sector", actor.sector().name());
		doc.put("maillage:publicRecord", actor.publicRecord());
		if (actor.updatedAt() != null) {
			doc.put("dateModified", actor.updatedAt().toString());
		}
		place(doc, actor);
		if (actor.location() != null) {
			doc.put("geo", geo(actor.location()));
		}
		trades(doc, actor);
		List<Map<String, Object>> offered = new ArrayList<>();
		doc.put("knowsAbout", actor.knowHow().stream().map(k -> {
			Map<String, Object> item = node(uri + "#know-how-" + k.id(), "Thing");
			item.put("name", k.name());
			put(item, "description", k.description());
			offered.add(Map.of("@id", item.get("@id")));
			return item;
		}).toList());
		doc.put("makesOffer", actor.equipment().stream().map(q -> {
			Map<String, Object> equipment = node(uri + "#equipment-" + q.id(), "Product");
			equipment.put("name", q.name());
			put(equipment, "description", q.description());
			put(equipment, "category", q.category() == null ? null : q.category().name());
			put(equipment, "maillage:capacity", q.capacity());
			offered.add(Map.of("@id", equipment.get("@id")));
			Map<String, Object> offer = node(uri + "#offer-" + q.id(), "Offer");
			put(offer, "description", q.sharingTerms());
			offer.put("itemOffered", equipment);
			return offer;
		}).toList());
		doc.put("pair:offers", offered);
		List<Map<String, Object>> needed = new ArrayList<>();
		doc.put("seeks", actor.problems().stream().map(p -> demand(uri, p, needed)).toList());
		doc.put("pair:needs", needed);
		return doc;
	}

	/**
	 * The first line of a territory's NDJSON dump: the dump itself as a {@code Dataset}, with its licence, so that a
	 * saved file still says under what terms it may be reused.
	 */
	public Map<String, Object> dataset(Territory territory, String placeUri) {
		Map<String, Object> doc = new LinkedHashMap<>();
		doc.put("@context", this.addresses.documentContext());
		doc.put("@id", this.addresses.dump(territory.id(), "ndjson"));
		doc.put("@type", "Dataset");
		doc.put("name", "Acteurs publics de " + territory.name());
		doc.put("license", OpenDataAddresses.LICENCE);
		Map<String, Object> coverage = new LinkedHashMap<>();
		if (placeUri != null) {
			coverage.put("@id", placeUri);
		}
		coverage.put("@type", "Place");
		coverage.put("name", territory.name());
		coverage.put("identifier", territory.code());
		doc.put("spatialCoverage", coverage);
		return doc;
	}

	private static List<String> types(ActorKind kind) {
		String specific = switch (kind) {
			case COMPANY -> "Corporation";
			case PUBLIC_BODY -> "GovernmentOrganization";
			case RESEARCH_LAB -> "ResearchOrganization";
			case TRAINING_BODY -> "EducationalOrganization";
			case ASSOCIATION -> "NGO";
			case CLUSTER, INVESTOR, OTHER -> null;
		};
		return specific == null ? List.of("Organization", "pair:Organization")
				: List.of("Organization", specific, "pair:Organization");
	}

	/** Its commune, by INSEE's URI, inside its département, région and EPCI; the address names the commune. */
	private static void place(Map<String, Object> doc, PublicProfile actor) {
		Place commune = actor.commune();
		if (commune == null) {
			return;
		}
		Map<String, Object> address = new LinkedHashMap<>();
		address.put("@type", "PostalAddress");
		address.put("addressLocality", commune.name());
		if (actor.region() != null) {
			address.put("addressRegion", actor.region().name());
		}
		address.put("addressCountry", "FR");
		doc.put("address", address);
		Map<String, Object> location = node(OpenDataAddresses.commune(commune.code()), "Place");
		location.put("@type", List.of("Place", "pair:Place"));
		location.put("name", commune.name());
		location.put("identifier", commune.code());
		if (commune.centre() != null) {
			location.put("geo", geo(commune.centre()));
		}
		List<Map<String, Object>> within = new ArrayList<>();
		if (actor.departement() != null) {
			within.add(territory(OpenDataAddresses.departement(actor.departement().code()), actor.departement()));
		}
		if (actor.region() != null) {
			within.add(territory(OpenDataAddresses.region(actor.region().code()), actor.region()));
		}
		if (actor.epci() != null) {
			// INSEE gives EPCIs no URI of the kind it gives communes: the EPCI is named by its SIREN
			within.add(territory(null, actor.epci()));
		}
		location.put("containedInPlace", within);
		doc.put("location", location);
		doc.put("pair:hasLocation", Map.of("@id", location.get("@id")));
	}

	private static Map<String, Object> territory(String uri, Place place) {
		Map<String, Object> territory = new LinkedHashMap<>();
		if (uri != null) {
			territory.put("@id", uri);
		}
		territory.put("@type", "Place");
		territory.put("name", place.name());
		territory.put("identifier", place.code());
		return territory;
	}

	/**
	 * Core trades as INSEE's NAF rev. 2 terms (PAIR's activity field), and as ISIC rev. 4 divisions: NACE rev. 2, of
	 * which NAF is the French refinement, has exactly ISIC rev. 4's divisions, while its finer levels do not map
	 * code for code.
	 */
	private static void trades(Map<String, Object> doc, PublicProfile actor) {
		doc.put("pair:hasActivityField", actor.trades().stream().map(t -> {
			Map<String, Object> term = node(OpenDataAddresses.naf(t.code(), TradeLevel.SUBCLASS), "skos:Concept");
			term.put("notation", t.code());
			put(term, "prefLabel", t.label());
			return term;
		}).toList());
		doc.put("isicV4", actor.trades().stream().map(t -> t.code().substring(0, 2)).distinct().toList());
	}

	private static Map<String, Object> demand(String actorUri, OpenProblem problem, List<Map<String, Object>> needed) {
		String uri = actorUri + "#problem-" + problem.id();
		Map<String, Object> demand = node(uri, "Demand");
		demand.put("name", problem.title());
		put(demand, "description", problem.description());
		demand.put("category", problem.category().name());
		List<Map<String, Object>> needs = new ArrayList<>();
		for (int rank = 0; rank < problem.needs().size(); rank++) {
			Map<String, Object> need = need(uri + "-need-" + rank, problem.needs().get(rank));
			needs.add(need);
			needed.add(Map.of("@id", need.get("@id")));
		}
		demand.put("itemOffered", needs);
		return demand;
	}

	/**
	 * What a need asks for, as a node of its own (so that "essential" is said of the need, never of a NAF term): a
	 * service in a NAF activity (INSEE's URI), a service named by its words, a product of a category, or a topic.
	 */
	private static Map<String, Object> need(String uri, SoughtNeed need) {
		Map<String, Object> sought = switch (need.kind()) {
			case TRADE -> {
				Map<String, Object> service = node(uri, "Service");
				Map<String, Object> term = new LinkedHashMap<>();
				term.put("@id", OpenDataAddresses.naf(need.value(),
						need.tradeLevel() == null ? TradeLevel.SUBCLASS : need.tradeLevel()));
				term.put("@type", "skos:Concept");
				term.put("notation", need.value());
				put(term, "prefLabel", need.label());
				service.put("category", term);
				yield service;
			}
			case KNOW_HOW -> named(uri, "Service", need.value());
			case EQUIPMENT_CATEGORY -> {
				Map<String, Object> product = node(uri, "Product");
				product.put("category", need.value());
				yield product;
			}
			case TOPIC -> named(uri, "Thing", need.label() == null ? need.value() : need.label());
		};
		if (need.essential()) {
			sought.put("maillage:essential", true);
		}
		return sought;
	}

	private static Map<String, Object> named(String uri, String type, String name) {
		Map<String, Object> thing = node(uri, type);
		thing.put("name", name);
		return thing;
	}

	private static Map<String, Object> geo(GeoPoint point) {
		Map<String, Object> geo = new LinkedHashMap<>();
		geo.put("@type", "GeoCoordinates");
		geo.put("latitude", point.latitude());
		geo.put("longitude", point.longitude());
		return geo;
	}

	private static Map<String, Object> node(String id, String type) {
		Map<String, Object> node = new LinkedHashMap<>();
		node.put("@id", id);
		node.put("@type", type);
		return node;
	}

	private static void put(Map<String, Object> map, String key, Object value) {
		if (value != null) {
			map.put(key, value);
		}
	}

}
