package org.maillage.actor.graphql;

import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.function.Function;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;

import org.maillage.actor.Actor;
import org.maillage.actor.ActorDirectory;
import org.maillage.actor.ActorFilter;
import org.maillage.actor.ContactPoint;
import org.maillage.actor.Equipment;
import org.maillage.actor.EquipmentFilter;
import org.maillage.actor.KnowHow;
import org.maillage.actor.Need;
import org.maillage.actor.Position;
import org.maillage.actor.Problem;
import org.maillage.actor.ProfilePart;
import org.maillage.actor.ProfileParts;
import org.maillage.actor.ProblemFilter;
import org.maillage.actor.Topic;
import org.maillage.actor.TopicInterest;
import org.maillage.core.BatchResults;
import org.maillage.core.Connection;
import org.maillage.core.PageRequest;
import org.maillage.security.Invitation;
import org.maillage.security.Membership;
import org.maillage.taxonomy.Trade;
import org.maillage.territory.Territories;
import org.maillage.territory.Territory;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The directory's queries. Lists inside an actor are batch-loaded for a whole page of actors, never one query per
 * actor; a profile's lists are read together ({@link ProfileLoading}).
 */
@Controller
class ActorQueryController {

	/** The fields of a list's facets that say how they were counted, not a facet to count. */
	private static final Set<String> NOT_FACETS = Set.of("exact", "countedAt");

	private final ActorDirectory directory;

	private final Territories territories;

	ActorQueryController(ActorDirectory directory, Territories territories) {
		this.directory = directory;
		this.territories = territories;
	}

	@QueryMapping
	Actor actor(@Argument String id, DataFetchingFieldSelectionSet selection, GraphQLContext context) {
		ProfileLoading.expect(context, selection, "");
		return this.directory.find(id).orElse(null);
	}

	@QueryMapping
	Connection<Actor> actors(@Argument ActorFilter filter, @Argument Integer first, @Argument String after,
			DataFetchingFieldSelectionSet selection, GraphQLContext context) {
		ProfileLoading.expect(context, selection, "edges/node/");
		return this.directory.search(filter == null ? ActorFilter.NONE : filter, PageRequest.of(first, after),
				facets(selection));
	}

	@QueryMapping
	Connection<Equipment> equipment(@Argument EquipmentFilter filter, @Argument Integer first, @Argument String after,
			DataFetchingFieldSelectionSet selection) {
		return this.directory.searchEquipment(filter == null ? EquipmentFilter.NONE : filter,
				PageRequest.of(first, after), facets(selection));
	}

	@QueryMapping
	Connection<Problem> problems(@Argument ProblemFilter filter, @Argument Integer first, @Argument String after,
			DataFetchingFieldSelectionSet selection) {
		return this.directory.searchProblems(filter == null ? ProblemFilter.NONE : filter,
				PageRequest.of(first, after), facets(selection));
	}

	/**
	 * The facets a client selected ({@code facets { kinds { … } }}): only those are counted; null when it did not
	 * select {@code facets}.
	 */
	private static List<String> facets(DataFetchingFieldSelectionSet selection) {
		List<SelectedField> selected = selection.getImmediateFields()
			.stream()
			.filter(field -> "facets".equals(field.getName()))
			.toList();
		if (selected.isEmpty()) {
			return null;
		}
		return selected.stream()
			.flatMap(field -> field.getSelectionSet().getImmediateFields().stream())
			.map(SelectedField::getName)
			.filter(name -> !NOT_FACETS.contains(name) && !name.startsWith("__"))
			.distinct()
			.toList();
	}

	@QueryMapping
	Connection<Topic> topics(@Argument String text, @Argument Integer first, @Argument String after) {
		return this.directory.topics(text, PageRequest.of(first, after));
	}

	@BatchMapping
	Map<Actor, Territory> commune(List<Actor> actors) {
		return BatchResults.byKey(actors, Actor::communeId,
				this.territories.byIds(BatchResults.keys(actors, Actor::communeId)), null);
	}

	@BatchMapping
	Map<Actor, Position> position(List<Actor> actors) {
		return BatchResults.byKey(actors, Actor::id, this.directory.positions(BatchResults.keys(actors, Actor::id)),
				null);
	}

	@BatchMapping
	Map<Actor, List<Trade>> coreTrades(List<Actor> actors, GraphQLContext context) {
		return ProfileLoading.part(context, actors, this.directory, ProfilePart.CORE_TRADES, ProfileParts::coreTrades);
	}

	@BatchMapping
	Map<Actor, List<KnowHow>> knowHow(List<Actor> actors, GraphQLContext context) {
		return ProfileLoading.part(context, actors, this.directory, ProfilePart.KNOW_HOW, ProfileParts::knowHow);
	}

	@BatchMapping(field = "equipment")
	Map<Actor, List<Equipment>> actorEquipment(List<Actor> actors, GraphQLContext context) {
		return ProfileLoading.part(context, actors, this.directory, ProfilePart.EQUIPMENT, ProfileParts::equipment);
	}

	@BatchMapping(field = "topics")
	Map<Actor, List<TopicInterest>> actorTopics(List<Actor> actors, GraphQLContext context) {
		return ProfileLoading.part(context, actors, this.directory, ProfilePart.TOPICS, ProfileParts::topics);
	}

	@BatchMapping(field = "problems")
	Map<Actor, List<Problem>> actorProblems(List<Actor> actors, GraphQLContext context) {
		return ProfileLoading.part(context, actors, this.directory, ProfilePart.PROBLEMS, ProfileParts::problems);
	}

	@BatchMapping
	Map<Actor, List<ContactPoint>> contactPoints(List<Actor> actors, GraphQLContext context) {
		return ProfileLoading.part(context, actors, this.directory, ProfilePart.CONTACT_POINTS,
				ProfileParts::contactPoints);
	}

	@BatchMapping(typeName = "KnowHow", field = "actor")
	Map<KnowHow, Actor> knowHowActor(List<KnowHow> items) {
		return owners(items, KnowHow::actorId);
	}

	@BatchMapping(typeName = "Equipment", field = "actor")
	Map<Equipment, Actor> equipmentActor(List<Equipment> items) {
		return owners(items, Equipment::actorId);
	}

	@BatchMapping(typeName = "Problem", field = "actor")
	Map<Problem, Actor> problemActor(List<Problem> items) {
		return owners(items, Problem::actorId);
	}

	@BatchMapping(typeName = "Problem", field = "needs")
	Map<Problem, List<Need>> problemNeeds(List<Problem> problems) {
		return BatchResults.byKey(problems, Problem::id,
				this.directory.needsOf(BatchResults.keys(problems, Problem::id)), List.of());
	}

	@BatchMapping(typeName = "Membership", field = "actor")
	Map<Membership, Actor> membershipActor(List<Membership> memberships) {
		return owners(memberships, Membership::actorId);
	}

	@BatchMapping(typeName = "Invitation", field = "actor")
	Map<Invitation, Actor> invitationActor(List<Invitation> invitations) {
		return owners(invitations, Invitation::actorId);
	}

	private <T> Map<T, Actor> owners(List<T> items, Function<T, String> actorId) {
		return BatchResults.byKey(items, actorId, this.directory.byIds(BatchResults.keys(items, actorId)), null);
	}

}
