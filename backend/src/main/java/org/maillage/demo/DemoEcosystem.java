package org.maillage.demo;

import java.util.List;

import org.maillage.actor.ActorDetails;
import org.maillage.actor.ActorKind;
import org.maillage.actor.ContactPointDetails;
import org.maillage.actor.EquipmentDetails;
import org.maillage.actor.GeoPoint;
import org.maillage.actor.KnowHowDetails;
import org.maillage.actor.ProblemDetails;
import org.maillage.actor.Sector;
import org.maillage.core.Visibility;
import org.maillage.security.MembershipRole;

/** The shape of {@code demo/ecosystem.json}. */
record DemoEcosystem(List<DemoActor> actors, List<DemoGroup> workingGroups, List<DemoRaised> problemsRaised) {

	/**
	 * Problems not in {@code problemsRaised} were raised {@value #EARLIEST_MONTHS_AGO} to
	 * {@value #LATEST_MONTHS_AGO} months before the demo was loaded, spread in the file's order: older than the six
	 * months that tell a rising problem, so that only the dates written in the file make one rise.
	 */
	static final int EARLIEST_MONTHS_AGO = 12;

	static final int LATEST_MONTHS_AGO = 6;

	DemoEcosystem {
		workingGroups = workingGroups == null ? List.of() : workingGroups;
		problemsRaised = problemsRaised == null ? List.of() : problemsRaised;
	}

	/** How many months before the load a problem was raised: by the file, or spread over older months. */
	int monthsAgo(String actor, String title, int index) {
		return this.problemsRaised.stream()
			.filter(raised -> raised.actor().equals(actor) && raised.title().equals(title))
			.mapToInt(DemoRaised::monthsAgo)
			.findFirst()
			.orElse(LATEST_MONTHS_AGO + index % (EARLIEST_MONTHS_AGO - LATEST_MONTHS_AGO + 1));
	}

	record DemoActor(String key, ActorKind kind, Sector sector, String name, String description, String website,
			String siret, String commune, GeoPoint location, List<String> coreTrades, List<KnowHowDetails> knowHow,
			List<EquipmentDetails> equipment, List<DemoTopic> topics, List<ProblemDetails> problems,
			List<ContactPointDetails> contactPoints) {

		ActorDetails details() {
			return new ActorDetails(this.kind, this.sector, this.name, this.description, this.website, this.siret,
					this.commune, this.location, this.coreTrades);
		}

	}

	record DemoTopic(String name, Visibility visibility) {
	}

	/**
	 * A working group a facilitator set up around demo problems, with the actors it invited: those
	 * {@code accepted} take part, the others are still invited.
	 */
	record DemoGroup(String name, String purpose, List<DemoProblem> problems, List<DemoParticipant> participants) {
	}

	/** A problem of a demo actor, by the actor's key and the problem's title. */
	record DemoProblem(String actor, String title) {
	}

	/** When a problem of a demo actor was raised, in months before the demo is loaded. */
	record DemoRaised(String actor, String title, int monthsAgo) {
	}

	record DemoParticipant(String actor, String role, boolean accepted) {
	}

	/** A demo user of the development realm (infra/keycloak), made a member of a demo actor. */
	record DemoMember(String actor, String subject, String username, String email, MembershipRole role) {
	}

	record DemoMembers(List<DemoMember> members) {
	}

}
