package org.maillage.outreach;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.maillage.actor.ActorDirectory;
import org.maillage.actor.ActorFilter;
import org.maillage.actor.ConsentedContact;
import org.maillage.core.Connection;
import org.maillage.core.InvalidInputException;
import org.maillage.core.NotFoundException;
import org.maillage.core.PageRequest;
import org.maillage.core.Total;
import org.maillage.outreach.persistence.OutreachGraph;
import org.maillage.security.Caller;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decision-makers' and facilitators' segments: saved directory filters, each its owner's only. A segment's actors
 * are found again each time it is used, as its owner's directory search finds them, up to {@link Total#CAP}: a
 * segment beyond that is too broad to export or consult, and says so.
 */
@Service
@Transactional
public class Segments {

	/** Segments one person keeps. */
	static final int MAX_PER_PERSON = 100;

	/** Actors of one segment that can be exported or consulted. */
	static final int MAX_ACTORS = (int) Total.CAP;

	private final OutreachGraph graph;

	private final ActorDirectory directory;

	private final Reachers reachers;

	private final JsonMapper json;

	Segments(OutreachGraph graph, ActorDirectory directory, Reachers reachers, JsonMapper json) {
		this.graph = graph;
		this.directory = directory;
		this.reachers = reachers;
		this.json = json;
	}

	public Segment save(String name, ActorFilter filter) {
		Caller caller = this.reachers.require("saveSegment");
		if (name == null || name.isBlank() || name.length() > 200) {
			throw InvalidInputException.of("name", "validation.Size.text.between", 1, 200);
		}
		ActorFilter checked = filter == null ? ActorFilter.NONE : filter;
		// the same checks as a search: unknown territories or trades are refused now, not when the segment is used
		this.directory.actorIds(checked, 1);
		this.graph.lockShelf(caller.subject());
		if (this.graph.countSegmentsOf(caller.subject()) >= MAX_PER_PERSON) {
			throw InvalidInputException.of("name", "segment.tooMany", MAX_PER_PERSON);
		}
		String id = UUID.randomUUID().toString();
		this.graph.createSegment(id, name.strip(), this.json.writeValueAsString(checked), caller.subject());
		return find(id).orElseThrow();
	}

	public String delete(String id) {
		Segment segment = mine(id, "deleteSegment");
		this.graph.deleteSegment(segment.id());
		return segment.id();
	}

	@Transactional(readOnly = true)
	public Connection<Segment> mine(PageRequest page) {
		Caller caller = this.reachers.require("seeSegments");
		List<Segment> segments = this.graph.segmentsOf(caller.subject(), page.offset(), page.lookAhead())
			.stream()
			.map(this::segment)
			.toList();
		return Connection.lookingAhead(segments, page, () -> Total.exactly(this.graph.countSegmentsOf(caller.subject())));
	}

	/** One of the caller's segments (any, for an administrator); NOT_FOUND for anyone else's. */
	@Transactional(readOnly = true)
	public Segment mine(String id, String action) {
		Caller caller = this.reachers.require(action);
		return find(id).filter(segment -> segment.ownerId().equals(caller.subject()) || caller.isAdmin())
			.orElseThrow(() -> new NotFoundException("segment", id));
	}

	/**
	 * The ids of the segment's actors, as the caller's directory search finds them now.
	 * @throws InvalidInputException when they are more than {@link #MAX_ACTORS}
	 */
	@Transactional(readOnly = true)
	public List<String> actorIds(Segment segment) {
		List<String> ids = this.directory.actorIds(segment.filter(), MAX_ACTORS + 1);
		if (ids.size() > MAX_ACTORS) {
			throw InvalidInputException.of("segment", "segment.tooLarge", MAX_ACTORS);
		}
		return ids;
	}

	/** The contact points of the segment's actors that consent to be contacted and that the caller may see. */
	@Transactional(readOnly = true)
	public List<ConsentedContact> consentedContacts(Segment segment) {
		return this.directory.consentedContacts(actorIds(segment));
	}

	private Optional<Segment> find(String id) {
		return this.graph.segment(id).map(this::segment);
	}

	private Segment segment(Map<String, Object> row) {
		return new Segment((String) row.get("id"), (String) row.get("name"),
				this.json.readValue((String) row.get("filter"), ActorFilter.class), (String) row.get("ownerId"),
				OutreachGraph.instant(row.get("createdAt")));
	}

}
