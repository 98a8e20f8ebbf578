package org.maillage.opendata;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.MaillageIntegrationTest;
import org.maillage.TestActors;
import org.maillage.TestCallers;
import org.maillage.TestHttp;
import org.maillage.core.ServiceAddress;
import org.maillage.opendata.LinkedDataReader.Triple;
import org.maillage.security.KeycloakServer;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.opendata.LinkedDataReader.PAIR;
import static org.maillage.opendata.LinkedDataReader.RDF_TYPE;
import static org.maillage.opendata.LinkedDataReader.SCHEMA;

/**
 * Open data as a reuser gets it over HTTP, read with a real JSON-LD processor: Corrèze (19), where no other test
 * registers anyone, holds alice's workshop in Tulle (items at every visibility, shared or not) and a cooperative in
 * Brive; a third actor is in Metz. Hidden items carry words of their own ({@code secret}), which no answer may hold.
 */
@MaillageIntegrationTest
class OpenDataIntegrationTests {

	private static final String NAF = "http://id.insee.fr/codes/nafr2/";

	private static String workshop;

	private static String cooperative;

	private static String metz;

	private static String secret;

	private static String aliceToken;

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	JwtDecoder jwtDecoder;

	@Autowired
	JwtAuthenticationConverter jwtAuthenticationConverter;

	@Autowired
	ServiceAddress address;

	@LocalServerPort
	int port;

	/** The public address the service runs with: every URI it gives out is built on it. */
	String publicUrl;

	LinkedDataReader reader;

	private final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void registerCorreze() {
		this.publicUrl = this.address.resolve("");
		this.reader = new LinkedDataReader(this.publicUrl + "/ns/maillage.jsonld",
				() -> TestHttp.client(this.port).get().uri("/ns/maillage.jsonld").retrieve().body(byte[].class));
		if (workshop != null) {
			return;
		}
		secret = TestActors.newToken();
		aliceToken = KeycloakServer.shared().accessToken("alice", "dev-only-alice");
		TestCallers.signInWithToken(aliceToken, this.jwtDecoder, this.jwtAuthenticationConverter);
		workshop = TestActors.registerIn(this.graphQl, "COMPANY", "PRIVATE", "Atelier tulliste", "19272", "25.62A", """
				description: "Décolletage de précision", location: {latitude: 45.2675, longitude: 1.7712},
				knowHow: [{name: "Usinage de pièces fines", visibility: PUBLIC},
				          {name: "Procédé %1$s", visibility: PRIVATE},
				          {name: "Réglage %1$s", visibility: MEMBERS}],
				equipment: [{name: "Tour à commande numérique", category: MACHINING, sharingTerms: "Le vendredi",
				             visibility: PUBLIC},
				            {name: "Presse %1$s", category: MACHINING, shared: false, visibility: PUBLIC},
				            {name: "Fraiseuse %1$s", category: MACHINING, visibility: MEMBERS},
				            {name: "Four %1$s", category: FURNACE_THERMAL, visibility: FACILITATORS}]"""
			.formatted(secret));
		TestActors.addProblem(this.graphQl, workshop, Map.of("title", "Maintenance des tours", "category", "INDUSTRY",
				"needs", List.of(Map.of("kind", "TRADE", "value", "33.12Z", "essential", true),
						Map.of("kind", "EQUIPMENT_CATEGORY", "value", "MACHINING"))));
		TestActors.addProblem(this.graphQl, workshop, Map.of("title", "Rachat " + secret, "visibility", "PRIVATE"));
		TestActors.addProblem(this.graphQl, workshop, Map.of("title", "Trésorerie " + secret, "visibility", "MEMBERS"));
		TestActors.addProblem(this.graphQl, workshop,
				Map.of("title", "Ancien souci " + secret, "status", "SOLVED"));
		cooperative = TestActors.registerIn(this.graphQl, "ASSOCIATION", "NON_PROFIT", "+Coopérative briviste",
				"19031", null, "");
		metz = TestActors.registerIn(this.graphQl, "COMPANY", "PRIVATE", "Usine messine", "57463", null, "");
		TestCallers.signOut();
	}

