package org.maillage.duplicate.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.maillage.actor.Actor;
import org.maillage.actor.ActorDirectory;
import org.maillage.core.Audited;
import org.maillage.core.Connection;
import org.maillage.core.Messages;
import org.maillage.core.PageRequest;
import org.maillage.duplicate.Duplicates;
import org.maillage.duplicate.LikelyDuplicate;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Likely duplicates of a territory, and their merge. */
@Controller
class DuplicateController {

	private final Duplicates duplicates;

	private final ActorDirectory directory;

	private final Messages messages;

	DuplicateController(Duplicates duplicates, ActorDirectory directory, Messages messages) {
		this.duplicates = duplicates;
		this.directory = directory;
		this.messages = messages;
	}

	@QueryMapping
	Connection<LikelyDuplicate> likelyDuplicates(@Argument String territory, @Argument Integer first,
			@Argument String after) {
		return this.duplicates.within(territory, PageRequest.of(first, after));
	}

	@BatchMapping(typeName = "LikelyDuplicate", field = "actors")
	Map<LikelyDuplicate, List<Actor>> actors(List<LikelyDuplicate> pairs) {
		Map<String, Actor> known = this.directory.byIds(pairs.stream()
			.flatMap(pair -> Stream.of(pair.firstId(), pair.secondId()))
			.distinct()
			.toList());
		Map<LikelyDuplicate, List<Actor>> actors = new LinkedHashMap<>();
		pairs.forEach(pair -> actors.put(pair, Stream.of(pair.firstId(), pair.secondId())
			.map(known::get)
			.filter(Objects::nonNull)
			.toList()));
		return actors;
	}

	@SchemaMapping(typeName = "LikelyDuplicate")
	List<String> reasons(LikelyDuplicate pair, Locale locale) {
		return pair.reasons().stream().map(reason -> this.messages.render(reason, locale)).toList();
	}

	@MutationMapping
	MergeActorsPayload mergeActors(@Argument MergeActorsInput input) {
		return new MergeActorsPayload(this.duplicates.merge(input.survivorId(), input.duplicateId()),
				input.duplicateId());
	}

	record MergeActorsInput(String survivorId, String duplicateId) {
	}

	/** The merge's trail: an entry for the survivor, and one for the duplicate that disappeared into it. */
	record MergeActorsPayload(Actor actor, String mergedId) implements Audited {

		@Override
		public String auditTarget() {
			return this.actor.id();
		}

		@Override
		public List<String> otherAuditTargets() {
			return List.of(this.mergedId);
		}

	}

}
