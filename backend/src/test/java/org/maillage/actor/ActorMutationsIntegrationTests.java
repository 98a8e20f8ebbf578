package org.maillage.actor;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.maillage.GraphQlErrors;
import org.maillage.MaillageIntegrationTest;
import org.maillage.TestCallers;
import org.maillage.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** Registering, editing and deleting actors and their items through the GraphQL API, errors included. */
@MaillageIntegrationTest
class ActorMutationsIntegrationTests extends SignedInMemberTests {

	private static final String ACTOR = """
			query($id: ID!) {
			  actor(id: $id) {
			    id version kind sector name description website siret createdAt updatedAt
			    commune { id name }
			    location { latitude longitude }
			    coreTrades { code level }
			    knowHow { name visibility }
			    equipment { name category visibility }
			    problems { title status visibility }
			    contactPoints { kind value visibility }
			    topics { visibility topic { key name actorCount } }
			  }
			}""";

	@Test
	void aRegisteredActorIsReadBackWithEveryDetail() {
		Map<String, Object> input = this.fixture.actorInput("Fonderie", "COMPANY", "PRIVATE", "57463",
				List.of("24.51Z", "25.61Z"));
		input.put("description", "Fonderie de fonte");
		input.put("website", "https://example.org/fonderie");
		input.put("siret", "73282932000074");
		input.put("location", Map.of("latitude", 49.1193, "longitude", 6.1757));
		String id = this.graphQl.document(DirectoryFixture.REGISTER)
			.variable("input", input)
			.execute()
			.path("registerActor.actor.id")
			.entity(String.class)
			.get();

		var actor = this.graphQl.document(ACTOR).variable("id", id).execute();
		actor.path("actor.version").entity(Integer.class).isEqualTo(0);
		actor.path("actor.kind").entity(String.class).isEqualTo("COMPANY");
		actor.path("actor.sector").entity(String.class).isEqualTo("PRIVATE");
		actor.path("actor.siret").entity(String.class).isEqualTo("73282932000074");
		actor.path("actor.commune.name").entity(String.class).isEqualTo("Metz");
		actor.path("actor.location.latitude").entity(Double.class).isEqualTo(49.1193);
		actor.path("actor.coreTrades[*].code").entityList(String.class).containsExactly("24.51Z", "25.61Z");
		actor.path("actor.createdAt").entity(String.class).satisfies(createdAt -> assertThat(createdAt).matches("\\d{4}-.*Z"));
	}

