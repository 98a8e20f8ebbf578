package org.maillage.claim;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import org.maillage.ApiAndGraphTests;
import org.maillage.GraphQlErrors;
import org.maillage.MaillageIntegrationTest;
import org.maillage.Races;
import org.maillage.TestActors;
import org.maillage.TestCallers;
import org.maillage.actor.ActorKind;
import org.maillage.actor.PublicRecord;
import org.maillage.actor.PublicRecords;
import org.maillage.actor.Sector;
import org.maillage.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Claiming an imported profile, as the people involved see it: the claimant (granted at once by their e-mail domain,
 * or waiting), the facilitator who decides, the actor's new owner, and the audit trail; and what racing claims and
 * decisions leave behind: one owner.
 */
@MaillageIntegrationTest
class ClaimIntegrationTests extends ApiAndGraphTests {

	private static final String CLAIM = """
			mutation($actorId: ID!, $message: String) { claimActor(input: {actorId: $actorId, message: $message}) {
			  claim { id status explanation claimant message actor { id name publicRecord } } } }""";

	private static final String DECIDE = """
			mutation($id: ID!, $grant: Boolean!, $note: String) {
			  decideActorClaim(input: {id: $id, grant: $grant, note: $note}) {
			    claim { id status explanation decidedBy note } } }""";

	@Autowired
	PublicRecords publicRecords;

	@Autowired
	TransactionTemplate transactions;

	String token;

	String actorId;

	@BeforeEach
	void anImportedProfileWithAWebsite() {
		this.token = TestActors.newToken();
		this.actorId = importedActor("Fonderie " + this.token, "https://www." + this.token + ".fr/accueil");
	}

	@Test
	void aClaimFromTheWebsitesDomainIsGrantedAtOnceAndAuditedUnderTheActor() {
		TestCallers.signInWithEmail("jeanne-" + this.token, "jeanne@" + this.token + ".fr", true, Role.MEMBER);
		GraphQlTester.Response claimed = claim(this.actorId, null);
		claimed.path("claimActor.claim.status").entity(String.class).isEqualTo("GRANTED");
		claimed.path("claimActor.claim.explanation").entity(String.class)
			.isEqualTo("Granted at once: the claimant’s verified e-mail address is at " + this.token
					+ ".fr, the actor’s website’s domain");
		claimed.path("claimActor.claim.actor.publicRecord").entity(Boolean.class).isEqualTo(false);
		assertThat(owners(this.actorId)).containsExactly("jeanne-" + this.token);
		// the new owner edits the profile as any owner does
		this.graphQl.document("""
				query($id: ID!) { members(actorId: $id) { personId role } }""")
			.variable("id", this.actorId)
			.execute()
			.path("members[0].role")
			.entity(String.class)
			.isEqualTo("OWNER");
		assertThat(this.neo4j.query("""
				MATCH (e:AuditEntry {operation: 'claimActor', target: $actorId}) RETURN e.subject + ' ' + e.outcome""")
			.bind(this.actorId)
			.to("actorId")
			.fetchAs(String.class)
			.all()).containsExactly("jeanne-" + this.token + " DONE");
		// claimed, the profile is no longer there to claim, even by a colleague at the same domain
		TestCallers.signInWithEmail("paul-" + this.token, "paul@" + this.token + ".fr", true, Role.MEMBER);
		GraphQlErrors.expectError(claim(this.actorId, null), "CONFLICT", "cannot be claimed");
	}

