package org.maillage.actor.graphql;

import java.util.Map;

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
	Map<String, Object> registerActor(@Argument ActorDetails input) {
		return Map.of("actor", this.registry.register(input));
	}

	@MutationMapping
	Map<String, Object> updateActor(@Argument UpdateActorInput input) {
		return Map.of("actor", this.registry.update(input.id(), input.version(), this.inputs.toDetails(input)));
	}

	@MutationMapping
	Map<String, Object> deleteActor(@Argument DeleteInput input) {
		this.registry.delete(input.id(), input.version());
		return Map.of("id", input.id());
	}

	@MutationMapping
	Map<String, Object> addKnowHow(@Argument AddKnowHowInput input) {
		return Map.of("knowHow", this.items.addKnowHow(input.actorId(), this.inputs.toDetails(input)));
	}

	@MutationMapping
	Map<String, Object> updateKnowHow(@Argument UpdateKnowHowInput input) {
		return Map.of("knowHow", this.items.updateKnowHow(input.id(), input.version(), this.inputs.toDetails(input)));
	}

	@MutationMapping
	Map<String, Object> removeKnowHow(@Argument DeleteInput input) {
		return remove(input, ItemKind.KNOW_HOW);
	}

	@MutationMapping
	Map<String, Object> addEquipment(@Argument AddEquipmentInput input) {
		return Map.of("equipment", this.items.addEquipment(input.actorId(), this.inputs.toDetails(input)));
	}

	@MutationMapping
	Map<String, Object> updateEquipment(@Argument UpdateEquipmentInput input) {
		return Map.of("equipment",
				this.items.updateEquipment(input.id(), input.version(), this.inputs.toDetails(input)));
	}

	@MutationMapping
	Map<String, Object> removeEquipment(@Argument DeleteInput input) {
		return remove(input, ItemKind.EQUIPMENT);
	}

	@MutationMapping
	Map<String, Object> addProblem(@Argument AddProblemInput input) {
		return Map.of("problem", this.items.addProblem(input.actorId(), this.inputs.toDetails(input)));
	}

	@MutationMapping
	Map<String, Object> updateProblem(@Argument UpdateProblemInput input) {
		return Map.of("problem", this.items.updateProblem(input.id(), input.version(), this.inputs.toDetails(input)));
	}

	@MutationMapping
	Map<String, Object> removeProblem(@Argument DeleteInput input) {
		return remove(input, ItemKind.PROBLEM);
	}

	@MutationMapping
	Map<String, Object> addContactPoint(@Argument AddContactPointInput input) {
		return Map.of("contactPoint", this.items.addContactPoint(input.actorId(), this.inputs.toDetails(input)));
	}

	@MutationMapping
	Map<String, Object> updateContactPoint(@Argument UpdateContactPointInput input) {
		return Map.of("contactPoint",
				this.items.updateContactPoint(input.id(), input.version(), this.inputs.toDetails(input)));
	}

	@MutationMapping
	Map<String, Object> removeContactPoint(@Argument DeleteInput input) {
		return remove(input, ItemKind.CONTACT_POINT);
	}

	@MutationMapping
	Map<String, Object> setTopicInterest(@Argument SetTopicInterestInput input) {
		String key = this.items.setTopicInterest(input.actorId(), input.topic(), input.visibility());
		Actor actor = this.directory.find(input.actorId())
			.orElseThrow(() -> new NotFoundException("actor", input.actorId()));
		TopicInterest interest = this.directory.topicInterestsOf(java.util.List.of(input.actorId()))
			.getOrDefault(input.actorId(), java.util.List.of())
			.stream()
			.filter(candidate -> candidate.topic().key().equals(key))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("topic", key));
		return Map.of("actor", actor, "interest", interest);
	}

	@MutationMapping
	Map<String, Object> removeTopicInterest(@Argument RemoveTopicInterestInput input) {
		this.items.removeTopicInterest(input.actorId(), input.topic());
		return Map.of("id", input.actorId());
	}

	private Map<String, Object> remove(DeleteInput input, ItemKind kind) {
		this.items.remove(input.id(), input.version(), kind);
		return Map.of("id", input.id());
	}

}
