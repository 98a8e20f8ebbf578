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
record DemoEcosystem(List<DemoActor> actors, List<DemoGroup> workingGroups) {

	DemoEcosystem {
		workingGroups = workingGroups == null ? List.of() : workingGroups;
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

	record DemoParticipant(String actor, String role, boolean accepted) {
	}

	/** A demo user of the development realm (infra/keycloak), made a member of a demo actor. */
	record DemoMember(String actor, String subject, String username, String email, MembershipRole role) {
	}

	record DemoMembers(List<DemoMember> members) {
	}

}
