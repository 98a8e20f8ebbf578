package org.maillage.actor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.maillage.MaillageIntegrationTest;
import org.maillage.TestCallers;
import org.maillage.actor.persistence.FacetCodes;
import org.maillage.core.Visibility;
import org.maillage.security.KeycloakServer;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caller who may not see an item gets nothing of it through any read path: not the item, not its actor found by
 * the item's words, not a count that includes it. Alice registers an actor holding an item of every kind at every
 * visibility, each with a secret word of its own; each case reads as one kind of caller, each a demo user signed
 * in with a token of the run's real Keycloak (or no token at all).
 */
@MaillageIntegrationTest
class VisibilityIntegrationTests {

	private static final Map<Visibility, String> CATEGORIES = Map.of(Visibility.PUBLIC, "MACHINING", Visibility.MEMBERS,
			"COLD_STORAGE", Visibility.FACILITATORS, "ENERGY", Visibility.PRIVATE, "RECYCLING_SORTING");

	@Autowired
	GraphQlTester graphQl;

	DirectoryFixture fixture;

	String actorId;

	Map<Visibility, String> secrets = new EnumMap<>(Visibility.class);

	/** Who reads (a demo user of the development realm), and what they may see of alice's actor's items. */
	enum Reader {

		PUBLIC_VISITOR(null, EnumSet.of(Visibility.PUBLIC)),
		OTHER_MEMBER("bruno", EnumSet.of(Visibility.PUBLIC, Visibility.MEMBERS)),
		FACILITATOR("fatima", EnumSet.of(Visibility.PUBLIC, Visibility.MEMBERS, Visibility.FACILITATORS)),
		DECISION_MAKER("denis", EnumSet.of(Visibility.PUBLIC, Visibility.MEMBERS, Visibility.FACILITATORS)),
		OWNER("alice", EnumSet.allOf(Visibility.class)),
		ADMIN("ada", EnumSet.allOf(Visibility.class));

		final String user;

		final Set<Visibility> sees;

		Reader(String user, Set<Visibility> sees) {
			this.user = user;
			this.sees = sees;
		}

	}

	@Autowired
	JwtDecoder jwtDecoder;

	@Autowired
	FacetCodes facetCodes;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	JwtAuthenticationConverter jwtAuthenticationConverter;

	private void readAs(Reader reader) {
		if (reader.user == null) {
			TestCallers.signOut();
			return;
		}
		String token = KeycloakServer.shared().accessToken(reader.user, "dev-only-" + reader.user);
		TestCallers.signInWithToken(token, this.jwtDecoder, this.jwtAuthenticationConverter);
	}

	@BeforeEach
	void anActorWithAnItemOfEveryKindAtEveryVisibility() {
		this.fixture = new DirectoryFixture(this.graphQl);
		readAs(Reader.OWNER);
		this.actorId = this.fixture.register("Discret", "COMPANY", "PRIVATE", "57463", List.of());
		for (Visibility visibility : Visibility.values()) {
			String secret = DirectoryFixture.newToken();
			this.secrets.put(visibility, secret);
			this.fixture.addKnowHow(this.actorId, "Savoir " + secret, "Procédé " + secret, visibility.name());
			this.fixture.addEquipment(this.actorId, "Machine " + secret, CATEGORIES.get(visibility), visibility.name());
			this.graphQl.document("""
					mutation($actorId: ID!, $title: String!, $value: String!, $topic: String!, $visibility: Visibility!) {
					  addProblem(input: {actorId: $actorId, title: $title, category: SUPPLY, visibility: $visibility}) {
					    problem { id } }
					  addContactPoint(input: {actorId: $actorId, kind: EMAIL, value: $value, visibility: $visibility}) {
					    contactPoint { id } }
					  setTopicInterest(input: {actorId: $actorId, topic: $topic, visibility: $visibility}) {
					    interest { version } }
					}""")
				.variable("actorId", this.actorId)
				.variable("title", "Pénurie " + secret + " " + this.fixture.token)
				.variable("value", secret + "@example.org")
				.variable("topic", "Sujet " + secret)
				.variable("visibility", visibility.name())
				.execute()
				.errors()
				.verify();
		}
	}

