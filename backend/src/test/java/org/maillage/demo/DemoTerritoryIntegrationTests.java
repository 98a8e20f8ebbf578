package org.maillage.demo;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.maillage.MaillageIntegrationTest;
import org.maillage.actor.Actor;
import org.maillage.actor.ActorDirectory;
import org.maillage.actor.ActorItems;
import org.maillage.actor.ActorKind;
import org.maillage.actor.ActorRegistry;
import org.maillage.actor.ProfilePart;
import org.maillage.actor.ProfileParts;
import org.maillage.actor.Sector;
import org.maillage.TestCallers;
import org.maillage.core.Visibility;
import org.maillage.observatory.RecurringProblem;
import org.maillage.observatory.RecurringProblems;
import org.maillage.security.Role;
import org.maillage.security.SystemCaller;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo ecosystem loads through the same services and rules as the API, and has what a new user needs to try
 * every query. Loaded in a transaction rolled back after the test, so the shared database stays as it was.
 */
@MaillageIntegrationTest
@Transactional
class DemoTerritoryIntegrationTests {

	@Autowired
	ActorRegistry registry;

	@Autowired
	ActorItems items;

	@Autowired
	ActorDirectory directory;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JsonMapper json;

	@Autowired
	org.maillage.security.Memberships memberships;

	@Autowired
	org.maillage.workinggroup.WorkingGroupLifecycle groups;

	@Autowired
	org.springframework.data.neo4j.core.Neo4jClient neo4j;

	@Autowired
	RecurringProblems recurringProblems;

	@Test
	void theDemoCoversEveryKindAndSectorInMoselleAndMeurtheEtMoselleWithItemsOfEveryVisibility() {
		var loader = new DemoTerritoryLoader(this.registry, this.items, this.directory, this.transactions, this.json,
				this.memberships, this.groups);

		List<Actor> actors = SystemCaller.run(loader::loadAll);

		assertThat(actors).hasSizeGreaterThanOrEqualTo(60);
		assertThat(this.memberships.actorsOf("a11ce000-0000-4000-8000-000000000001")).as("alice's demo company")
			.contains(idOf(actors, "Moteurs Électriques de l'Ennery"));
		assertThat(this.memberships.actorsOf("b2000000-0000-4000-8000-000000000002")).as("bruno's demo company")
			.contains(idOf(actors, "Fonderie de la Vallée de l'Orne"));
		assertThat(actors).extracting(Actor::kind).containsAll(EnumSet.allOf(ActorKind.class));
		assertThat(actors).extracting(Actor::sector).containsAll(EnumSet.allOf(Sector.class));
		assertThat(actors).extracting(Actor::communeId)
			.allSatisfy(commune -> assertThat(commune).matches("commune:(57|54)\\d{3}"));
		List<String> ids = actors.stream().map(Actor::id).toList();
		TestCallers.signIn("demo-reader", Role.ADMIN);
		ProfileParts profiles = this.directory.profiles(ids, EnumSet.allOf(ProfilePart.class));
		assertThat(visibilities(profiles.knowHow(), item -> item.visibility()))
			.containsExactlyInAnyOrder(Visibility.values());
		assertThat(visibilities(profiles.equipment(), item -> item.visibility()))
			.containsExactlyInAnyOrder(Visibility.values());
		assertThat(visibilities(profiles.problems(), item -> item.visibility()))
			.containsExactlyInAnyOrder(Visibility.values());
		assertThat(visibilities(profiles.topics(), item -> item.visibility()))
			.containsExactlyInAnyOrder(Visibility.values());
		assertThat(visibilities(profiles.contactPoints(), item -> item.visibility()))
			.containsExactlyInAnyOrder(Visibility.values());
		// enough for the observatory's views: consenting contact points to consult, groups for the network
		assertThat(profiles.contactPoints().values().stream().flatMap(List::stream)
			.filter(contact -> contact.consentsToContact())).hasSizeGreaterThanOrEqualTo(40);
		assertThat(this.neo4j.query("""
				UNWIND $ids AS id MATCH (:Actor {id: id})-[p:PARTICIPATES_IN]->(g:WorkingGroup)
				RETURN p.status AS status, count(DISTINCT g) AS groups, count(*) AS participations""")
			.bind(ids).to("ids").fetch().all())
			.containsExactlyInAnyOrder(Map.of("status", "ACCEPTED", "groups", 3L, "participations", 18L),
					Map.of("status", "INVITED", "groups", 1L, "participations", 1L));
		// problems raised over a year, so that some recurring problems rise and others do not
		Set<String> demoProblems = profiles.problems().values().stream().flatMap(List::stream)
			.map(problem -> problem.id()).collect(Collectors.toSet());
		List<RecurringProblem> demoGroups = this.recurringProblems.find("region:44", null, null).groups().stream()
			.filter(group -> demoProblems.containsAll(group.problemIds()))
			.toList();
		assertThat(demoGroups).filteredOn(RecurringProblem::rising).isNotEmpty();
		assertThat(demoGroups).filteredOn(group -> !group.rising())
			.anySatisfy(group -> assertThat(group.trend()).filteredOn(month -> month.problems() > 0).hasSizeGreaterThan(1));
	}

	@org.junit.jupiter.api.AfterEach
	void signOut() {
		TestCallers.signOut();
	}

	private static String idOf(List<Actor> actors, String name) {
		return actors.stream().filter(actor -> actor.name().equals(name)).findFirst().orElseThrow().id();
	}

	private static <T> Set<Visibility> visibilities(Map<String, List<T>> itemsByActor,
			Function<T, Visibility> visibility) {
		return itemsByActor.values()
			.stream()
			.flatMap(Collection::stream)
			.map(visibility)
			.collect(Collectors.toSet());
	}

}
