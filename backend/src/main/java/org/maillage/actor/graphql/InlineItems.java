package org.maillage.actor.graphql;

import java.util.List;
import java.util.function.Consumer;

import org.maillage.actor.ActorItems;
import org.maillage.actor.graphql.MutationInputs.RegisterActorInput;
import org.maillage.core.InvalidInputException;
import org.maillage.core.Message;

import org.springframework.stereotype.Component;

/**
 * Registers the items {@code registerActor} carries with its actor, each exactly as its own mutation would (the same
 * rules and visibility), in the registration's transaction: a refused item refuses the whole registration, and the
 * error says which item it was.
 */
@Component
class InlineItems {

	/** Enough for a whole profile; a bulk load goes through the import, not one request. */
	static final int MAX_PER_LIST = 50;

	private final ActorItems items;

	private final InputMapper inputs;

	InlineItems(ActorItems items, InputMapper inputs) {
		this.items = items;
		this.inputs = inputs;
	}

	/** Refuses over-long lists before anything is written. */
	void checkSizes(RegisterActorInput input) {
		checkSize("knowHow", input.knowHow());
		checkSize("equipment", input.equipment());
		checkSize("topics", input.topics());
		checkSize("contactPoints", input.contactPoints());
	}

	void register(String actorId, RegisterActorInput input) {
		each("knowHow", input.knowHow(), item -> this.items.addKnowHow(actorId, this.inputs.toDetails(item)));
		each("equipment", input.equipment(), item -> this.items.addEquipment(actorId, this.inputs.toDetails(item)));
		each("topics", input.topics(),
				item -> this.items.setTopicInterest(actorId, item.topic(), item.visibility(), null));
		each("contactPoints", input.contactPoints(),
				item -> this.items.addContactPoint(actorId, this.inputs.toDetails(item)));
	}

	private static void checkSize(String field, List<?> list) {
		if (list != null && list.size() > MAX_PER_LIST) {
			throw InvalidInputException.of(field, "validation.Size.list.max", MAX_PER_LIST);
		}
	}

	private static <T> void each(String field, List<T> list, Consumer<T> register) {
		if (list == null) {
			return;
		}
		for (int position = 0; position < list.size(); position++) {
			try {
				register.accept(list.get(position));
			}
			catch (InvalidInputException ex) {
				throw new InvalidInputException(field + "[" + position + "]." + ex.field(),
						Message.of("validation.inline.item", field, String.valueOf(position + 1), ex.explanation()));
			}
		}
	}

}
