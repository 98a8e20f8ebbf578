package org.maillage.actor.graphql;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;

import org.maillage.actor.Actor;
import org.maillage.actor.ActorDirectory;
import org.maillage.actor.ProfilePart;
import org.maillage.actor.ProfileParts;
import org.maillage.core.BatchResults;

/**
 * Loads the lists of a page of profiles (core trades, know-how, equipment, topics, problems, contact points) in one
 * statement instead of one per list. Each list is its own batch loader, and GraphQL runs them one after the other;
 * so the queries that return actors note in the request's context which lists their selection asks for
 * ({@link #expect}), and the first list loader to run loads all of those for its actors. The loaders after it find
 * their part already read for the same actors. Actors reached by another path (a match's actor, an item's owner)
 * get their lists one loader at a time, as before.
 * <p>
 * One request's loaders run on one thread, one after the other, so the state kept in the context needs no lock.
 */
final class ProfileLoading {

	private static final String CONTEXT_KEY = ProfileLoading.class.getName();

	/** Each list's field on the GraphQL type {@code Actor}. */
	private static final Map<ProfilePart, String> FIELDS = Map.of(ProfilePart.CORE_TRADES, "coreTrades",
			ProfilePart.KNOW_HOW, "knowHow", ProfilePart.EQUIPMENT, "equipment", ProfilePart.TOPICS, "topics",
			ProfilePart.PROBLEMS, "problems", ProfilePart.CONTACT_POINTS, "contactPoints");

	private final Set<ProfilePart> expected = EnumSet.noneOf(ProfilePart.class);

	private Set<String> loadedFor = Set.of();

	private ProfileParts loaded;

	private ProfileLoading() {
	}

	/**
	 * Notes the lists that a selection asks for on the actors it returns.
	 * @param actorPath where the actors are in the selection: {@code ""} for an actor, {@code "edges/node/"} for
	 * a connection of actors
	 */
	static void expect(GraphQLContext context, DataFetchingFieldSelectionSet selection, String actorPath) {
		ProfileLoading loading = context.computeIfAbsent(CONTEXT_KEY, key -> new ProfileLoading());
		// the selection's paths read once: each contains(path) compiles a glob, at every request
		Set<String> selected = selection.getFields()
			.stream()
			.map(SelectedField::getQualifiedName)
			.collect(Collectors.toSet());
		FIELDS.forEach((part, field) -> {
			if (selected.contains(actorPath + field)) {
				loading.expected.add(part);
			}
		});
	}

	/** One list of each of these actors, from what was read with the other lists when it can. */
	static <T> Map<Actor, List<T>> part(GraphQLContext context, List<Actor> actors, ActorDirectory directory,
			ProfilePart part, Function<ProfileParts, Map<String, List<T>>> list) {
		ProfileLoading loading = context.computeIfAbsent(CONTEXT_KEY, key -> new ProfileLoading());
		List<String> ids = BatchResults.keys(actors, Actor::id);
		if (loading.loaded == null || !loading.loaded.parts().contains(part) || !loading.loadedFor.containsAll(ids)) {
			Set<ProfilePart> parts = loading.expected.contains(part) ? EnumSet.copyOf(loading.expected)
					: EnumSet.of(part);
			loading.loaded = directory.profiles(ids, parts);
			loading.loadedFor = new HashSet<>(ids);
		}
		return BatchResults.byKey(actors, Actor::id, list.apply(loading.loaded), List.of());
	}

}