	@Test
	void anActorIsAnOrganizationInSchemaOrgAndPairWithOnlyItsPublicItemsEvenForItsOwner() throws Exception {
		ResponseEntity<String> answer = TestHttp.client(this.port)
			.get()
			.uri("/actors/" + workshop)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + aliceToken)
			.header(HttpHeaders.ACCEPT, "application/ld+json")
			.retrieve()
			.toEntity(String.class);
		assertThat(answer.getStatusCode().value()).isEqualTo(200);
		assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/ld+json");
		assertThat(answer.getHeaders().getFirst(HttpHeaders.LINK))
			.isEqualTo("<https://www.etalab.gouv.fr/licence-ouverte-open-licence/>; rel=\"license\"");
		assertThat(this.reader.expand(answer.getBody())).hasSize(1);

		Set<Triple> triples = this.reader.triples(answer.getBody());
		String actor = this.publicUrl + "/actors/" + workshop;
		String tulle = "http://id.insee.fr/geo/commune/19272";
		assertThat(triples).contains(iri(actor, RDF_TYPE, SCHEMA + "Organization"),
				iri(actor, RDF_TYPE, SCHEMA + "Corporation"), iri(actor, RDF_TYPE, PAIR + "Organization"),
				text(actor, SCHEMA + "name", "Atelier tulliste"), text(actor, PAIR + "label", "Atelier tulliste"),
				iri(actor, SCHEMA + "location", tulle), iri(actor, PAIR + "hasLocation", tulle),
				text(tulle, SCHEMA + "identifier", "19272"), text(tulle, SCHEMA + "name", "Tulle"),
				iri(tulle, SCHEMA + "containedInPlace", "http://id.insee.fr/geo/departement/19"),
				iri(tulle, SCHEMA + "containedInPlace", "http://id.insee.fr/geo/region/75"),
				iri(actor, PAIR + "hasActivityField", NAF + "sousClasse/25.62A"),
				text(NAF + "sousClasse/25.62A", "http://www.w3.org/2004/02/skos/core#notation", "25.62A"),
				text(actor, SCHEMA + "isicV4", "25"));
		assertThat(objectsOf(triples, objectOf(triples, actor, SCHEMA + "address"), SCHEMA + "addressLocality"))
			.containsExactly("Tulle");
		String geo = objectOf(triples, actor, SCHEMA + "geo");
		assertThat(Double.parseDouble(objectOf(triples, geo, SCHEMA + "latitude"))).isEqualTo(45.2675);
		assertThat(Double.parseDouble(objectOf(triples, geo, SCHEMA + "longitude"))).isEqualTo(1.7712);
		assertThat(objectsOf(triples, actor, this.publicUrl + "/ns/maillage#active")).containsExactly("true");

		// know-how: the public one only
		assertThat(namesOf(triples, objectsOf(triples, actor, SCHEMA + "knowsAbout")))
			.containsExactly("Usinage de pièces fines");
		// equipment: the public shared one only, offered in both vocabularies
		List<String> offers = objectsOf(triples, actor, SCHEMA + "makesOffer");
		assertThat(offers).hasSize(1);
		String lathe = objectOf(triples, offers.get(0), SCHEMA + "itemOffered");
		assertThat(namesOf(triples, List.of(lathe))).containsExactly("Tour à commande numérique");
		assertThat(objectsOf(triples, offers.get(0), SCHEMA + "description")).containsExactly("Le vendredi");
		assertThat(objectsOf(triples, actor, PAIR + "offers")).contains(lathe).hasSize(2);
		// problems: the public open one only, with what it needs
		List<String> demands = objectsOf(triples, actor, SCHEMA + "seeks");
		assertThat(namesOf(triples, demands)).containsExactly("Maintenance des tours");
		List<String> needs = objectsOf(triples, demands.get(0), SCHEMA + "itemOffered");
		assertThat(needs).hasSize(2);
		assertThat(objectsOf(triples, actor, PAIR + "needs")).containsExactlyInAnyOrderElementsOf(needs);
		assertThat(needs.stream().flatMap(need -> objectsOf(triples, need, SCHEMA + "category").stream()))
			.containsExactlyInAnyOrder(NAF + "sousClasse/33.12Z", "MACHINING");

