package org.maillage.watch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.maillage.actor.ActorFilter;
import org.maillage.core.Connection;
import org.maillage.core.ForbiddenException;
import org.maillage.core.InvalidInputException;
import org.maillage.core.Message;
import org.maillage.core.Messages;
import org.maillage.core.NotFoundException;
import org.maillage.core.PageRequest;
import org.maillage.core.ReadScope;
import org.maillage.core.ReadScopes;
import org.maillage.core.Total;
import org.maillage.outreach.Segment;
import org.maillage.outreach.Segments;
import org.maillage.security.Caller;
import org.maillage.security.Callers;
import org.maillage.watch.persistence.EventRow;
import org.maillage.watch.persistence.LiveEvents;
import org.maillage.watch.persistence.WatchGraph;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed-in person's watches and feed. The feed is read at delivery time: each event is kept only if its subject
 * still exists and the reader may see it now, checked inside the query ({@link WatchGraph}).
 */
@Service
@Transactional
public class Watches {

	/** Watches one person keeps. */
	static final int MAX_PER_PERSON = 200;

	private final WatchGraph graph;

	private final Callers callers;

	private final ReadScopes scopes;

	private final Segments segments;

	private final Messages messages;

	private final WatchProperties properties;

	private final LiveEvents live;

	Watches(WatchGraph graph, Callers callers, ReadScopes scopes, Segments segments, Messages messages,
			WatchProperties properties, LiveEvents live) {
		this.live = live;
		this.graph = graph;
		this.callers = callers;
		this.scopes = scopes;
		this.segments = segments;
		this.messages = messages;
		this.properties = properties;
	}

	/** Watches this topic, trade, territory, value chain or segment; watching it again returns the same watch. */
	public Watch watch(WatchKind kind, String value) {
		Caller caller = this.callers.requireSignedIn("watch");
		if (kind == null) {
			throw InvalidInputException.of("kind", "validation.NotNull");
		}
		if (value == null || value.isBlank() || value.length() > 200) {
			throw InvalidInputException.of("value", "validation.Size.text.between", 1, 200);
		}
		String checked = value.strip();
		if (this.graph.countWatchesOf(caller.subject()) >= MAX_PER_PERSON) {
			throw InvalidInputException.of("value", "watch.tooMany", MAX_PER_PERSON);
		}
		String id;
		if (kind == WatchKind.SAVED_SEARCH) {
			Segment segment = this.segments.mine(checked, "watchSegment");
			Map<String, List<String>> required = required(segment.filter());
			if (required.isEmpty()) {
				throw InvalidInputException.of("value", "watch.savedSearch.tooBroad", segment.name());
			}
			// the first filter anchors the watch (any of its keys), the others must hold too
			Map.Entry<String, List<String>> anchor = required.entrySet().iterator().next();
			required.remove(anchor.getKey());
			id = this.graph.watch(caller.subject(), kind, checked, segment.name(), anchor.getValue(), required);
		}
		else {
			String label = this.graph.labelOf(kind, checked)
				.orElseThrow(() -> InvalidInputException.of("value", "watch.value.unknown",
						Message.of("watch.kind." + kind.name()), checked));
			List<String> anchors = new ArrayList<>(List.of(kind.name() + ":" + checked));
			if (kind == WatchKind.TERRITORY) {
				anchors.addAll(this.graph.fundingAnchors(checked));
			}
			else if (kind == WatchKind.PROBLEMS_I_COULD_HELP_WITH) {
				// its capabilities, private ones included, anchor the watch: only its own members may make it
				if (!this.scopes.current().ownActorIds().contains(checked)) {
					throw ForbiddenException.of("forbidden.membersOnly", checked);
				}
				anchors = this.graph.helpAnchors(checked);
				if (anchors.isEmpty()) {
					throw InvalidInputException.of("value", "watch.help.noCapability", label);
				}
			}
			id = this.graph.watch(caller.subject(), kind, checked, label, anchors, Map.of());
		}
		return this.graph.find(caller.subject(), id).orElseThrow();
	}

	/** Stops one of the caller's watches; NOT_FOUND for anyone else's. */
	public String unwatch(String id) {
		Caller caller = this.callers.requireSignedIn("unwatch");
		if (!this.graph.unwatch(caller.subject(), id)) {
			throw new NotFoundException("watch", id);
		}
		return id;
	}

	@Transactional(readOnly = true)
	public Connection<Watch> mine(PageRequest page) {
		Caller caller = this.callers.requireSignedIn("seeWatches");
		List<Watch> watches = this.graph.watchesOf(caller.subject(), page.offset(), page.lookAhead());
		return Connection.lookingAhead(watches, page,
				() -> Total.exactly(this.graph.countWatchesOf(caller.subject())));
	}

