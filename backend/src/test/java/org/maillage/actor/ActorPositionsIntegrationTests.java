package org.maillage.actor;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.maillage.MaillageIntegrationTest;
import org.maillage.actor.persistence.DirectoryEntries;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every actor is placed: at the point it gave, else at its commune's centre; moving it or giving a point moves it,
 * and actors written before positions existed are placed at the next start.
 */
@MaillageIntegrationTest
class ActorPositionsIntegrationTests extends SignedInMemberTests {

	private static final String POSITION = """
			query($id: ID!) { actor(id: $id) { version location { latitude } position { latitude longitude precision } } }""";

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	DirectoryEntries entries;

	@Test
	void anActorWithoutAPointIsPlacedAtItsCommunesCentreUntilItGivesOne() {
		String id = this.fixture.register("Atelier nancéien", "COMPANY", "PRIVATE", "54395", List.of());
		Map<String, Object> nancy = position(id);
		assertThat(nancy).containsEntry("precision", "COMMUNE");
		assertThat(((Number) nancy.get("latitude")).doubleValue()).isBetween(48.65, 48.72);
		assertThat(((Number) nancy.get("longitude")).doubleValue()).isBetween(6.14, 6.22);

		Map<String, Object> input = this.fixture.actorInput("Atelier nancéien", "COMPANY", "PRIVATE", "57463",
				List.of());
		input.put("id", id);
		input.put("version", version(id));
		update(input);
		assertThat(((Number) position(id).get("latitude")).doubleValue()).as("moved to Metz").isBetween(49.08, 49.14);

		input.put("version", version(id));
		input.put("location", Map.of("latitude", 49.151, "longitude", 6.182));
		update(input);
		assertThat(position(id)).containsEntry("precision", "PRECISE").containsEntry("latitude", 49.151);
	}

	@Test
	void actorsWrittenBeforePositionsExistedArePlacedAtTheNextStart() {
		String id = this.fixture.register("Atelier ancien", "COMPANY", "PRIVATE", "54395", List.of());
		this.neo4j.query("MATCH (a:Actor {id: $id}) REMOVE a.position").bind(id).to("id").run();
		this.neo4j.query("MATCH (r:ReferenceData {name: 'actor-positions'}) DELETE r").run();
		this.graphQl.document(POSITION).variable("id", id).execute().path("actor.position").valueIsNull();

		this.entries.bringUpToDate();

		assertThat(position(id)).containsEntry("precision", "COMMUNE");
	}

	private Map<String, Object> position(String id) {
		return this.graphQl.document(POSITION)
			.variable("id", id)
			.execute()
			.path("actor.position")
			.entity(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	private int version(String id) {
		return this.graphQl.document(POSITION).variable("id", id).execute().path("actor.version").entity(Integer.class)
			.get();
	}

	private void update(Map<String, Object> input) {
		this.graphQl.document("mutation($input: UpdateActorInput!) { updateActor(input: $input) { actor { id } } }")
			.variable("input", input)
			.execute()
			.path("updateActor.actor.id")
			.hasValue();
	}

}