	@Test
	void aClaimFromElsewhereWaitsForAFacilitatorWhoseGrantRefusesTheOthers() {
		String first = "lea-" + this.token;
		String second = "marc-" + this.token;
		TestCallers.signIn(first, Role.MEMBER);
		String firstClaim = claim(this.actorId, "Je dirige cette fonderie depuis 2019.").path("claimActor.claim.id")
			.entity(String.class)
			.get();
		GraphQlTester.Response again = claim(this.actorId, "Bis");
		again.path("claimActor.claim.id").entity(String.class).isEqualTo(firstClaim);
		again.path("claimActor.claim.status").entity(String.class).isEqualTo("PENDING");
		again.path("claimActor.claim.explanation").entity(String.class).isEqualTo("Waiting for a facilitator’s decision");
		assertThat(owners(this.actorId)).isEmpty();
		// the claimant cannot decide on claims
		GraphQlErrors.expectError(decide(firstClaim, true, null), "FORBIDDEN", "facilitators");
		TestCallers.signIn(second, Role.MEMBER);
		String secondClaim = claim(this.actorId, null).path("claimActor.claim.id").entity(String.class).get();

		TestCallers.signIn("facilitator-" + this.token, Role.FACILITATOR);
		List<String> queue = this.graphQl.document("""
				{ actorClaims(first: 100) { totalCount edges { node { id claimant message actor { id } } } } }""")
			.execute()
			.path("actorClaims.edges[*].node.id")
			.entityList(String.class)
			.get();
		assertThat(queue).contains(firstClaim, secondClaim);
		GraphQlTester.Response granted = decide(firstClaim, true, "SIRET et statuts vérifiés");
		granted.path("decideActorClaim.claim.status").entity(String.class).isEqualTo("GRANTED");
		granted.path("decideActorClaim.claim.explanation").entity(String.class)
			.isEqualTo("Granted by facilitator-" + this.token);
		GraphQlErrors.expectError(decide(firstClaim, false, null), "CONFLICT", "decided already");
		assertThat(owners(this.actorId)).containsExactly(first);

		TestCallers.signIn(second, Role.MEMBER);
		GraphQlTester.Response mine = this.graphQl.document("""
				{ me { actorClaims { totalCount edges { node { id status explanation } } } } }""").execute();
		mine.path("me.actorClaims.edges[0].node.status").entity(String.class).isEqualTo("REFUSED");
		mine.path("me.actorClaims.edges[0].node.explanation").entity(String.class)
			.isEqualTo("Refused: another claim of this actor was granted first");
	}

	@Test
	void aRefusalLeavesTheProfileClaimable() {
		TestCallers.signIn("nina-" + this.token, Role.MEMBER);
		String claim = claim(this.actorId, null).path("claimActor.claim.id").entity(String.class).get();
		TestCallers.signIn("facilitator-" + this.token, Role.FACILITATOR);
		GraphQlTester.Response refused = decide(claim, false, "Aucun lien avec l’établissement");
		refused.path("decideActorClaim.claim.status").entity(String.class).isEqualTo("REFUSED");
		refused.path("decideActorClaim.claim.note").entity(String.class).isEqualTo("Aucun lien avec l’établissement");
		TestCallers.signInWithEmail("owner-" + this.token, "direction@" + this.token + ".fr", true, Role.MEMBER);
		claim(this.actorId, null).path("claimActor.claim.status").entity(String.class).isEqualTo("GRANTED");
	}

	@Test
	void anUnverifiedAddressOrASharedDomainProvesNothing() {
		TestCallers.signInWithEmail("unverified-" + this.token, "x@" + this.token + ".fr", false, Role.MEMBER);
		claim(this.actorId, null).path("claimActor.claim.status").entity(String.class).isEqualTo("PENDING");
		String onAPlatform = importedActor("Atelier " + this.token, "sites.google.com/view/" + this.token);
		TestCallers.signInWithEmail("google-" + this.token, "someone@google.com", true, Role.MEMBER);
		claim(onAPlatform, null).path("claimActor.claim.status").entity(String.class).isEqualTo("PENDING");
		// a look-alike domain is not the website's
		TestCallers.signInWithEmail("lookalike-" + this.token, "x@" + this.token + ".fr.example.com", true,
				Role.MEMBER);
		claim(this.actorId, null).path("claimActor.claim.status").entity(String.class).isEqualTo("PENDING");
		assertThat(owners(this.actorId)).isEmpty();
		assertThat(owners(onAPlatform)).isEmpty();
	}

