package org.maillage.actor.graphql;

import org.maillage.actor.Actor;
import org.maillage.actor.ContactPoint;
import org.maillage.actor.Equipment;
import org.maillage.actor.KnowHow;
import org.maillage.actor.Problem;
import org.maillage.actor.TopicInterest;
import org.maillage.core.Audited;

/** The mutations' payload types, as the schema declares them. */
final class MutationPayloads {

	private MutationPayloads() {
	}

	record ActorPayload(Actor actor) implements Audited {

		@Override
		public String auditTarget() {
			return this.actor.id();
		}

	}

	record DeletePayload(String id) implements Audited {

		@Override
		public String auditTarget() {
			return this.id;
		}

	}

	record KnowHowPayload(KnowHow knowHow) implements Audited {

		@Override
		public String auditTarget() {
			return this.knowHow.id();
		}

	}

	record EquipmentPayload(Equipment equipment) implements Audited {

		@Override
		public String auditTarget() {
			return this.equipment.id();
		}

	}

	record ProblemPayload(Problem problem) implements Audited {

		@Override
		public String auditTarget() {
			return this.problem.id();
		}

	}

	record ContactPointPayload(ContactPoint contactPoint) implements Audited {

		@Override
		public String auditTarget() {
			return this.contactPoint.id();
		}

	}

	record TopicInterestPayload(Actor actor, TopicInterest interest) {
	}

	record RemoveTopicInterestPayload(Actor actor, String topicKey) {
	}

}
