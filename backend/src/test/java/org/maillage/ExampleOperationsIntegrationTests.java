package org.maillage;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.maillage.actor.ActorKind;
import org.maillage.actor.PublicRecord;
import org.maillage.actor.PublicRecords;
import org.maillage.actor.Sector;
import org.maillage.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every example operation of frontend-contract/operations against the service, in the order a new user
 * would: register an actor, describe it, then browse. Each must answer without error.
 */
@MaillageIntegrationTest
class ExampleOperationsIntegrationTests {

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	PublicRecords publicRecords;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void everyExampleOperationRunsWithoutError() throws IOException {
		Set<String> executed = new TreeSet<>();
		TestCallers.signIn("example-operations", Role.MEMBER);

		Map<String, Object> registration = new HashMap<>(Map.of("kind", "COMPANY", "sector", "PRIVATE", "name",
				"Aimants de Lorraine (exemple)", "commune", "57672", "coreTrades", List.of("24.45Z")));
		String id = run("registerActor", Map.of("input", registration), executed).path("registerActor.actor.id")
			.entity(String.class)
			.get();
		String laboratory = run("registerActorWithItems", Map.of("communeCode", "54395"), executed)
			.path("registerActor.actor.knowHow[*].name")
			.entityList(String.class)
			.hasSize(2)
			.path("registerActor.actor.id")
			.entity(String.class)
			.get();
		Map<String, Object> update = new HashMap<>(registration);
		update.putAll(Map.of("id", id, "version", 0, "description", "Recyclage d'aimants permanents"));
		run("updateActor", Map.of("input", update), executed).path("updateActor.actor.version")
			.entity(Integer.class)
			.isEqualTo(1);
		run("confirmActor", Map.of("id", id), executed).path("confirmActor.actor.version")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("confirmActor.actor.confirmedAt")
			.hasValue();
		// in its commune: other test classes share this database and confirm Moselle's actors by the dozen
		run("recentlyConfirmed", Map.of("since", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).toString(),
				"territory", "commune:57672"), executed)
			.path("actors.edges[*].node.id")
			.entityList(String.class)
			.contains(id);
		run("shareEquipment", Map.of("actorId", id), executed).path("addEquipment.equipment.id").hasValue();
		String problemId = run("declareProblem", Map.of("actorId", id), executed).path("addProblem.problem.id")
			.entity(String.class)
			.get();
		run("joinTopic", Map.of("actorId", id), executed).path("setTopicInterest.interest.topic.key")
			.entity(String.class)
			.isEqualTo("recyclage des terres rares");
		run("inviteMember", Map.of("actorId", id, "email", "colleague@example.org"), executed)
			.path("inviteMember.invitation.status")
			.entity(String.class)
			.isEqualTo("PENDING");
		TestCallers.signIn("example-facilitator", Role.FACILITATOR);
		String groupId = run("createWorkingGroup", Map.of("problemId", problemId, "actorId", id), executed)
			.path("createWorkingGroup.workingGroup.participants[0].status")
			.entity(String.class)
			.isEqualTo("INVITED")
			.path("createWorkingGroup.workingGroup.id")
			.entity(String.class)
			.get();
		run("markMatch", Map.of("problemId", problemId, "actorId", laboratory), executed)
			.path("markMatch.mark.relevant")
			.entity(Boolean.class)
			.isEqualTo(false);
		run("matchMarks", Map.of("problemId", problemId), executed).path("matchMarks.edges[0].node.reason")
			.entity(String.class)
			.isEqualTo("Laboratoire : ne traite pas de volumes industriels");
		TestCallers.signIn("example-operations", Role.MEMBER);
		run("answerWorkingGroupInvitation", Map.of("id", groupId, "actorId", id), executed)
			.path("answerWorkingGroupInvitation.workingGroup.participants[0].status")
			.entity(String.class)
			.isEqualTo("ACCEPTED");
		// the group's workspace, by a member of the actor that accepted (docs/workspace.md)
		String meetingId = run("scheduleMeeting", Map.of("groupId", groupId, "attendee", "example-operations"), executed)
			.path("scheduleMeeting.meeting.attendees[0].personId")
			.entity(String.class)
			.isEqualTo("example-operations")
			.path("scheduleMeeting.meeting.id")
			.entity(String.class)
			.get();
		run("writeMinutes", Map.of("id", meetingId, "version", 0, "attendee", "example-operations"), executed)
			.path("updateMeeting.meeting.version")
			.entity(Integer.class)
			.isEqualTo(1);
		run("recordDecision", Map.of("groupId", groupId, "meetingId", meetingId), executed)
			.path("recordDecision.decision.meeting.id")
			.entity(String.class)
			.isEqualTo(meetingId);
		run("addTask", Map.of("groupId", groupId, "actorId", id, "personId", "example-operations"), executed)
			.path("addTask.task.status")
			.entity(String.class)
			.isEqualTo("TODO");
		run("shareDocument", Map.of("groupId", groupId), executed).path("shareDocument.document.sharedBy")
			.entity(String.class)
			.isEqualTo("example-operations");
		run("recordUsefulEffect", Map.of("groupId", groupId, "actorId", id), executed)
			.path("recordUsefulEffect.usefulEffect.unit")
			.entity(String.class)
			.isEqualTo("t");
		run("usefulEffectTotals", Map.of("territory", "departement:57"), executed)
			.path("usefulEffectTotals[*].indicator")
			.entityList(String.class)
			.contains("MATERIAL_KEPT_IN_USE");
		run("groupWorkspace", Map.of("group", groupId), executed)
			.path("workspace.meetings.edges[0].node.minutes")
			.entity(String.class)
			.satisfies(minutes -> assertThat(minutes).startsWith("## Relevé"))
			.path("workspace.tasks.totalCount")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("workspace.documents.totalCount")
			.entity(Integer.class)
			.isEqualTo(1);
		run("matchActors", Map.of("problemId", problemId), executed).path("matchActors.needs").hasValue();
		// the laboratory's know-how meets the problem, but a facilitator marked it not relevant there: not offered
		run("problemsICouldHelpWith", Map.of("actorId", laboratory), executed)
			.path("problemsICouldHelpWith.edges[*].node.problem.id")
			.entityList(String.class)
			.doesNotContain(problemId);
		run("proposeWorkingGroup", Map.of("problemId", problemId), executed).path("proposeWorkingGroup.method")
			.entity(String.class)
			.satisfies(method -> assertThat(method).contains("Lappas"));
		run("proposeConglomerate", Map.of("problemId", problemId), executed)
			.path("proposeConglomerate.steps[*].step.name")
			.entityList(String.class)
			.hasSize(5);
		// funding calls (docs/funding.md): a facilitator publishes one, the problem's owner ranks them for its problem
		TestCallers.signIn("example-facilitator", Role.FACILITATOR);
		String fundingCall = run("publishFundingCall",
				Map.of("deadline", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).plusDays(10).toString()),
				executed)
			.path("publishFundingCall.fundingCall.closingSoon").entity(Boolean.class).isEqualTo(true)
			.path("publishFundingCall.fundingCall.id").entity(String.class).get();
		TestCallers.signIn("example-operations", Role.MEMBER);
		// other tests' calls share the database: look through a long page
		run("fundingFor", Map.of("problemId", problemId, "first", 100), executed)
			.path("fundingFor.edges[*].node.call.id").entityList(String.class).contains(fundingCall);
		run("valueChains", Map.of(), executed).path("valueChains.edges[*].node.id")
			.entityList(String.class)
			.contains("rare-earth-magnet-recycling", "short-food-supply-chain");
		TestCallers.signIn("example-decision-maker", Role.DECISION_MAKER);
		run("createValueChain", Map.of(), executed).path("createValueChain.valueChain.steps[*].rank")
			.entityList(Integer.class)
			.containsExactly(1, 2, 3);
		TestCallers.signIn("example-operations", Role.MEMBER);
		run("me", Map.of(), executed).path("me.memberships[0].role").entity(String.class).isEqualTo("OWNER");
		run("actorProfile", Map.of("id", id), executed).path("actor.equipment[0].visibility")
			.entity(String.class)
			.isEqualTo("FACILITATORS");
		run("directory", Map.of(), executed).path("actors.edges[*].node.id").entityList(String.class).contains(id);
		run("sharedEquipment", Map.of(), executed).path("equipment.totalCount").hasValue();
		run("openProblems", Map.of(), executed).path("problems.totalCount").hasValue();
		// the most followed topics of a database other tests share: the example's own (one follower) may not be among
		// the first ten
		run("topics", Map.of(), executed).path("topics.edges[*].node.actorCount")
			.entityList(Integer.class)
			.satisfies(counts -> assertThat(counts).isNotEmpty().isSortedAccordingTo(java.util.Comparator.reverseOrder()));
		run("tradeTaxonomy", Map.of(), executed).path("sections.edges").entityList(Object.class).hasSize(21);
		run("territories", Map.of(), executed).path("search.edges[0].node.name")
			.entity(String.class)
			.isEqualTo("Thionville");
		TestCallers.signIn("example-decision-maker", Role.DECISION_MAKER);
		// the effect recorded above benefits an actor of Moselle, in a group decision-makers may see
		run("territoryOverview", Map.of(), executed).path("territoryOverview.reference.name")
			.entity(String.class)
			.isEqualTo("Grand Est")
			.path("territoryOverview.usefulEffects[*].indicator")
			.entityList(String.class)
			.contains("MATERIAL_KEPT_IN_USE");
		run("valueChainCoverage", Map.of(), executed).path("valueChainCoverage.steps[*].step.rank")
			.entityList(Integer.class)
			.containsExactly(1, 2, 3, 4, 5);
		run("networkInsights", Map.of(), executed).path("networkInsights.actors").entity(Integer.class)
			.satisfies(actors -> assertThat(actors).isPositive());
		run("recurringProblems", Map.of(), executed).path("recurringProblems.since").entity(String.class)
			.isEqualTo("2026-01");
		run("directoryFacets", Map.of(), executed).path("actors.facets.kinds[*].kind").entityList(String.class)
			.contains("COMPANY");

		// reaching actors: the example actor consents to be contacted by e-mail, a decision-maker consults it
		TestCallers.signIn("example-operations", Role.MEMBER);
		this.graphQl.document("""
				mutation($actorId: ID!) { addContactPoint(input: {actorId: $actorId, kind: EMAIL,
				  value: "aimants-exemple@example.org", visibility: FACILITATORS, consentsToContact: true}) {
				  contactPoint { consentsToContact } } }""")
			.variable("actorId", id)
			.execute()
			.path("addContactPoint.contactPoint.consentsToContact")
			.entity(Boolean.class)
			.isEqualTo(true);
		TestCallers.signIn("example-decision-maker", Role.DECISION_MAKER);
		String segment = run("saveSegment", Map.of("name", "Aimants de Lorraine", "filter",
				Map.of("text", "Aimants Lorraine exemple")), executed)
			.path("saveSegment.segment.actorCount").entity(Integer.class).isEqualTo(1)
			.path("saveSegment.segment.id").entity(String.class).get();
		run("segmentContacts", Map.of("id", segment), executed)
			.path("segment.consentedContacts.edges[0].node.value").entity(String.class)
			.isEqualTo("aimants-exemple@example.org");
		String consultation = run("sendConsultation", Map.of("segmentId", segment, "closesAt",
				java.time.LocalDate.now().plusDays(30).toString()), executed)
			.path("sendConsultation.consultation.reached").entity(Integer.class).isEqualTo(1)
			.path("sendConsultation.consultation.id").entity(String.class).get();
		TestCallers.signIn("example-operations", Role.MEMBER);
		run("myConsultations", Map.of(), executed).path("me.consultations.edges[0].node.consultation.id")
			.entity(String.class).isEqualTo(consultation);
		run("answerConsultation", Map.of("consultationId", consultation, "actorId", id), executed)
			.path("answerConsultation.received.answered").entity(Boolean.class).isEqualTo(true);
		TestCallers.signIn("example-decision-maker", Role.DECISION_MAKER);
		run("consultationResults", Map.of("id", consultation), executed)
			.path("consultation.results.questions[1].choices[*].count").entityList(Integer.class)
			.containsExactly(1, 1, 0);

		// an administrator's import of a SIRENE file from the import folder (MaillageIntegrationTest's)
		TestCallers.signIn("example-operations-admin", Role.ADMIN);
		java.nio.file.Path folder = java.nio.file.Path.of("target/test-imports");
		java.nio.file.Files.createDirectories(folder);
		java.nio.file.Files.writeString(folder.resolve("exemple-sirene.csv"), """
				siret,codeCommuneEtablissement,activitePrincipaleEtablissement,enseigne1Etablissement
				12345678901234,57463,24.45Z,Numéro faux
				""");
		String importId = run("startImport", Map.of("file", "exemple-sirene.csv"), executed).path("startImport.id")
			.entity(String.class)
			.get();
		run("importJob", Map.of("id", importId), executed).path("importJob.dryRun").entity(Boolean.class).isEqualTo(true);

		// a person claims an imported profile; a facilitator grants the claim
		String siret = TestActors.newSiret();
		this.transactions.executeWithoutResult(status -> this.publicRecords.save(List.of(new PublicRecord(
				siret, ActorKind.COMPANY, Sector.PRIVATE, "Fonderie exemple",
				"24.51Z", "commune:57463", true, null, null, null))));
		String imported = this.neo4j.query("MATCH (a:Actor {siret: $siret}) RETURN a.id")
			.bind(siret)
			.to("siret")
			.fetchAs(String.class)
			.one()
			.orElseThrow();
		TestCallers.signIn("example-claimant", Role.MEMBER);
		run("claimActor", Map.of("actorId", imported, "message", "Je dirige cette fonderie."), executed)
			.path("claimActor.claim.status").entity(String.class).isEqualTo("PENDING");
		TestCallers.signIn("example-facilitator", Role.FACILITATOR);
		String claim = run("actorClaims", Map.of("first", 100), executed).path("actorClaims.edges[*].node")
			.entityList(Map.class)
			.get()
			.stream()
			.filter(node -> imported.equals(((Map<?, ?>) node.get("actor")).get("id")))
			.map(node -> (String) node.get("id"))
			.findFirst()
			.orElseThrow();
		run("decideActorClaim", Map.of("id", claim, "grant", true, "note", "Statuts vérifiés"), executed)
			.path("decideActorClaim.claim.status").entity(String.class).isEqualTo("GRANTED");

		// two profiles of one sawmill in Dole, found and merged by a facilitator
		TestCallers.signIn("example-operations", Role.MEMBER);
		String sawmill = TestActors.register(this.graphQl, "Scierie du Doubs", "39198");
		String again = TestActors.register(this.graphQl, "SARL Scierie du Doubs", "39198");
		TestCallers.signIn("example-facilitator", Role.FACILITATOR);
		run("likelyDuplicates", Map.of("territory", "departement:39"), executed)
			.path("likelyDuplicates.edges[*].node.actors[*].id").entityList(String.class).contains(sawmill, again);
		run("mergeActors", Map.of("survivorId", sawmill, "duplicateId", again), executed)
			.path("mergeActors.mergedId").entity(String.class).isEqualTo(again);
		// the watch: the example actor's département, whose feed has its registration
		TestCallers.signIn("example-operations", Role.MEMBER);
		run("watch", Map.of("territory", "departement:57"), executed).path("watch.watch.label")
			.entity(String.class)
			.isEqualTo("Moselle");
		run("myFeed", Map.of(), executed).path("myFeed.edges[*].node.subjectId").entityList(String.class).contains(id);

		assertThat(executed).as("every operation in frontend-contract/operations").isEqualTo(exampleOperations());
	}

	private GraphQlTester.Response run(String operation, Map<String, Object> variables, Set<String> executed) {
		executed.add(operation);
		GraphQlTester.Request<?> request = this.graphQl.documentName(operation);
		variables.forEach(request::variable);
		GraphQlTester.Response response = request.execute();
		response.errors().verify();
		return response;
	}

	private static Set<String> exampleOperations() throws IOException {
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:graphql-test/*.graphql");
		return Arrays.stream(files)
			.map(file -> file.getFilename().replace(".graphql", ""))
			.collect(Collectors.toCollection(TreeSet::new));
	}

}