	@Test
	void anActorSomeoneRegisteredIsNotClaimable() {
		TestCallers.signIn("registrant-" + this.token, Role.MEMBER);
		String registered = TestActors.register(this.graphQl, "Registered " + this.token);
		TestCallers.signIn("other-" + this.token, Role.MEMBER);
		GraphQlErrors.expectError(claim(registered, null), "CONFLICT", "cannot be claimed");
		GraphQlErrors.expectError(claim("no-such-actor", null), "NOT_FOUND", "no-such-actor");
		GraphQlErrors.expectError(claim(this.actorId, "x".repeat(1_001)), "BAD_REQUEST", "message");
		TestCallers.signOut();
		GraphQlErrors.expectError(claim(this.actorId, null), "UNAUTHORIZED", "claim a profile");
	}

	@RepeatedTest(3)
	void tenColleaguesClaimingAtOnceMakeOneOwner() {
		List<String> outcomes = Races.run(10, i -> () -> {
			TestCallers.signInWithEmail("colleague-" + i + "-" + this.token, "c" + i + "@" + this.token + ".fr", true,
					Role.MEMBER);
			return claim(this.actorId, null);
		});
		assertThat(Races.count(outcomes, "OK")).isEqualTo(1);
		assertThat(Races.count(outcomes, "CONFLICT")).isEqualTo(9);
		assertThat(owners(this.actorId)).hasSize(1);
	}

	@RepeatedTest(3)
	void twoFacilitatorsGrantingTwoClaimsOfOneActorAtOnceMakeOneOwner() {
		TestCallers.signIn("a-" + this.token, Role.MEMBER);
		String one = claim(this.actorId, null).path("claimActor.claim.id").entity(String.class).get();
		TestCallers.signIn("b-" + this.token, Role.MEMBER);
		String other = claim(this.actorId, null).path("claimActor.claim.id").entity(String.class).get();
		List<String> claims = List.of(one, other);
		List<String> outcomes = Races.run(2, i -> () -> {
			TestCallers.signIn("facilitator-" + i + "-" + this.token, Role.FACILITATOR);
			return decide(claims.get(i), true, null);
		});
		assertThat(outcomes).containsExactlyInAnyOrder("OK", "CONFLICT");
		assertThat(owners(this.actorId)).hasSize(1);
		assertThat(this.neo4j.query("""
				MATCH (c:ActorClaim)-[:OF]->(:Actor {id: $actorId}) RETURN c.status ORDER BY c.status""")
			.bind(this.actorId)
			.to("actorId")
			.fetchAs(String.class)
			.all()).containsExactly("GRANTED", "REFUSED");
	}

	private GraphQlTester.Response claim(String actorId, String message) {
		return this.graphQl.document(CLAIM).variable("actorId", actorId).variable("message", message).execute();
	}

	private GraphQlTester.Response decide(String id, boolean grant, String note) {
		return this.graphQl.document(DECIDE).variable("id", id).variable("grant", grant).variable("note", note).execute();
	}

	/** A profile as an actor file's import makes it: public, owned by nobody, with its website. */
	private String importedActor(String name, String website) {
		String siret = TestActors.newSiret();
		this.transactions.executeWithoutResult(status -> this.publicRecords.save(List.of(new PublicRecord(siret,
				ActorKind.COMPANY, Sector.PRIVATE, name, "24.51Z", "commune:57463", true, null, null, null, website,
				null, List.of()))));
		return this.neo4j.query("MATCH (a:Actor {siret: $siret}) RETURN a.id")
			.bindAll(Map.of("siret", siret))
			.fetchAs(String.class)
			.one()
			.orElseThrow();
	}

	private List<String> owners(String actorId) {
		return List.copyOf(this.neo4j.query("""
				MATCH (p:Person)-[:MEMBER_OF {role: 'OWNER'}]->(:Actor {id: $actorId}) RETURN p.subject""")
			.bind(actorId)
			.to("actorId")
			.fetchAs(String.class)
			.all());
	}

}
