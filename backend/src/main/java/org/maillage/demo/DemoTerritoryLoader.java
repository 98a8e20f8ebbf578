package org.maillage.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.maillage.actor.Actor;
import org.maillage.actor.ActorDirectory;
import org.maillage.actor.ActorItems;
import org.maillage.actor.ActorRegistry;
import org.maillage.database.StartupStep;
import org.maillage.security.SystemCaller;
import org.maillage.core.Visibility;
import org.maillage.demo.DemoEcosystem.DemoActor;
import org.maillage.demo.DemoEcosystem.DemoGroup;
import org.maillage.demo.DemoEcosystem.DemoMember;
import org.maillage.demo.DemoEcosystem.DemoMembers;
import org.maillage.demo.DemoEcosystem.DemoParticipant;
import org.maillage.security.Memberships;
import org.maillage.workinggroup.ParticipantDetails;
import org.maillage.workinggroup.WorkingGroup;
import org.maillage.workinggroup.WorkingGroupDetails;
import org.maillage.workinggroup.WorkingGroupKind;
import org.maillage.workinggroup.WorkingGroupLifecycle;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo ecosystem when the embedded database holds no actor yet, through the same services as the API,
 * so the demo data obeys every rule real input does. One transaction: a failure leaves no partial demo behind.
 * Only with the embedded default: an external database is somebody's real directory. Turned off with
 * {@code maillage.demo.enabled=false}.
 */
@Component
@ConditionalOnExpression("'${spring.neo4j.uri:}'.isBlank() and ${maillage.demo.enabled:true}")
class DemoTerritoryLoader extends StartupStep {

	private static final Logger log = LoggerFactory.getLogger(DemoTerritoryLoader.class);

	static final String ECOSYSTEM = "demo/ecosystem.json";

	static final String MEMBERS = "demo/members.json";

	private final ActorRegistry registry;

	private final ActorItems items;

	private final ActorDirectory directory;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	private final Memberships memberships;

	private final WorkingGroupLifecycle groups;

	DemoTerritoryLoader(ActorRegistry registry, ActorItems items, ActorDirectory directory,
			TransactionTemplate transactions, JsonMapper json, Memberships memberships, WorkingGroupLifecycle groups) {
		super(SAMPLE_DATA);
		this.memberships = memberships;
		this.groups = groups;
		this.registry = registry;
		this.items = items;
		this.directory = directory;
		this.transactions = transactions;
		this.json = json;
	}

	@Override
	protected void perform() {
		if (this.directory.hasActors()) {
			return;
		}
		long started = System.nanoTime();
		List<Actor> actors = SystemCaller.run(() -> this.transactions.execute(status -> loadAll()));
		log.info("Demo territory loaded: {} actors in {} ms", actors.size(), (System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * Registers every demo actor with its items, and makes the development realm's company users (alice, bruno)
	 * members of theirs; the caller holds the transaction.
	 */
	List<Actor> loadAll() {
		Map<String, Actor> actors = load(read());
		for (DemoMember member : read(MEMBERS, DemoMembers.class).members()) {
			this.memberships.addMemberAsSystem(member.subject(), member.username(), member.email(),
					actors.get(member.actor()).id(), member.role());
		}
		return List.copyOf(actors.values());
	}

	/**
	 * Registers every actor of an ecosystem with its items, then sets up its working groups; the caller holds the
	 * transaction. By key.
	 */
	Map<String, Actor> load(DemoEcosystem ecosystem) {
		Map<String, Actor> actors = new LinkedHashMap<>();
		Map<String, String> problems = new HashMap<>();
		ecosystem.actors().forEach(demo -> actors.put(demo.key(), load(ecosystem, demo, problems)));
		ecosystem.problemsRaised()
			.stream()
			.filter(raised -> !problems.containsKey(raised.actor() + "|" + raised.title()))
			.findFirst()
			.ifPresent(raised -> {
				throw new IllegalStateException("Demo problem dated but not found: " + raised);
			});
		ecosystem.workingGroups().forEach(group -> setUp(group, actors, problems));
		return actors;
	}

	/** @param problems filled with the ids of the actor's problems, by actor key and title */
	private Actor load(DemoEcosystem ecosystem, DemoActor demo, Map<String, String> problems) {
		Actor actor = this.registry.register(demo.details());
		demo.knowHow().forEach(knowHow -> this.items.addKnowHow(actor.id(), knowHow));
		demo.equipment().forEach(equipment -> this.items.addEquipment(actor.id(), equipment));
		demo.topics().forEach(topic -> this.items.setTopicInterest(actor.id(), topic.name(), topic.visibility(), null));
		ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
		demo.problems().forEach(problem -> {
			int monthsAgo = ecosystem.monthsAgo(demo.key(), problem.title(), problems.size());
			Instant raisedAt = now.minusMonths(monthsAgo).toInstant();
			problems.put(demo.key() + "|" + problem.title(), this.items.addProblem(actor.id(), problem, raisedAt).id());
		});
		demo.contactPoints().forEach(contact -> this.items.addContactPoint(actor.id(), contact));
		return actor;
	}

	/** A group created as a facilitator would, and the invitations its owners accepted, answered as they would. */
	private void setUp(DemoGroup demo, Map<String, Actor> actors, Map<String, String> problems) {
		List<String> problemIds = demo.problems().stream().map(problem -> {
			String id = problems.get(problem.actor() + "|" + problem.title());
			if (id == null) {
				throw new IllegalStateException("Demo group " + demo.name() + ": no problem " + problem);
			}
			return id;
		}).toList();
		List<ParticipantDetails> participants = demo.participants()
			.stream()
			.map(participant -> new ParticipantDetails(actors.get(participant.actor()).id(), participant.role(), null,
					null))
			.toList();
		WorkingGroup group = this.groups.create(new WorkingGroupDetails(WorkingGroupKind.WORKING_GROUP, demo.name(),
				demo.purpose(), problemIds, null, Visibility.FACILITATORS, participants));
		demo.participants()
			.stream()
			.filter(DemoParticipant::accepted)
			.forEach(participant -> this.groups.answer(group.id(), actors.get(participant.actor()).id(), true));
	}

	DemoEcosystem read() {
		return read(ECOSYSTEM, DemoEcosystem.class);
	}

	<T> T read(String location, Class<T> type) {
		try (InputStream in = new ClassPathResource(location).getInputStream()) {
			return this.json.readValue(in, type);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + location, ex);
		}
	}

}
