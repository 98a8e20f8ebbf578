package org.maillage.valuechain.graphql;

import java.util.List;

import org.maillage.actor.Need;
import org.maillage.core.Audited;
import org.maillage.core.Connection;
import org.maillage.core.PageRequest;
import org.maillage.valuechain.ValueChain;
import org.maillage.valuechain.ValueChainDetails;
import org.maillage.valuechain.ValueChains;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Value chains: read by anyone, written by facilitators, decision-makers and administrators. */
@Controller
class ValueChainController {

	private final ValueChains valueChains;

	ValueChainController(ValueChains valueChains) {
		this.valueChains = valueChains;
	}

	@QueryMapping
	ValueChain valueChain(@Argument String id) {
		return this.valueChains.find(id).orElse(null);
	}

	@QueryMapping
	Connection<ValueChain> valueChains(@Argument Integer first, @Argument String after) {
		return this.valueChains.list(PageRequest.of(first, after));
	}

	@MutationMapping
	ValueChainPayload createValueChain(@Argument CreateValueChainInput input) {
		return new ValueChainPayload(this.valueChains.create(input.details()));
	}

	@MutationMapping
	ValueChainPayload updateValueChain(@Argument UpdateValueChainInput input) {
		return new ValueChainPayload(this.valueChains.update(input.id(), input.version(), input.details()));
	}

	@MutationMapping
	DeletedValueChain deleteValueChain(@Argument DeleteInput input) {
		this.valueChains.delete(input.id(), input.version());
		return new DeletedValueChain(input.id());
	}

	record StepInput(String name, String description, List<Need> needs) {

		ValueChainDetails.Step step() {
			return new ValueChainDetails.Step(this.name, this.description, this.needs);
		}

	}

	record CreateValueChainInput(String name, String description, List<StepInput> steps) {

		ValueChainDetails details() {
			return new ValueChainDetails(this.name, this.description,
					this.steps == null ? List.of() : this.steps.stream().map(StepInput::step).toList());
		}

	}

	record UpdateValueChainInput(String id, long version, String name, String description, List<StepInput> steps) {

		ValueChainDetails details() {
			return new CreateValueChainInput(this.name, this.description, this.steps).details();
		}

	}

	record DeleteInput(String id, long version) {
	}

	record ValueChainPayload(ValueChain valueChain) implements Audited {

		@Override
		public String auditTarget() {
			return this.valueChain.id();
		}

	}

	record DeletedValueChain(String id) implements Audited {

		@Override
		public String auditTarget() {
			return this.id;
		}

	}

}