	@ParameterizedTest
	@EnumSource(Reader.class)
	void theActorsPageShowsExactlyTheItemsTheCallerMaySee(Reader reader) {
		readAs(reader);
		Set<Visibility> visible = reader.sees;
		var actor = this.graphQl.document("""
				query($id: ID!) { actor(id: $id) {
				  knowHow { name } equipment { name } problems { title } contactPoints { value } topics { topic { name } }
				} }""").variable("id", this.actorId).execute();

		assertThat(actor.path("actor.knowHow[*].name").entityList(String.class).get()).containsExactlyInAnyOrder(expected(visible, "Savoir %s"));
		assertThat(actor.path("actor.equipment[*].name").entityList(String.class).get()).containsExactlyInAnyOrder(expected(visible, "Machine %s " + this.fixture.token));
		assertThat(actor.path("actor.problems[*].title").entityList(String.class).get()).containsExactlyInAnyOrder(expected(visible, "Pénurie %s " + this.fixture.token));
		assertThat(actor.path("actor.contactPoints[*].value").entityList(String.class).get()).containsExactlyInAnyOrder(expected(visible, "%s@example.org"));
		assertThat(actor.path("actor.topics[*].topic.name").entityList(String.class).get()).containsExactlyInAnyOrder(topicNames(visible));
	}

	@ParameterizedTest
	@EnumSource(Reader.class)
	void aHiddenItemNeitherFindsItsActorNorCountsInAnySearch(Reader reader) {
		readAs(reader);
		Set<Visibility> visible = reader.sees;
		for (Visibility visibility : Visibility.values()) {
			String secret = this.secrets.get(visibility);
			boolean seen = visible.contains(visibility);
			String because = visibility + " item, caller sees " + visible;

			assertThat(directoryTotal(Map.of("text", secret))).as("text search, " + because).isEqualTo(seen ? 1 : 0);
			assertThat(directoryTotal(Map.of("text", this.fixture.token, "equipmentCategories",
					List.of(CATEGORIES.get(visibility))))).as("equipment filter, " + because).isEqualTo(seen ? 1 : 0);
			assertThat(directoryTotal(Map.of("topics", List.of("Sujet " + secret)))).as("topic filter, " + because)
				.isEqualTo(seen ? 1 : 0);
			assertThat(total("{ equipment(filter: {text: \"%s\"}) { totalCount } }".formatted(secret), "equipment"))
				.as("equipment search, " + because).isEqualTo(seen ? 1 : 0);
			assertThat(total("{ problems(filter: {text: \"%s\"}) { totalCount } }".formatted(secret), "problems"))
				.as("problem search, " + because).isEqualTo(seen ? 1 : 0);
			assertThat(total("{ topics(text: \"Sujet %s\") { totalCount } }".formatted(secret), "topics"))
				.as("topics, " + because).isEqualTo(seen ? 1 : 0);
		}
		assertThat(total("{ equipment(filter: {text: \"%s\"}) { totalCount } }".formatted(this.fixture.token),
				"equipment")).as("equipment total").isEqualTo(visible.size());
		assertThat(total("{ problems(filter: {text: \"%s\"}) { totalCount } }".formatted(this.fixture.token),
				"problems")).as("problem total").isEqualTo(visible.size());
	}

	@ParameterizedTest
	@EnumSource(Reader.class)
	void facetsCountOnlyWhatTheCallerMaySee(Reader reader) {
		readAs(reader);
		// counted from the numbers of the entry's tokens (FacetCodes), then from the tokens themselves
		this.facetCodes.numberAwaiting();
		assertThat(this.neo4j.query("""
				MATCH (e:DirectoryEntry {actorId: $id})
				RETURN NOT e:AwaitingCodes AND e.publicCodes IS NOT NULL AND e.facilitatorsCodes IS NOT NULL""")
			.bind(this.actorId)
			.to("id")
			.fetchAs(Boolean.class)
			.one()).as("the entry has its numbers").contains(true);
		facetsCountOnlyWhatTheyMaySee(reader.sees);
		this.neo4j.query("MATCH (e:DirectoryEntry {actorId: $id}) REMOVE e.publicCodes, e.membersCodes, e.facilitatorsCodes")
			.bind(this.actorId)
			.to("id")
			.run();
		facetsCountOnlyWhatTheyMaySee(reader.sees);
	}