		assertThat(triples).noneMatch(triple -> triple.object().contains(secret));
		assertThat(answer.getBody()).doesNotContain(secret);
	}

	@Test
	void plainJsonGetsTheSameDocumentAndOtherFormatsAreRefused() {
		var client = TestHttp.client(this.port);
		ResponseEntity<String> asJson = client.get().uri("/actors/" + cooperative)
			.header(HttpHeaders.ACCEPT, "application/json").retrieve().toEntity(String.class);
		assertThat(asJson.getHeaders().getContentType().toString()).startsWith("application/json");
		assertThat(asJson.getBody()).contains("\"+Coopérative briviste\"");
		ResponseEntity<String> anything = client.get().uri("/actors/" + cooperative).retrieve().toEntity(String.class);
		assertThat(anything.getHeaders().getContentType().toString()).startsWith("application/ld+json");
		ResponseEntity<String> csv = client.get().uri("/actors/" + cooperative)
			.header(HttpHeaders.ACCEPT, "text/csv").retrieve().toEntity(String.class);
		assertThat(csv.getStatusCode().value()).isEqualTo(406);
	}

	@Test
	void theNdjsonDumpOfADepartementListsExactlyItsActorsEachLineValidJsonLd() throws Exception {
		ResponseEntity<String> answer = TestHttp.client(this.port)
			.get()
			.uri("/territories/departement:19/actors.ndjson")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + aliceToken)
			.retrieve()
			.toEntity(String.class);
		assertThat(answer.getStatusCode().value()).isEqualTo(200);
		assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/x-ndjson");
		assertThat(answer.getHeaders().getContentDisposition().getFilename())
			.isEqualTo("acteurs-departement-19.ndjson");
		assertThat(answer.getBody()).doesNotContain(secret);

		List<String> lines = answer.getBody().lines().toList();
		Set<Triple> dataset = this.reader.triples(lines.get(0));
		String dump = this.publicUrl + "/territories/departement:19/actors.ndjson";
		assertThat(dataset).contains(iri(dump, RDF_TYPE, SCHEMA + "Dataset"),
				iri(dump, SCHEMA + "license", "https://www.etalab.gouv.fr/licence-ouverte-open-licence/"),
				iri(dump, SCHEMA + "spatialCoverage", "http://id.insee.fr/geo/departement/19"));
		List<String> actors = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			// each line stands alone: its own context, expanded without the others
			assertThat(this.reader.expand(line)).hasSize(1);
			Set<Triple> triples = this.reader.triples(line);
			String id = (String) this.json.readValue(line, Map.class).get("@id");
			assertThat(triples).contains(iri(id, RDF_TYPE, SCHEMA + "Organization"));
			actors.add(id);
		}
		assertThat(actors).containsExactly(uri(min(workshop, cooperative)), uri(max(workshop, cooperative)));
	}

	@Test
	void aCommuneDumpHoldsOnlyThatCommunesActors() {
		String body = TestHttp.client(this.port).get().uri("/territories/commune:19031/actors.ndjson").retrieve()
			.body(String.class);
		assertThat(body.lines().skip(1).toList()).singleElement().asString().contains(uri(cooperative));
	}

	@Test
	void theCsvDumpHasItsHeaderAndOneRowPerActorWithoutHiddenData() throws Exception {
		ResponseEntity<String> answer = TestHttp.client(this.port)
			.get()
			.uri("/territories/departement:19/actors.csv")
			.retrieve()
			.toEntity(String.class);
		assertThat(answer.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(answer.getHeaders().getContentDisposition().getFilename()).isEqualTo("acteurs-departement-19.csv");
		assertThat(answer.getBody()).doesNotContain(secret);

		List<List<String>> rows = new ArrayList<>();
		CsvMapper csv = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
		try (var values = csv.readerFor(List.class).readValues(answer.getBody())) {
			values.forEachRemaining(row -> rows.add(((List<?>) row).stream().map(String::valueOf).toList()));
		}
		assertThat(rows.get(0)).isEqualTo(ActorRows.HEADER);
		assertThat(rows).hasSize(3);
		Map<String, List<String>> byId = rows.subList(1, 3).stream().collect(Collectors.toMap(row -> row.get(1), row -> row));
		List<String> tulle = byId.get(workshop);
		assertThat(tulle.get(column("name"))).isEqualTo("Atelier tulliste");
		assertThat(tulle.get(column("commune_code"))).isEqualTo("19272");
		assertThat(tulle.get(column("naf"))).isEqualTo("25.62A");
		assertThat(tulle.get(column("know_how"))).isEqualTo("Usinage de pièces fines");
		assertThat(tulle.get(column("shared_equipment"))).isEqualTo("Tour à commande numérique");
		assertThat(tulle.get(column("open_problems"))).isEqualTo("Maintenance des tours");
		assertThat(tulle.get(column("latitude"))).isEqualTo("45.2675");
		// a name a spreadsheet would run as a formula is quoted
		assertThat(byId.get(cooperative).get(column("name"))).isEqualTo("'+Coopérative briviste");
		assertThat(byId).doesNotContainKey(metz);
	}

	@Test
	void unknownActorsAndTerritoriesAreClearNotFoundsInTheCallersLanguage() {
		var client = TestHttp.client(this.port);
		ResponseEntity<String> actor = client.get().uri("/actors/no-such-actor")
			.header(HttpHeaders.ACCEPT, "application/ld+json").retrieve().toEntity(String.class);
		assertThat(actor.getStatusCode().value()).isEqualTo(404);
		assertThat(actor.getBody()).contains("Aucun acteur avec l’identifiant no-such-actor").contains("NOT_FOUND");
		ResponseEntity<String> english = client.get().uri("/actors/no-such-actor")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en").retrieve().toEntity(String.class);
		assertThat(english.getBody()).contains("No actor with id no-such-actor");
		ResponseEntity<String> territory = client.get().uri("/territories/departement:999/actors.csv")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en").retrieve().toEntity(String.class);
		assertThat(territory.getStatusCode().value()).isEqualTo(404);
		assertThat(territory.getBody()).contains("No territory with id departement:999");
	}

	@Test
	void thePublishedContextIsTheRepositorysFile() throws Exception {
		ResponseEntity<byte[]> context = TestHttp.client(this.port).get().uri("/ns/maillage.jsonld").retrieve()
			.toEntity(byte[].class);
		assertThat(context.getHeaders().getContentType().toString()).isEqualTo("application/ld+json");
		assertThat(context.getHeaders().getAccessControlAllowOrigin()).isEqualTo("*");
		assertThat(new String(context.getBody(), StandardCharsets.UTF_8))
			.isEqualTo(java.nio.file.Files.readString(java.nio.file.Path.of("src/main/resources/opendata/maillage.jsonld")));
	}

	private static int column(String name) {
		return ActorRows.HEADER.indexOf(name);
	}

	private String uri(String actorId) {
		return this.publicUrl + "/actors/" + actorId;
	}

	private static String min(String a, String b) {
		return a.compareTo(b) < 0 ? a : b;
	}

	private static String max(String a, String b) {
		return a.compareTo(b) < 0 ? b : a;
	}

	private static Triple iri(String subject, String predicate, String object) {
		return new Triple(subject, predicate, object, null);
	}

	private static Triple text(String subject, String predicate, String object) {
		return new Triple(subject, predicate, object, "http://www.w3.org/2001/XMLSchema#string");
	}

	private static List<String> objectsOf(Set<Triple> triples, String subject, String predicate) {
		return triples.stream()
			.filter(t -> t.subject().equals(subject) && t.predicate().equals(predicate))
			.map(Triple::object)
			.toList();
	}

	private static String objectOf(Set<Triple> triples, String subject, String predicate) {
		List<String> objects = objectsOf(triples, subject, predicate);
		assertThat(objects).as(subject + " " + predicate).hasSize(1);
		return objects.get(0);
	}

	private static List<String> namesOf(Set<Triple> triples, List<String> subjects) {
		return subjects.stream().flatMap(subject -> objectsOf(triples, subject, SCHEMA + "name").stream()).toList();
	}

}
