package org.maillage.actor.graphql;

import java.util.List;

import org.maillage.actor.Actor;
import org.maillage.actor.ActorDetails;
import org.maillage.actor.ActorDirectory;
import org.maillage.actor.ActorItems;
import org.maillage.actor.ActorRegistry;
import org.maillage.actor.TopicInterest;
import org.maillage.actor.graphql.MutationInputs.AddContactPointInput;
import org.maillage.actor.graphql.MutationInputs.AddEquipmentInput;
import org.maillage.actor.graphql.MutationInputs.AddKnowHowInput;
import org.maillage.actor.graphql.MutationInputs.AddProblemInput;
import org.maillage.actor.graphql.MutationInputs.DeleteInput;
import org.maillage.actor.graphql.MutationInputs.RemoveTopicInterestInput;
import org.maillage.actor.graphql.MutationInputs.SetTopicInterestInput;
import org.maillage.actor.graphql.MutationInputs.UpdateActorInput;
import org.maillage.actor.graphql.MutationInputs.UpdateContactPointInput;
import org.maillage.actor.graphql.MutationInputs.UpdateEquipmentInput;
import org.maillage.actor.graphql.MutationInputs.UpdateKnowHowInput;
import org.maillage.actor.graphql.MutationInputs.UpdateProblemInput;
import org.maillage.actor.graphql.MutationPayloads.ActorPayload;
import org.maillage.actor.graphql.MutationPayloads.ContactPointPayload;
import org.maillage.actor.graphql.MutationPayloads.DeletePayload;
import org.maillage.actor.graphql.MutationPayloads.EquipmentPayload;
import org.maillage.actor.graphql.MutationPayloads.KnowHowPayload;
import org.maillage.actor.graphql.MutationPayloads.ProblemPayload;
import org.maillage.actor.graphql.MutationPayloads.TopicInterestPayload;
import org.maillage.actor.persistence.ItemKind;
import org.maillage.core.NotFoundException;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** Mutations of the directory. Each payload wraps what changed, as the schema's …Payload types say. */
@Controller
class ActorMutationController {

	private final ActorRegistry registry;

	private final ActorItems items;

	private final ActorDirectory directory;

	private final InputMapper inputs;

	ActorMutationController(ActorRegistry registry, ActorItems items, ActorDirectory directory, InputMapper inputs) {
		this.registry = registry;
		this.items = items;
		this.directory = directory;
		this.inputs = inputs;
	}

	@MutationMapping
	ActorPayload registerActor(@Argument ActorDetails input) {
		return new ActorPayload(this.registry.register(input));
	}

	@MutationMapping
	ActorPayload updateActor(@Argument UpdateActorInput input) {
		return new ActorPayload(this.registry.update(input.id(), input.version(), this.inputs.toDetails(input)));
	}

	@MutationMapping
	DeletePayload deleteActor(@Argument DeleteInput input) {
		this.registry.delete(input.id(), input.version());
		return new DeletePayload(input.id());
	}

	@MutationMapping
	KnowHowPayload addKnowHow(@Argument AddKnowHowInput input) {
		return new KnowHowPayload(this.items.addKnowHow(input.actorId(), this.inputs.toDetails(input)));
	}

	@MutationMapping
	KnowHowPayload updateKnowHow(@Argument UpdateKnowHowInput input) {
		return new KnowHowPayload(this.items.updateKnowHow(input.id(), input.version(), this.inputs.toDetails(input)));
	}

	@MutationMapping
	DeletePayload removeKnowHow(@Argument DeleteInput input) {
		return remove(input, ItemKind.KNOW_HOW);
	}

	@MutationMapping
	EquipmentPayload addEquipment(@Argument AddEquipmentInput input) {
		return new EquipmentPayload(this.items.addEquipment(input.actorId(), this.inputs.toDetails(input)));
	}

	@MutationMapping
	EquipmentPayload updateEquipment(@Argument UpdateEquipmentInput input) {
		return new EquipmentPayload(this.items.updateEquipment(input.id(), input.version(), this.inputs.toDetails(input)));
	}

	@MutationMapping
	DeletePayload removeEquipment(@Argument DeleteInput input) {
		return remove(input, ItemKind.EQUIPMENT);
	}

	@MutationMapping
	ProblemPayload addProblem(@Argument AddProblemInput input) {
		return new ProblemPayload(this.items.addProblem(input.actorId(), this.inputs.toDetails(input)));
	}

	@MutationMapping
	ProblemPayload updateProblem(@Argument UpdateProblemInput input) {
		return new ProblemPayload(this.items.updateProblem(input.id(), input.version(), this.inputs.toDetails(input)));
	}

	@MutationMapping
	DeletePayload removeProblem(@Argument DeleteInput input) {
		return remove(input, ItemKind.PROBLEM);
	}

	@MutationMapping
	ContactPointPayload addContactPoint(@Argument AddContactPointInput input) {
		return new ContactPointPayload(this.items.addContactPoint(input.actorId(), this.inputs.toDetails(input)));
	}

	@MutationMapping
	ContactPointPayload updateContactPoint(@Argument UpdateContactPointInput input) {
		return new ContactPointPayload(this.items.updateContactPoint(input.id(), input.version(), this.inputs.toDetails(input)));
	}

	@MutationMapping
	DeletePayload removeContactPoint(@Argument DeleteInput input) {
		return remove(input, ItemKind.CONTACT_POINT);
	}

	@MutationMapping
	TopicInterestPayload setTopicInterest(@Argument SetTopicInterestInput input) {
		String key = this.items.setTopicInterest(input.actorId(), input.topic(), input.visibility());
		Actor actor = this.directory.find(input.actorId())
			.orElseThrow(() -> new NotFoundException("actor", input.actorId()));
		TopicInterest interest = this.directory.topicInterestsOf(List.of(input.actorId()))
			.getOrDefault(input.actorId(), List.of())
			.stream()
			.filter(candidate -> candidate.topic().key().equals(key))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("topic", key));
		return new TopicInterestPayload(actor, interest);
	}

	@MutationMapping
	DeletePayload removeTopicInterest(@Argument RemoveTopicInterestInput input) {
		this.items.removeTopicInterest(input.actorId(), input.topic());
		return new DeletePayload(input.actorId());
	}

	private DeletePayload remove(DeleteInput input, ItemKind kind) {
		this.items.remove(input.id(), input.version(), kind);
		return new DeletePayload(input.id());
	}

}