	private void facetsCountOnlyWhatTheyMaySee(Set<Visibility> visible) {
		// the total, asked with the facets, comes from the same reading of the matches: it too counts only them
		var actors = this.graphQl.document("""
				query($text: String!) { actors(filter: {text: $text}) { totalCount totalCountExact facets {
				  exact kinds { kind count } equipmentCategories { category count } topics { key count }
				} } }""").variable("text", this.fixture.token).execute();
		assertThat(actors.path("actors.totalCount").entity(Integer.class).get())
			.isEqualTo(directoryTotal(Map.of("text", this.fixture.token)));
		assertThat(actors.path("actors.totalCountExact").entity(Boolean.class).get()).isTrue();
		assertThat(actors.path("actors.facets.exact").entity(Boolean.class).get()).isTrue();
		assertThat(actors.path("actors.facets.kinds[*].kind").entityList(String.class).get()).containsExactly("COMPANY");
		assertThat(actors.path("actors.facets.equipmentCategories[*].category").entityList(String.class).get())
			.as("equipment categories, caller sees " + visible)
			.containsExactlyInAnyOrder(visible.stream().map(CATEGORIES::get).toArray(String[]::new));
		assertThat(actors.path("actors.facets.topics[*].key").entityList(String.class).get())
			.as("topics, caller sees " + visible)
			.containsExactlyInAnyOrder(visible.stream().map(v -> "sujet " + this.secrets.get(v)).toArray(String[]::new));

		var equipment = this.graphQl.document("""
				query($text: String!) { equipment(filter: {text: $text}) { totalCount facets { categories { category count } } } }""")
			.variable("text", this.fixture.token)
			.execute();
		assertThat(equipment.path("equipment.totalCount").entity(Integer.class).get()).isEqualTo(visible.size());
		assertThat(equipment.path("equipment.facets.categories[*].category").entityList(String.class).get())
			.containsExactlyInAnyOrder(visible.stream().map(CATEGORIES::get).toArray(String[]::new));

		var problems = this.graphQl.document("""
				query($text: String!) { problems(filter: {text: $text}) { totalCount facets {
				  categories { category count } statuses { status count } departements { territory { id } count }
				} } }""").variable("text", this.fixture.token).execute();
		assertThat(problems.path("problems.totalCount").entity(Integer.class).get()).isEqualTo(visible.size());
		assertThat(problems.path("problems.facets.categories[0].count").entity(Integer.class).get())
			.isEqualTo(visible.size());
		assertThat(problems.path("problems.facets.statuses[0].count").entity(Integer.class).get())
			.isEqualTo(visible.size());
		assertThat(problems.path("problems.facets.departements[*].territory.id").entityList(String.class).get())
			.containsExactly("departement:57");
	}

	/**
	 * The total of an equipment or problem list filtered by one category, département or région is counted from an
	 * index of the items' category or place and visibility, and that of every problem from the count Neo4j keeps of
	 * its audience's label, rather than from the lookup the list pages through: it must still be the number of items
	 * the caller pages through, its own hidden ones included and nobody else's.
	 */
	@ParameterizedTest
	@EnumSource(Reader.class)
	void aCategorysOrPlacesItemsTotalIsWhatTheCallerPagesThrough(Reader reader) {
		readAs(reader);
		List<Map<String, Object>> filters = new ArrayList<>(List.of(Map.of("territories", List.of("departement:57")),
				Map.of("territories", List.of("region:44"))));
		for (Visibility visibility : Visibility.values()) {
			Map<String, Object> category = Map.of("categories", List.of(CATEGORIES.get(visibility)));
			List<String> names = listed("equipment", "EquipmentFilter", "name", category);
			assertThat(names.stream().anyMatch(name -> name.startsWith("Machine " + this.secrets.get(visibility))))
				.as(visibility + " equipment listed, caller sees " + reader.sees)
				.isEqualTo(reader.sees.contains(visibility));
			filters.add(category);
		}
		for (Map<String, Object> filter : filters) {
			assertThat(listTotal("equipment", "EquipmentFilter", filter))
				.as("equipment %s, caller sees %s", filter, reader.sees)
				.isEqualTo(listed("equipment", "EquipmentFilter", "name", filter).size());
		}
		for (Map<String, Object> filter : List.<Map<String, Object>>of(Map.of(), Map.of("categories", List.of("SUPPLY")),
				Map.of("territories", List.of("departement:57")), Map.of("territories", List.of("region:44")))) {
			List<String> titles = listed("problems", "ProblemFilter", "title", filter);
			assertThat(titles.stream().filter(title -> title.endsWith(this.fixture.token)).count())
				.as("alice's problems in %s, caller sees %s", filter, reader.sees)
				.isEqualTo(reader.sees.size());
			assertThat(listTotal("problems", "ProblemFilter", filter))
				.as("problems %s, caller sees %s", filter, reader.sees)
				.isEqualTo(titles.size());
		}
	}

