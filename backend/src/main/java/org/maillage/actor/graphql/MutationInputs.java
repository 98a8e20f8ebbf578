package org.maillage.actor.graphql;

import java.util.List;

import org.maillage.actor.ActorKind;
import org.maillage.actor.ContactKind;
import org.maillage.actor.EquipmentCategory;
import org.maillage.actor.GeoPoint;
import org.maillage.actor.Need;
import org.maillage.actor.ProblemCategory;
import org.maillage.actor.ProblemStatus;
import org.maillage.actor.Sector;
import org.maillage.core.Visibility;

/** The mutations' input types, as the schema declares them; {@link InputMapper} turns them into commands. */
final class MutationInputs {

	private MutationInputs() {
	}

	record RegisterActorInput(ActorKind kind, Sector sector, String name, String description, String website,
			String siret, String commune, GeoPoint location, List<String> coreTrades, List<NewKnowHowInput> knowHow,
			List<NewEquipmentInput> equipment, List<NewTopicInterestInput> topics,
			List<NewContactPointInput> contactPoints) {
	}

	record NewKnowHowInput(String name, String description, Visibility visibility) {
	}

	record NewEquipmentInput(String name, EquipmentCategory category, String description, String capacity,
			String sharingTerms, Boolean shared, Visibility visibility) {
	}

	record NewTopicInterestInput(String topic, Visibility visibility) {
	}

	record NewContactPointInput(ContactKind kind, String label, String value, Visibility visibility,
			boolean consentsToContact) {
	}

	record UpdateActorInput(String id, long version, ActorKind kind, Sector sector, String name, String description,
			String website, String siret, String commune, GeoPoint location, List<String> coreTrades) {
	}

	record ConfirmActorInput(String id) {
	}

	record DeleteInput(String id, long version) {
	}

	record AddKnowHowInput(String actorId, String name, String description, Visibility visibility) {
	}

	record UpdateKnowHowInput(String id, long version, String name, String description, Visibility visibility) {
	}

	record AddEquipmentInput(String actorId, String name, EquipmentCategory category, String description,
			String capacity, String sharingTerms, Boolean shared, Visibility visibility) {
	}

	record UpdateEquipmentInput(String id, long version, String name, EquipmentCategory category, String description,
			String capacity, String sharingTerms, Boolean shared, Visibility visibility) {
	}

	record AddProblemInput(String actorId, String title, String description, ProblemCategory category,
			ProblemStatus status, Visibility visibility, List<Need> needs) {
	}

	record UpdateProblemInput(String id, long version, String title, String description, ProblemCategory category,
			ProblemStatus status, Visibility visibility, List<Need> needs) {
	}

	record AddContactPointInput(String actorId, ContactKind kind, String label, String value, Visibility visibility,
			boolean consentsToContact) {
	}

	record UpdateContactPointInput(String id, long version, ContactKind kind, String label, String value,
			Visibility visibility, boolean consentsToContact) {
	}

	record SetTopicInterestInput(String actorId, String topic, Visibility visibility, Long version) {
	}

	record RemoveTopicInterestInput(String actorId, String topic, long version) {
	}

}
