package org.maillage.actor.graphql;

import org.maillage.actor.Actor;
import org.maillage.actor.ActorDirectory;
import org.maillage.actor.ActorItems;
import org.maillage.actor.ActorRegistry;
import org.maillage.actor.TopicInterest;
import org.maillage.actor.graphql.MutationInputs.AddContactPointInput;
import org.maillage.actor.graphql.MutationInputs.AddEquipmentInput;
import org.maillage.actor.graphql.MutationInputs.AddKnowHowInput;
import org.maillage.actor.graphql.MutationInputs.AddProblemInput;
import org.maillage.actor.graphql.MutationInputs.ConfirmActorInput;
import org.maillage.actor.graphql.MutationInputs.DeleteInput;
import org.maillage.actor.graphql.MutationInputs.RegisterActorInput;
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
import org.maillage.actor.graphql.MutationPayloads.RemoveTopicInterestPayload;
import org.maillage.actor.graphql.MutationPayloads.TopicInterestPayload;
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

	private final InputMapper inputMapper;

	private final InlineItems inlineItems;

	ActorMutationController(ActorRegistry registry, ActorItems items, ActorDirectory directory, InputMapper inputs,
			InlineItems inlineItems) {
		this.inlineItems = inlineItems;
		this.registry = registry;
		this.items = items;
		this.directory = directory;
		this.inputMapper = inputs;
	}

	@MutationMapping
	ActorPayload registerActor(@Argument RegisterActorInput input) {
		this.inlineItems.checkSizes(input);
		Actor actor = this.registry.register(this.inputMapper.toDetails(input));
		this.inlineItems.register(actor.id(), input);
		return new ActorPayload(actor);
	}

	@MutationMapping
	ActorPayload updateActor(@Argument UpdateActorInput input) {
		return new ActorPayload(this.registry.update(input.id(), input.version(), this.inputMapper.toDetails(input)));
	}

	@MutationMapping
	ActorPayload confirmActor(@Argument ConfirmActorInput input) {
		return new ActorPayload(this.registry.confirm(input.id()));
	}

	@MutationMapping
	DeletePayload deleteActor(@Argument DeleteInput input) {
		this.registry.delete(input.id(), input.version());
		return new DeletePayload(input.id());
	}

	@MutationMapping
	KnowHowPayload addKnowHow(@Argument AddKnowHowInput input) {
		return new KnowHowPayload(this.items.addKnowHow(input.actorId(), this.inputMapper.toDetails(input)));
	}

	@MutationMapping
	KnowHowPayload updateKnowHow(@Argument UpdateKnowHowInput input) {
		return new KnowHowPayload(this.items.updateKnowHow(input.id(), input.version(), this.inputMapper.toDetails(input)));
	}

	@MutationMapping
	DeletePayload removeKnowHow(@Argument DeleteInput input) {
		this.items.removeKnowHow(input.id(), input.version());
		return new DeletePayload(input.id());
	}

	@MutationMapping
	EquipmentPayload addEquipment(@Argument AddEquipmentInput input) {
		return new EquipmentPayload(this.items.addEquipment(input.actorId(), this.inputMapper.toDetails(input)));
	}

	@MutationMapping
	EquipmentPayload updateEquipment(@Argument UpdateEquipmentInput input) {
		return new EquipmentPayload(this.items.updateEquipment(input.id(), input.version(), this.inputMapper.toDetails(input)));
	}

	@MutationMapping
	DeletePayload removeEquipment(@Argument DeleteInput input) {
		this.items.removeEquipment(input.id(), input.version());
		return new DeletePayload(input.id());
	}

	@MutationMapping
	ProblemPayload addProblem(@Argument AddProblemInput input) {
		return new ProblemPayload(this.items.addProblem(input.actorId(), this.inputMapper.toDetails(input)));
	}

	@MutationMapping
	ProblemPayload updateProblem(@Argument UpdateProblemInput input) {
		return new ProblemPayload(this.items.updateProblem(input.id(), input.version(), this.inputMapper.toDetails(input)));
	}

	@MutationMapping
	DeletePayload removeProblem(@Argument DeleteInput input) {
		this.items.removeProblem(input.id(), input.version());
		return new DeletePayload(input.id());
	}

	@MutationMapping
	ContactPointPayload addContactPoint(@Argument AddContactPointInput input) {
		return new ContactPointPayload(this.items.addContactPoint(input.actorId(), this.inputMapper.toDetails(input)));
	}

	@MutationMapping
	ContactPointPayload updateContactPoint(@Argument UpdateContactPointInput input) {
		return new ContactPointPayload(this.items.updateContactPoint(input.id(), input.version(), this.inputMapper.toDetails(input)));
	}

	@MutationMapping
	DeletePayload removeContactPoint(@Argument DeleteInput input) {
		this.items.removeContactPoint(input.id(), input.version());
		return new DeletePayload(input.id());
	}

	@MutationMapping
	TopicInterestPayload setTopicInterest(@Argument SetTopicInterestInput input) {
		TopicInterest interest = this.items.setTopicInterest(input.actorId(), input.topic(), input.visibility(),
				input.version());
		return new TopicInterestPayload(actor(input.actorId()), interest);
	}

	@MutationMapping
	RemoveTopicInterestPayload removeTopicInterest(@Argument RemoveTopicInterestInput input) {
		String key = this.items.removeTopicInterest(input.actorId(), input.topic(), input.version());
		return new RemoveTopicInterestPayload(actor(input.actorId()), key);
	}

	private Actor actor(String id) {
		return this.directory.find(id).orElseThrow(() -> new NotFoundException("actor", id));
	}

}