	/**
	 * The total of an actor list of one kind, région, département or commune is counted from the index its page is
	 * read from, not from the lookup: it is still the number of actors the caller pages through.
	 */
	@ParameterizedTest
	@EnumSource(value = Reader.class, names = { "PUBLIC_VISITOR", "OWNER" })
	void aKindsOrPlacesActorsTotalIsWhatTheCallerPagesThrough(Reader reader) {
		readAs(reader);
		for (Map<String, Object> filter : List.<Map<String, Object>>of(Map.of("kinds", List.of("COMPANY")),
				Map.of("territories", List.of("region:44")), Map.of("territories", List.of("departement:57")),
				Map.of("territories", List.of("commune:57463")))) {
			List<String> names = listed("actors", "ActorFilter", "name", filter);
			assertThat(names).as("alice's actor in %s", filter).contains("Discret " + this.fixture.token);
			assertThat(listTotal("actors", "ActorFilter", filter)).as("actors %s", filter).isEqualTo(names.size());
		}
	}

	private int listTotal(String field, String filterType, Map<String, Object> filter) {
		return this.graphQl.document("query($filter: %s) { %s(filter: $filter) { totalCount totalCountExact } }"
				.formatted(filterType, field))
			.variable("filter", filter)
			.execute()
			.path(field + ".totalCount")
			.entity(Integer.class)
			.get();
	}

	/** Every item of a list, page after page, by the given field. */
	private List<String> listed(String field, String filterType, String property, Map<String, Object> filter) {
		List<String> listed = new ArrayList<>();
		String after = null;
		do {
			var page = this.graphQl.document("""
					query($filter: %s, $after: String) { %s(filter: $filter, first: 100, after: $after) {
					  pageInfo { hasNextPage endCursor } edges { node { %s } } } }""".formatted(filterType, field, property))
				.variable("filter", filter)
				.variable("after", after)
				.execute();
			page.path(field + ".edges").entityList(Map.class).get()
				.forEach(edge -> listed.add((String) ((Map<?, ?>) edge.get("node")).get(property)));
			after = page.path(field + ".pageInfo.hasNextPage").entity(Boolean.class).get()
					? page.path(field + ".pageInfo.endCursor").entity(String.class).get() : null;
		}
		while (after != null);
		return listed;
	}

	/** A topic shows the wording of a PUBLIC declaration; one declared only in hidden ones shows its key. */
	private String[] topicNames(Set<Visibility> visible) {
		return visible.stream()
			.map(visibility -> (visibility == Visibility.PUBLIC ? "Sujet %s" : "sujet %s")
				.formatted(this.secrets.get(visibility)))
			.sorted()
			.toArray(String[]::new);
	}

	private String[] expected(Set<Visibility> visible, String format) {
		List<String> names = new ArrayList<>();
		for (Visibility visibility : visible) {
			names.add(format.formatted(this.secrets.get(visibility)));
		}
		return names.stream().sorted().toArray(String[]::new);
	}

	private int directoryTotal(Map<String, Object> filter) {
		return this.graphQl.document("query($filter: ActorFilter) { actors(filter: $filter) { totalCount } }")
			.variable("filter", filter)
			.execute()
			.path("actors.totalCount")
			.entity(Integer.class)
			.get();
	}

	private int total(String query, String field) {
		return this.graphQl.document(query).execute().path(field + ".totalCount").entity(Integer.class).get();
	}

}