	/**
	 * The caller's feed, most recent first, from {@code maillage.watch.feed-window} ago; pages follow the last event's
	 * time and id.
	 */
	@Transactional(readOnly = true)
	public Connection<FeedEvent> feed(PageRequest page, Locale language) {
		Caller caller = this.callers.requireSignedIn("seeFeed");
		Instant beforeAt = null;
		String beforeId = null;
		if (page.afterKey() != null && page.afterKey().size() == 2) {
			try {
				beforeAt = Instant.parse(page.afterKey().get(0));
			}
			catch (java.time.format.DateTimeParseException ex) {
				throw InvalidInputException.of("after", "page.after.unknown", page.afterKey().get(0));
			}
			beforeId = page.afterKey().get(1);
		}
		Instant since = Instant.now().minus(this.properties.feedWindow());
		List<FeedEvent> events = this.graph
			.feed(caller.subject(), this.scopes.current(), since, beforeAt, beforeId, page.lookAhead())
			.stream()
			.map(row -> describe(row, language))
			.toList();
		// no total: counting a whole feed costs what reading all of it does (the schema has none)
		return Connection.lookingAhead(events, page, () -> Total.exactly(events.size()),
				event -> List.of(event.at().toString(), event.id()));
	}

	/**
	 * The caller's events from now on, as they are committed: each goes through the caller's watches and the check
	 * of what the caller may see (with the scope the caller has now), as in the feed.
	 */
	@Transactional(readOnly = true)
	public Flux<FeedEvent> live(Locale language) {
		Caller caller = this.callers.requireSignedIn("seeFeed");
		ReadScope scope = this.scopes.current();
		String personId = caller.subject();
		return this.live.committed()
			.onBackpressureBuffer(1_000)
			.publishOn(Schedulers.boundedElastic())
			.concatMap(eventId -> Mono.justOrEmpty(this.graph.deliverable(personId, scope, eventId)))
			.map(row -> describe(row, language));
	}

	/** The events of a person's watches that this scope may see, from {@code since}: for digests. */
	List<FeedEvent> feedOf(String personId, ReadScope scope, Instant since, int size, Locale language) {
		return this.graph.feed(personId, scope, since, null, null, size)
			.stream()
			.map(row -> describe(row, language))
			.toList();
	}

	FeedEvent describe(EventRow row, Locale language) {
		Message sentence = switch (row.kind()) {
			case NEW_ACTOR -> Message.of("watch.event.NEW_ACTOR", row.title());
			case NEW_PROBLEM -> Message.of("watch.event.NEW_PROBLEM", row.actorName(), row.title());
			case NEW_SHARED_EQUIPMENT -> Message.of("watch.event.NEW_SHARED_EQUIPMENT", row.actorName(), row.title());
			case GROUP_STATUS_CHANGED -> Message.of("watch.event.GROUP_STATUS_CHANGED", row.title(),
					Message.of("watch.groupStatus." + row.groupStatus()));
			case NEW_FUNDING_CALL -> Message.of("watch.event.NEW_FUNDING_CALL", row.title());
			case FUNDING_DEADLINE_APPROACHING -> Message.of("watch.event.FUNDING_DEADLINE_APPROACHING", row.title());
		};
		return new FeedEvent(row.id(), row.kind(), row.at(), row.subjectId(), row.title(), row.actorId(),
				row.actorName(), this.messages.render(sentence, language));
	}

	/**
	 * The filters of a saved search the watch applies, in anchor order (territories first, the most selective as a
	 * rule); its text, equipment categories and confirmation date are not applied (docs/watch.md).
	 */
	private static Map<String, List<String>> required(ActorFilter filter) {
		Map<String, List<String>> required = new LinkedHashMap<>();
		put(required, "Territories", "TERRITORY:", filter.territories());
		put(required, "Trades", "TRADE:", filter.trades());
		put(required, "Topics", "TOPIC:", filter.topics());
		put(required, "Kinds", "KIND:", filter.kinds() == null ? null : filter.kinds().stream().map(Enum::name).toList());
		put(required, "Sectors", "SECTOR:",
				filter.sectors() == null ? null : filter.sectors().stream().map(Enum::name).toList());
		return required;
	}

	private static void put(Map<String, List<String>> required, String filter, String prefix, List<String> values) {
		if (values != null && !values.isEmpty()) {
			List<String> keys = new ArrayList<>();
			values.forEach(value -> keys.add(prefix + value));
			required.put(filter, keys);
		}
	}

}
