package org.maillage.actor.persistence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Value;

import org.maillage.actor.ActorKind;
import org.maillage.actor.EquipmentCategory;
import org.maillage.actor.GeoPoint;
import org.maillage.actor.NeedKind;
import org.maillage.actor.ProblemCategory;
import org.maillage.actor.PublicProfile;
import org.maillage.actor.Sector;
import org.maillage.core.Visibility;
import org.maillage.taxonomy.TradeLevel;
import org.maillage.territory.InsideTerritories;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The reads behind open data, in explicit Cypher through {@link Neo4jClient}: every item is kept only when its
 * visibility is {@code $public}, inside the statement, so that nothing hidden leaves the database whoever asks. One
 * statement reads a whole batch of profiles with all their lists (no query per actor).
 */
@Component
public class PublicProfileQueries {

	/** From actor {@code a} to its public profile's columns. */
	private static final String PROFILE = """
			OPTIONAL MATCH (a)-[:LOCATED_IN]->(commune:Commune)
			OPTIONAL MATCH (commune)-[:PART_OF]->(departement:Departement)
			OPTIONAL MATCH (departement)-[:PART_OF]->(region:Region)
			OPTIONAL MATCH (commune)-[:PART_OF]->(epci:Epci)
			CALL (a) {
			  MATCH (a)-[:HAS_CORE_TRADE]->(t:Trade)
			  WITH t ORDER BY t.code
			  RETURN collect(t {.code, .label}) AS trades
			}
			CALL (a) {
			  MATCH (a)-[:HAS_KNOW_HOW]->(k:KnowHow) WHERE k.visibility = $public
			  WITH k ORDER BY k.name, k.id
			  RETURN collect(k {.id, .name, .description}) AS knowHow
			}
			// equipment its actor does not share is no offer, and stays out like anything the actor did not publish
			CALL (a) {
			  MATCH (a)-[:HAS_EQUIPMENT]->(q:Equipment) WHERE q.visibility = $public AND q.shared = true
			  WITH q ORDER BY q.name, q.id
			  RETURN collect(q {.id, .name, .category, .description, .capacity, .sharingTerms}) AS equipment
			}
			// a solved problem seeks nothing any more
			CALL (a) {
			  MATCH (a)-[:FACES]->(p:Problem) WHERE p.visibility = $public AND coalesce(p.status, 'OPEN') = 'OPEN'
			  WITH p ORDER BY p.title, p.id
			  CALL (p) {
			    MATCH (p)-[:HAS_NEED]->(n:Need)
			    WITH n ORDER BY n.rank
			    OPTIONAL MATCH (t:Trade {code: n.value}) WHERE n.kind = 'TRADE'
			    OPTIONAL MATCH (topic:Topic {key: n.value}) WHERE n.kind = 'TOPIC'
			    RETURN collect(n {.kind, .value, .essential, level: t.level, label: coalesce(t.label, topic.name)}) AS needs
			  }
			  RETURN collect(p {.id, .title, .description, .category, needs: needs}) AS problems
			}
			RETURN a {.id, .name, .kind, .sector, .description, .website, .siret, .active, .publicRecord, .updatedAt,
			          latitude: a.location.latitude, longitude: a.location.longitude} AS actor,
			       commune {.code, .name, latitude: commune.location.latitude,
			                longitude: commune.location.longitude} AS commune,
			       departement {.code, .name} AS departement, region {.code, .name} AS region, epci {.code, .name} AS epci,
			       trades, knowHow, equipment, problems""";

	private final Neo4jClient neo4j;

	PublicProfileQueries(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	public Optional<PublicProfile> actor(String id) {
		return this.neo4j.query("MATCH (a:Actor {id: $id})\n" + PROFILE)
			.bindAll(Map.of("id", id, "public", Visibility.PUBLIC.name()))
			.fetchAs(PublicProfile.class)
			.mappedBy((types, row) -> profile(row))
			.one();
	}

	/**
	 * A batch of a territory's actors after {@code afterId} in id order: the next batch starts after the last id of
	 * this one (a keyset, so that a dump never skips nor repeats an actor when others are added meanwhile).
	 */
	public List<PublicProfile> inTerritory(String territoryId, String afterId, int limit) {
		return List.copyOf(this.neo4j.query(InsideTerritories.actorsOf("$territory", "a") + """

				WHERE a.id > $after
				WITH DISTINCT a ORDER BY a.id LIMIT $limit
				""" + PROFILE + "\nORDER BY actor.id")
			.bindAll(Map.of("territory", territoryId, "after", afterId, "limit", limit, "public",
					Visibility.PUBLIC.name()))
			.fetchAs(PublicProfile.class)
			.mappedBy((types, row) -> profile(row))
			.all());
	}

	private static PublicProfile profile(org.neo4j.driver.Record row) {
		Value actor = row.get("actor");
		Value updatedAt = actor.get("updatedAt");
		return new PublicProfile(actor.get("id").asString(), actor.get("name").asString(),
				ActorKind.valueOf(actor.get("kind").asString()), Sector.valueOf(actor.get("sector").asString()),
				text(actor.get("description")), text(actor.get("website")), text(actor.get("siret")),
				actor.get("active").isNull() || actor.get("active").asBoolean(),
				!actor.get("publicRecord").isNull() && actor.get("publicRecord").asBoolean(),
				instant(updatedAt), point(actor),
				place(row.get("commune")), place(row.get("departement")), place(row.get("region")),
				place(row.get("epci")),
				row.get("trades").asList(t -> new PublicProfile.CoreTrade(t.get("code").asString(), text(t.get("label")))),
				row.get("knowHow")
					.asList(k -> new PublicProfile.KnowHowItem(k.get("id").asString(), k.get("name").asString(),
							text(k.get("description")))),
				row.get("equipment")
					.asList(q -> new PublicProfile.SharedEquipment(q.get("id").asString(), q.get("name").asString(),
							q.get("category").isNull() ? null : EquipmentCategory.valueOf(q.get("category").asString()),
							text(q.get("description")), text(q.get("capacity")), text(q.get("sharingTerms")))),
				row.get("problems").asList(PublicProfileQueries::problem));
	}

	private static PublicProfile.OpenProblem problem(Value p) {
		return new PublicProfile.OpenProblem(p.get("id").asString(), p.get("title").asString(),
				text(p.get("description")),
				p.get("category").isNull() ? ProblemCategory.OTHER : ProblemCategory.valueOf(p.get("category").asString()),
				p.get("needs")
					.asList(n -> new PublicProfile.SoughtNeed(NeedKind.valueOf(n.get("kind").asString()),
							n.get("value").asString(), !n.get("essential").isNull() && n.get("essential").asBoolean(),
							n.get("level").isNull() ? null : TradeLevel.valueOf(n.get("level").asString()),
							text(n.get("label")))));
	}

	private static PublicProfile.Place place(Value place) {
		return place.isNull() ? null
				: new PublicProfile.Place(place.get("code").asString(), place.get("name").asString(), point(place));
	}

	private static GeoPoint point(Value holder) {
		return holder.get("latitude").isNull() ? null
				: new GeoPoint(holder.get("latitude").asDouble(), holder.get("longitude").asDouble());
	}

	/** A date-time as stored, with or without its zone (the service writes UTC). */
	private static Instant instant(Value value) {
		if (value.isNull()) {
			return null;
		}
		Object stored = value.asObject();
		if (stored instanceof LocalDateTime local) {
			return local.toInstant(ZoneOffset.UTC);
		}
		return Instant.from((TemporalAccessor) stored);
	}

	private static String text(Value value) {
		return value.isNull() ? null : value.asString();
	}

}
