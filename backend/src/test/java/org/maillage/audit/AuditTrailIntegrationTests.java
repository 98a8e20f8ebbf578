package org.maillage.audit;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.maillage.MaillageIntegrationTest;
import org.maillage.TestCallers;
import org.maillage.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Every mutation leaves a trace (who, what, which target, when, done or refused) that only administrators read. */
@MaillageIntegrationTest
class AuditTrailIntegrationTests {

	@Autowired
	GraphQlTester graphQl;

	@Test
	void mutationsAreRecordedWithCallerTargetAndOutcome() {
		String owner = "audited-" + System.nanoTime();
		TestCallers.signIn(owner, Role.MEMBER);
		String actorId = this.graphQl.document("""
				mutation { registerActor(input: {kind: COMPANY, sector: PRIVATE, name: "Tracée", commune: "57463"}) {
				  actor { id } } }""").execute().path("registerActor.actor.id").entity(String.class).get();
		String knowHowId = this.graphQl.document("""
				mutation($id: ID!) { addKnowHow(input: {actorId: $id, name: "Savoir", visibility: PUBLIC}) {
				  knowHow { id } } }""").variable("id", actorId).execute().path("addKnowHow.knowHow.id")
			.entity(String.class).get();
		TestCallers.signIn("intruder-" + owner, Role.MEMBER);
		this.graphQl.document("mutation($id: ID!) { deleteActor(input: {id: $id, version: 0}) { id } }")
			.variable("id", actorId)
			.execute();

		TestCallers.signIn("admin-" + owner, Role.ADMIN);
		List<Map<String, Object>> entries = this.graphQl.document("""
				query($target: ID) { auditTrail(target: $target, first: 10) {
				  totalCount edges { node { at username operation target outcome message } } } }""")
			.variable("target", actorId)
			.execute()
			.path("auditTrail.edges[*].node")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(entries).extracting(entry -> entry.get("operation")).containsExactly("deleteActor", "registerActor");
		assertThat(entries).extracting(entry -> entry.get("username")).containsExactly("intruder-" + owner, owner);
		assertThat(entries).extracting(entry -> entry.get("outcome")).containsExactly("REFUSED", "DONE");
		// recorded in the platform's language, whoever reads the trail later
		assertThat((String) entries.get(0).get("message")).contains("Seuls les propriétaires de l’acteur");
		this.graphQl.document("query($target: ID) { auditTrail(target: $target) { edges { node { operation outcome } } } }")
			.variable("target", knowHowId)
			.execute()
			.path("auditTrail.edges[0].node.operation").entity(String.class).isEqualTo("addKnowHow")
			.path("auditTrail.edges[0].node.outcome").entity(String.class).isEqualTo("DONE");
	}

	@Test
	void onlyAdministratorsReadTheTrail() {
		TestCallers.signIn("curious-" + System.nanoTime(), Role.FACILITATOR);
		this.graphQl.document("{ auditTrail { totalCount } }").execute().errors().satisfy(errors -> assertThat(errors)
			.anySatisfy(error -> assertThat(error.getErrorType()).hasToString("FORBIDDEN")));
		TestCallers.signOut();
		this.graphQl.document("{ auditTrail { totalCount } }").execute().errors().satisfy(errors -> assertThat(errors)
			.anySatisfy(error -> assertThat(error.getErrorType()).hasToString("UNAUTHORIZED")));
	}

}