	@Test
	void everyKindOfItemIsAddedUpdatedAndRemovedWithItsVisibility() {
		String actorId = this.fixture.register("Atelier", "COMPANY", "PRIVATE", "54395", List.of("25.62B"));
		this.fixture.addKnowHow(actorId, "Usinage cinq axes", "Pièces de précision", "MEMBERS");
		String equipmentId = this.fixture.addEquipment(actorId, "Four à induction", "FURNACE_THERMAL", "PRIVATE");
		String problemId = this.graphQl.document("""
				mutation { addProblem(input: {actorId: "%s", title: "Recruter des soudeurs", category: EMPLOYMENT,
				  visibility: FACILITATORS}) { problem { id status createdAt } } }""".formatted(actorId))
			.execute()
			.path("addProblem.problem.status")
			.entity(String.class)
			.isEqualTo("OPEN")
			.path("addProblem.problem.id")
			.entity(String.class)
			.get();
		String contactId = this.graphQl.document("""
				mutation { addContactPoint(input: {actorId: "%s", kind: EMAIL, value: "achats@example.org",
				  visibility: PUBLIC}) { contactPoint { id } } }""".formatted(actorId))
			.execute()
			.path("addContactPoint.contactPoint.id")
			.entity(String.class)
			.get();
		this.graphQl.document("""
				mutation { setTopicInterest(input: {actorId: "%s", topic: "  Économie   circulaire ",
				  visibility: MEMBERS}) { interest { topic { key } visibility } } }""".formatted(actorId))
			.execute()
			.path("setTopicInterest.interest.topic.key")
			.entity(String.class)
			.isEqualTo("economie circulaire");

		var actor = this.graphQl.document(ACTOR).variable("id", actorId).execute();
		actor.path("actor.knowHow[0].visibility").entity(String.class).isEqualTo("MEMBERS");
		actor.path("actor.equipment[0].visibility").entity(String.class).isEqualTo("PRIVATE");
		actor.path("actor.problems[0].visibility").entity(String.class).isEqualTo("FACILITATORS");
		actor.path("actor.contactPoints[0].value").entity(String.class).isEqualTo("achats@example.org");
		actor.path("actor.topics[0].visibility").entity(String.class).isEqualTo("MEMBERS");

		this.graphQl.document("""
				mutation { updateEquipment(input: {id: "%s", version: 0, name: "Four à induction 500 kW",
				  category: FURNACE_THERMAL, capacity: "2 t/jour", visibility: PUBLIC}) {
				  equipment { version name capacity visibility } } }""".formatted(equipmentId))
			.execute()
			.path("updateEquipment.equipment.version")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("updateEquipment.equipment.visibility")
			.entity(String.class)
			.isEqualTo("PUBLIC");
		this.graphQl.document("""
				mutation { updateProblem(input: {id: "%s", version: 0, title: "Recruter des soudeurs",
				  category: EMPLOYMENT, status: SOLVED, visibility: PUBLIC}) { problem { status } } }"""
			.formatted(problemId)).execute().path("updateProblem.problem.status").entity(String.class).isEqualTo("SOLVED");

		this.graphQl.document("mutation { removeContactPoint(input: {id: \"%s\", version: 0}) { id } }"
			.formatted(contactId)).execute().path("removeContactPoint.id").entity(String.class).isEqualTo(contactId);
		this.graphQl.document("""
				mutation { removeTopicInterest(input: {actorId: "%s", topic: "economie circulaire", version: 0}) {
				  topicKey } }"""
			.formatted(actorId)).execute();

		var after = this.graphQl.document(ACTOR).variable("id", actorId).execute();
		after.path("actor.contactPoints").entityList(Object.class).hasSize(0);
		after.path("actor.topics").entityList(Object.class).hasSize(0);
		after.path("actor.equipment[0].name").entity(String.class).satisfies(name -> assertThat(name).startsWith("Four à induction 500 kW"));
		after.path("actor.problems[0].status").entity(String.class).isEqualTo("SOLVED");
	}

	@Test
	void aStaleVersionIsRefusedWithAConflictAndOverwritesNothing() {
		String id = this.fixture.register("Scierie", "COMPANY", "PRIVATE", "57463", List.of());
		Map<String, Object> first = this.fixture.actorInput("Scierie du Nord", "COMPANY", "PRIVATE", "57463", List.of());
		first.put("id", id);
		first.put("version", 0);
		this.graphQl.document("mutation($input: UpdateActorInput!) { updateActor(input: $input) { actor { version } } }")
			.variable("input", first)
			.execute()
			.path("updateActor.actor.version")
			.entity(Integer.class)
			.isEqualTo(1);

		Map<String, Object> stale = this.fixture.actorInput("Scierie du Sud", "COMPANY", "PRIVATE", "57463", List.of());
		stale.put("id", id);
		stale.put("version", 0);
		GraphQlErrors.expectError(this.graphQl.document("mutation($input: UpdateActorInput!) { updateActor(input: $input) { actor { version } } }")
			.variable("input", stale)
			.execute(), "CONFLICT", "changed this item since you read it");

		this.graphQl.document(ACTOR).variable("id", id).execute()
			.path("actor.name").entity(String.class).isEqualTo("Scierie du Nord " + this.fixture.token)
			.path("actor.version").entity(Integer.class).isEqualTo(1);

		String knowHow = this.fixture.addKnowHow(id, "Sciage", null, "PUBLIC");
		GraphQlErrors.expectError(this.graphQl.document("mutation { removeKnowHow(input: {id: \"%s\", version: 3}) { id } }".formatted(knowHow))
			.execute(), "CONFLICT", "has changed since version");
		GraphQlErrors.expectError(this.graphQl.document("mutation { deleteActor(input: {id: \"%s\", version: 0}) { id } }".formatted(id))
			.execute(), "CONFLICT", "has changed since version");
		this.graphQl.document(ACTOR).variable("id", id).execute().path("actor.knowHow[0].name").entity(String.class).isEqualTo("Sciage");
	}

	@Test
	void deletingAnActorDeletesItsItems() {
		String id = this.fixture.register("Brasserie", "COMPANY", "PRIVATE", "54395", List.of());
		this.fixture.addEquipment(id, "Chambre froide", "COLD_STORAGE", "PUBLIC");
		this.graphQl.document("mutation { deleteActor(input: {id: \"%s\", version: 0}) { id } }".formatted(id))
			.execute()
			.path("deleteActor.id")
			.entity(String.class)
			.isEqualTo(id);

		this.graphQl.document(ACTOR).variable("id", id).execute().path("actor").valueIsNull();
		this.graphQl.document("query($text: String) { equipment(filter: {text: $text}) { totalCount } }")
			.variable("text", this.fixture.token)
			.execute()
			.path("equipment.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
	}

	@Test
	void aProblemNobodyCouldFileGoesUnderOtherAndEquipmentHasItsOwnFamilies() {
		String actorId = this.fixture.register("Frittage", "COMPANY", "PRIVATE", "57463", List.of());
		this.graphQl.document("""
				mutation($actorId: ID!) { addProblem(input: {actorId: $actorId, title: "Trouver un débouché aux copeaux",
				  visibility: PUBLIC}) { problem { category } } }""")
			.variable("actorId", actorId)
			.execute()
			.path("addProblem.problem.category")
			.entity(String.class)
			.isEqualTo("OTHER");
		for (String category : List.of("PRODUCTION_LINE", "STORAGE_WAREHOUSE", "REFRIGERATED_TRANSPORT",
				"POWDER_METALLURGY")) {
			this.fixture.addEquipment(actorId, "Équipement " + category, category, "PUBLIC");
		}
		this.graphQl.document("""
				query($token: String!) { equipment(first: 10, filter: {text: $token, categories: [POWDER_METALLURGY]}) {
				  edges { node { name category } } } }""")
			.variable("token", this.fixture.token)
			.execute()
			.path("equipment.edges[*].node.category")
			.entityList(String.class)
			.containsExactly("POWDER_METALLURGY");
	}

	@Test
	void badInputIsRefusedWithAMessageNamingTheFieldAndNothingIsWritten() {
		expectBadRequest(input -> input.put("siret", "73282932000075"), "siret is not a valid SIRET");
		expectBadRequest(input -> input.put("siret", "1234"), "siret must be 14 digits");
		expectBadRequest(input -> input.put("commune", "99999"), "commune must be the INSEE code of a current French commune");
		expectBadRequest(input -> input.put("coreTrades", List.of("24", "24.45Z")), "coreTrades must be NAF rev. 2 subclass codes");
		expectBadRequest(input -> input.put("name", "   "), "name must not be blank");
		expectBadRequest(input -> input.put("website", "example.org"), "website must be a web address");
		expectBadRequest(input -> input.put("location", Map.of("latitude", 91, "longitude", 6)), "location.latitude must be a latitude");

		assertThat(this.fixture.search(Map.of())).isEmpty();
	}

	@Test
	void onlyAnActorsMembersAndAdministratorsChangeIt() {
		String actorId = this.fixture.register("Gardée", "COMPANY", "PRIVATE", "57463", List.of());
		String publicItem = this.fixture.addKnowHow(actorId, "Savoir public", null, "PUBLIC");
		String privateItem = this.fixture.addKnowHow(actorId, "Savoir privé", null, "PRIVATE");
		String rename = """
				mutation($id: ID!) { updateKnowHow(input: {id: $id, version: 0, name: "Changé", visibility: PUBLIC}) {
				  knowHow { version } } }""";

		TestCallers.signOut();
		GraphQlErrors.expectError(this.graphQl.document(rename).variable("id", publicItem).execute(), "UNAUTHORIZED",
				"Sign in to change an actor’s profile");
		GraphQlErrors.expectError(this.graphQl.document(DirectoryFixture.REGISTER)
			.variable("input", this.fixture.actorInput("Anonyme", "COMPANY", "PRIVATE", "57463", List.of()))
			.execute(), "UNAUTHORIZED", "Sign in to register an actor");

		TestCallers.signIn("stranger-" + this.fixture.token, Role.MEMBER);
		GraphQlErrors.expectError(this.graphQl.document(rename).variable("id", publicItem).execute(), "FORBIDDEN",
				"Only the members of actor " + actorId);
		GraphQlErrors.expectError(this.graphQl.document(rename).variable("id", privateItem).execute(), "NOT_FOUND",
				"No know-how with id " + privateItem);
		GraphQlErrors.expectError(this.graphQl.document("""
				mutation($id: ID!) { deleteActor(input: {id: $id, version: 0}) { id } }""").variable("id", actorId)
			.execute(), "FORBIDDEN", "Only the owners of actor " + actorId);

		TestCallers.signIn("admin-" + this.fixture.token, Role.ADMIN);
		this.graphQl.document(rename).variable("id", privateItem).execute()
			.path("updateKnowHow.knowHow.version").entity(Integer.class).isEqualTo(1);
	}

	@Test
	void aProblemStatesItsNeedsAndAnUpdateReplacesThem() {
		String actorId = this.fixture.register("Équipementier", "COMPANY", "PRIVATE", "57463", List.of());
		String problemId = this.graphQl.document("""
				mutation($actorId: ID!) { addProblem(input: {actorId: $actorId, title: "Terres rares", category: SUPPLY,
				  visibility: PUBLIC, needs: [
				    {kind: TRADE, value: "24.4", essential: true},
				    {kind: KNOW_HOW, value: "séparation des terres rares"},
				    {kind: EQUIPMENT_CATEGORY, value: "chemical_processing"},
				    {kind: TOPIC, value: "Recyclage des Terres Rares"}]}) {
				  problem { id needs { kind value essential } } } }""")
			.variable("actorId", actorId)
			.execute()
			.path("addProblem.problem.needs[*].value").entityList(String.class)
			.containsExactly("24.4", "séparation des terres rares", "CHEMICAL_PROCESSING", "recyclage des terres rares")
			.path("addProblem.problem.needs[0].essential").entity(Boolean.class).isEqualTo(true)
			.path("addProblem.problem.id").entity(String.class).get();

		this.graphQl.document("""
				mutation($id: ID!) { updateProblem(input: {id: $id, version: 0, title: "Terres rares", category: SUPPLY,
				  status: OPEN, visibility: PUBLIC, needs: [{kind: TRADE, value: "38.32Z"}]}) { problem { version } } }""")
			.variable("id", problemId)
			.execute();
		this.graphQl.document("query($id: ID!) { actor(id: $id) { problems { needs { kind value essential } } } }")
			.variable("id", actorId)
			.execute()
			.path("actor.problems[0].needs[*].value").entityList(String.class).containsExactly("38.32Z");

		GraphQlErrors.expectError(this.graphQl.document("""
				mutation($actorId: ID!) { addProblem(input: {actorId: $actorId, title: "x", category: SUPPLY,
				  visibility: PUBLIC, needs: [{kind: TRADE, value: "99.99Z"}]}) { problem { id } } }""")
			.variable("actorId", actorId).execute(), "BAD_REQUEST", "needs has a trade that is not in NAF rev. 2: 99.99Z");
		GraphQlErrors.expectError(this.graphQl.document("""
				mutation($actorId: ID!) { addProblem(input: {actorId: $actorId, title: "x", category: SUPPLY,
				  visibility: PUBLIC, needs: [{kind: EQUIPMENT_CATEGORY, value: "teleporter"}]}) { problem { id } } }""")
			.variable("actorId", actorId).execute(), "BAD_REQUEST", "needs has an unknown equipment category teleporter");
	}

	@Test
	void aContactValueMustFitItsKind() {
		String actorId = this.fixture.register("Joignable", "COMPANY", "PRIVATE", "57463", List.of());
		String add = """
				mutation($actorId: ID!, $kind: ContactKind!, $value: String!) {
				  addContactPoint(input: {actorId: $actorId, kind: $kind, value: $value, visibility: PUBLIC}) {
				    contactPoint { id } }
				}""";
		GraphQlErrors.expectError(this.graphQl.document(add).variable("actorId", actorId).variable("kind", "EMAIL")
			.variable("value", "pas une adresse").execute(), "BAD_REQUEST", "value must be an e-mail address");
		GraphQlErrors.expectError(this.graphQl.document(add).variable("actorId", actorId).variable("kind", "WEBSITE")
			.variable("value", "example.org").execute(), "BAD_REQUEST", "value must be a web address");
		this.graphQl.document(add).variable("actorId", actorId).variable("kind", "PHONE")
			.variable("value", "+33 3 87 00 00 00").execute().path("addContactPoint.contactPoint.id").hasValue();
	}

	@Test
	void aSiretAlreadyRegisteredIsAConflict() {
		Map<String, Object> input = this.fixture.actorInput("Premier", "COMPANY", "PRIVATE", "57463", List.of());
		input.put("siret", "40483304800022");
		this.graphQl.document(DirectoryFixture.REGISTER).variable("input", input).execute();
		input.put("name", "Second " + this.fixture.token);
		GraphQlErrors.expectError(this.graphQl.document(DirectoryFixture.REGISTER)
			.variable("input", input)
			.execute(), "CONFLICT", "already registered");
		assertThat(this.fixture.search(Map.of())).containsExactly("Premier");
	}

	@Test
	void unknownIdsAreNotFoundAndItemsOfAnotherKindToo() {
		String id = this.fixture.register("Laboratoire", "RESEARCH_LAB", "ACADEMIC", "54395", List.of());
		String equipmentId = this.fixture.addEquipment(id, "Spectromètre", "LABORATORY_ANALYSIS", "PUBLIC");
		GraphQlErrors.expectError(this.graphQl.document("mutation { removeKnowHow(input: {id: \"%s\", version: 0}) { id } }".formatted(equipmentId))
			.execute(), "NOT_FOUND", "");
		GraphQlErrors.expectError(this.graphQl.document("""
				mutation { addKnowHow(input: {actorId: "nobody", name: "x", visibility: PUBLIC}) { knowHow { id } } }""")
			.execute(), "NOT_FOUND", "No actor with id nobody");
		GraphQlErrors.expectError(this.graphQl.document("mutation { deleteActor(input: {id: \"nobody\", version: 0}) { id } }")
			.execute(), "NOT_FOUND", "");
	}

	@Test
	void actorsMeetOnTheSameTopicWhateverTheyCallIt() {
		String first = this.fixture.register("Premier", "COMPANY", "PRIVATE", "57463", List.of());
		String second = this.fixture.register("Second", "ASSOCIATION", "NON_PROFIT", "54395", List.of());
		String topic = "Chaleur fatale " + this.fixture.token;
		setTopic(first, topic);
		setTopic(second, "  chaleur FATALE  " + this.fixture.token.toUpperCase());
		this.graphQl.document("query($text: String) { topics(text: $text) { totalCount edges { node { name actorCount } } } }")
			.variable("text", this.fixture.token)
			.execute()
			.path("topics.totalCount").entity(Integer.class).isEqualTo(1)
			.path("topics.edges[0].node.name").entity(String.class).isEqualTo(topic)
			.path("topics.edges[0].node.actorCount").entity(Integer.class).isEqualTo(2);
	}

	@Test
	void aTopicInterestChangesOnlyWithItsCurrentVersion() {
		String actorId = this.fixture.register("Prudent", "COMPANY", "PRIVATE", "57463", List.of());
		String declare = """
				mutation($actorId: ID!, $visibility: Visibility!, $version: Int) {
				  setTopicInterest(input: {actorId: $actorId, topic: "Hydrogène", visibility: $visibility,
				                           version: $version}) { interest { visibility version } }
				}""";
		this.graphQl.document(declare).variable("actorId", actorId).variable("visibility", "PUBLIC").execute()
			.path("setTopicInterest.interest.version").entity(Integer.class).isEqualTo(0);
		this.graphQl.document(declare).variable("actorId", actorId).variable("visibility", "PRIVATE")
			.variable("version", 0).execute()
			.path("setTopicInterest.interest.version").entity(Integer.class).isEqualTo(1);

		GraphQlErrors.expectError(this.graphQl.document(declare).variable("actorId", actorId)
			.variable("visibility", "PUBLIC").variable("version", 0).execute(), "CONFLICT", "now at version 1");
		GraphQlErrors.expectError(this.graphQl.document(declare).variable("actorId", actorId)
			.variable("visibility", "PUBLIC").execute(), "CONFLICT", "already declared an interest");
		this.graphQl.document(ACTOR).variable("id", actorId).execute()
			.path("actor.topics[0].visibility").entity(String.class).isEqualTo("PRIVATE");
	}

	private void setTopic(String actorId, String topic) {
		this.graphQl.document("""
				mutation($actorId: ID!, $topic: String!) {
				  setTopicInterest(input: {actorId: $actorId, topic: $topic, visibility: PUBLIC}) { interest { visibility } }
				}""").variable("actorId", actorId).variable("topic", topic).execute();
	}

	private void expectBadRequest(java.util.function.Consumer<Map<String, Object>> breakInput, String message) {
		Map<String, Object> input = this.fixture.actorInput("Refusé", "COMPANY", "PRIVATE", "57463", List.of("24.45Z"));
		breakInput.accept(input);
		GraphQlErrors.expectError(this.graphQl.document(DirectoryFixture.REGISTER)
			.variable("input", input)
			.execute(), "BAD_REQUEST", message);
	}

}
