package org.maillage.actor.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.neo4j.driver.Value;

import org.maillage.actor.StoredDirectoryCounts;
import org.maillage.core.PageRequest;
import org.maillage.core.ReadScope;
import org.maillage.core.TextAudience;
import org.maillage.core.Total;
import org.maillage.core.Visibility;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The directory's searches (actors, equipment, problems; see {@link SearchSpace}): a page of ids in the list's order,
 * and the total. Three plans, chosen by what the request gives, none of which reads more than a bounded number of
 * nodes whatever the directory's size:
 * <ul>
 * <li><b>text</b>: one full-text lookup in the index of the caller's audience, words and filters together (Lucene
 * intersects them), best first, at most {@value #TEXT_WINDOW} results, counted in the same statement;</li>
 * <li><b>filters</b>: first the name index read in order, each node checked, for at most {@value #WALK} nodes: a
 * filter matching a few percent of them or more meets its page there, after about {@code page size × nodes /
 * matches} reads. When it does not, the same lookup as text without words: when it finds at most {@value #SORTABLE}
 * nodes, they are sorted by name; when it finds more, the filters match at least that many, and the name index is
 * read on in order until a page is met (500 reads for a page of 20 among 100,000 when names do not follow the
 * filter). One kind of actor, or one category of equipment or problems, is read from the (kind or category, name,
 * id) index instead, and else one région's, département's or commune's actors from the (place, name, id) index:
 * alone, at once; with other filters, in the same three steps;</li>
 * <li><b>nothing</b>: the name index in order.</li>
 * </ul>
 * Name-ordered pages continue from the last name seen ({@link PageRequest#afterKey()}), so that a deep page costs what
 * the first costs. A caller's own actors are looked up in the index of everything, among those actors only (their
 * {@code f_self_} facet), since their hidden items count for their members. Values reach the database as parameters
 * and facet tokens; the statements' text depends only on which filters are given.
 */
@Component
public class FacetedSearch {

	/**
	 * Up to this many matching nodes are sorted by name; beyond, the name index is read in order. Sorting costs what
	 * the matches are, whatever they are (18 ms for 2,770 entries at 100,000 actors, docs/performance.md). Reading
	 * the index is cheaper when matches are spread over the alphabet (3 ms for the same filter) but not when names
	 * follow the filter: research labs are named "Laboratoire…", and a walk from "A" reads half the directory before
	 * the first. So sorting is kept up to a few thousand, where it stays within a page's budget.
	 */
	static final int SORTABLE = 4_000;

	/**
	 * A filtered list first reads at most this many nodes in name order, each checked, before looking its matches up:
	 * a broad filter (a NAF division, actors confirmed since last year, a sector within a département) meets its page
	 * in a few dozen reads, where the lookup reads thousands of matches to sort them or to learn that they are too many
	 * to sort (12.6 ms for 4,001 entries of a département at 1M actors, against 1 ms for the walk). A narrow one reads
	 * them all in vain: 3 ms at most, the cost of reading a thousand nodes' tokens (docs/performance.md, "A bounded walk
	 * first").
	 */
	static final int WALK = 1_000;

	/**
	 * Facets are counted over at most this many matches (the first ones the lookup gives): beyond, they are lower
	 * bounds, as {@link Total} is.
	 */
	static final int FACET_WINDOW = (int) Total.CAP;

	/**
	 * From this many matches on, a list filtered only by one territory and what stored counts are kept by ({@link
	 * #STORED_FILTERS}) reads its facets from the counts the observatory stores ({@link StoredDirectoryCounts})
	 * instead of counting its matches: counting 7,000 matches costs about 35 ms where the page costs 13, and counting
	 * a problem list's 500 to 1,000 matches added 40 % to its 11 ms (docs/observatory.md, "Facets"). Below, a count
	 * at the request costs about a millisecond and is fresh.
	 */
	static final int STORED_FACETS_FROM = 200;

	/**
	 * The filters stored counts are kept by, in each space: one territory at most with them, and one trade at most,
	 * a NAF section or division ({@link #STORED_TRADE}).
	 */
	private static final Map<SearchSpace, Set<String>> STORED_FILTERS = Map.of(SearchSpace.ACTORS,
			Set.of("territories", "trades", "kinds", "sectors"), SearchSpace.EQUIPMENT, Set.of("territories", "categories"),
			SearchSpace.PROBLEMS, Set.of("territories", "categories", "statuses"));

	/** The trades stored counts are kept by: NAF sections and divisions, not their groups, classes and subclasses. */
	private static final Pattern STORED_TRADE = Pattern.compile("[A-U]|[0-9]{2}");

	/**
	 * The filter of actors confirmed from a day on. Every other filter is a set of tokens any of which must be there; this
	 * one is a range, said the same way in both places a filter is tested, so that every plan, count and facet keeps
	 * agreeing with the others:
	 * <ul>
	 * <li>in the full-text lookup, a Lucene term range over the entries' day tokens ({@code +facets:[f_confirmed_2026_01_01_
	 * TO f_confirmed_9999_12_31_]}): Lucene intersects it with the words and other filters as it does a token, so a
	 * narrow list is still sorted from at most {@value #SORTABLE} hits, and totals and facets count it exactly;</li>
	 * <li>on the name index read in order, a comparison of the entry's {@code confirmedOn} with the day, beside the
	 * token checks: a broad list (most actors confirmed lately) meets a page after a few reads, as other filters do.</li>
	 * </ul>
	 * A token per day rather than per month, so that the range is exact and needs no check after the lookup; a range
	 * index on {@code confirmedOn} would serve this filter alone, not its intersection with the others, which Lucene
	 * already does for every filter (docs/performance.md, "Freshness").
	 */
	static final String CONFIRMED_SINCE = "confirmedSince";

	/**
	 * A text search's facets counted at its request cover at most its best this many matches: beyond, a broad search
	 * ({@link KeptFacets#KEPT_FROM} matches or more), they are lower bounds, and all its matches up to {@link
	 * #FACET_WINDOW} are counted aside and kept for its next asking. Counting 10,000 matches' tokens cost a common
	 * word's first asking as much again as its page (1.9–2.1 times its list, docs/observatory.md), its best 1,000 a
	 * tenth of that.
	 */
	static final int FIRST_FACET_WINDOW = KeptFacets.KEPT_FROM;

	/** How far a text search's results go, best first: past that, a search is too vague to page through. */
	static final int TEXT_WINDOW = (int) Total.CAP;

	private static final String LOOKUP = """
			CALL () {
			  CALL db.index.fulltext.queryNodes($index, $query, {limit: $lookupLimit}) YIELD node, score
			  RETURN node, score
			  UNION ALL
			  WITH $ownQuery AS ownQuery WHERE ownQuery IS NOT NULL
			  CALL db.index.fulltext.queryNodes($ownIndex, ownQuery, {limit: $lookupLimit}) YIELD node, score
			  RETURN node, score
			}
			""";

	private final Neo4jClient neo4j;

	private final int sortable;

	private final int walk;

	private final int facetWindow;

	private final int firstFacetWindow;

	private final ObjectProvider<StoredDirectoryCounts> storedCounts;

	private final FacetCodes codes;

	private final KeptFacets kept;

	private final int storedFrom;

	private final FacetsAlongside alongside;

	private final TopicTokens topicTokens;

	/**
	 * @param sortable {@value #SORTABLE}; tests lower it ({@code maillage.directory.sortable}) to run the name-index
	 * plan on a small directory
	 * @param walk {@value #WALK}; tests lower it ({@code maillage.directory.walk}) to see walks fall short, or set it
	 * to 0 to try the other plans first
	 * @param facetWindow {@value #FACET_WINDOW}; tests lower it ({@code maillage.directory.facet-window}) to see
	 * facets counted over part of the matches
	 * @param firstFacetWindow {@value #FIRST_FACET_WINDOW} ({@code maillage.directory.first-facet-window}): set to
	 * {@value #FACET_WINDOW} to count every match of a text search at its request
	 * @param storedFrom {@value #STORED_FACETS_FROM}; tests lower it ({@code maillage.directory.stored-facets-from})
	 * to read stored counts on a small directory
	 */
	FacetedSearch(Neo4jClient neo4j,
			@org.springframework.beans.factory.annotation.Value("${maillage.directory.sortable:" + SORTABLE + "}") int sortable,
			@org.springframework.beans.factory.annotation.Value("${maillage.directory.walk:" + WALK + "}") int walk,
			@org.springframework.beans.factory.annotation.Value("${maillage.directory.facet-window:" + FACET_WINDOW
					+ "}") int facetWindow,
			@org.springframework.beans.factory.annotation.Value("${maillage.directory.first-facet-window:"
					+ FIRST_FACET_WINDOW + "}") int firstFacetWindow,
			ObjectProvider<StoredDirectoryCounts> storedCounts,
			@org.springframework.beans.factory.annotation.Value("${maillage.directory.stored-facets-from:"
					+ STORED_FACETS_FROM + "}") int storedFrom,
			FacetCodes codes, KeptFacets kept, FacetsAlongside alongside, TopicTokens topicTokens) {
		this.neo4j = neo4j;
		this.sortable = sortable;
		this.walk = walk;
		this.facetWindow = facetWindow;
		this.firstFacetWindow = Math.min(firstFacetWindow, facetWindow);
		this.storedCounts = storedCounts;
		this.storedFrom = storedFrom;
		this.codes = codes;
		this.kept = kept;
		this.alongside = alongside;
		this.topicTokens = topicTokens;
	}

	/**
	 * @param words words that must all appear, or empty
	 * @param filters values by filter name: a node matches when it has one of each given filter's values
	 * @param facets the facets to count among the matches ({@link #facets}), or null for none: a text search's are
	 * counted with its page, in one statement, and any other list's beside its page, on another thread
	 */
	<T> Found<T> search(SearchSpace space, List<String> words, Map<String, List<String>> filters, ReadScope scope,
			PageRequest page, List<String> facets, Function<Value, T> reader) {
		Request request = new Request(space, words, filters, scope, page);
		Pages<T> pages = new Pages<>(request, reader);
		if (!words.isEmpty()) {
			return pages.text(facets);
		}
		Supplier<FacetCounts> counts = facets == null ? () -> null
				: this.alongside.started(() -> facets(request, facets));
		if (!request.filtered()) {
			Supplier<Total> total = space.itemsWithVisibility() ? () -> count(request)
					: () -> Total.exactly(this.neo4j.query("MATCH (e:DirectoryEntry) RETURN count(e) AS total")
						.fetchAs(Long.class)
						.one()
						.orElse(0L));
			return new Found<>(pages.byName(), total, counts);
		}
		if (request.anchored() != null && request.tokens().size() == 1 && request.since() == null
				&& !space.itemsWithVisibility()) {
			// every node read from the anchor's index is in the list: the page is its first nodes
			return new Found<>(pages.byName(), () -> count(request), counts);
		}
		OptionalLong followers = followers(request);
		if (followers.isPresent()) {
			// known at once: many followers are met by walking the name index, a few are sorted
			Total total = Total.exactly(followers.getAsLong());
			return new Found<>(followers.getAsLong() > this.sortable ? pages.byName()
					: pages.sorted().orElseGet(pages::byName), () -> total, counts);
		}
		return new Found<>(pages.walked().or(pages::sorted).orElseGet(pages::byName), () -> count(request), counts);
	}

	/**
	 * How many actors the caller sees follow the one topic an actor list is filtered by, alone: the count each topic
	 * keeps per level ({@link TopicCounts}), which is what the list matches (the topic's token in a level the caller
	 * sees, or in any level for its own actors). A topic's followers are often too many to sort and too few for a
	 * bounded walk (the 1M store's median topic: 1.2 % of the directory), so knowing their number chooses the plan
	 * and gives the total without counting them. Empty for any other request, and when two topics' keys give the
	 * filter's token (keys differing only by punctuation), whose followers the list would merge.
	 */
	private OptionalLong followers(Request request) {
		Object topic = request.tokens().get("topics");
		if (request.space() != SearchSpace.ACTORS || !request.words().isEmpty() || request.since() != null
				|| request.tokens().size() != 1 || !(topic instanceof List<?> tokens) || tokens.size() != 1) {
			return OptionalLong.empty();
		}
		// a key giving the token starts with the token's first run of letters and digits: the key's index finds the
		// few topics to compare, where computing every topic's token would cost 44 µs per topic
		String prefix = ((String) tokens.get(0)).substring(Facets.TOPIC.length()).split("_", -1)[0];
		if (prefix.isEmpty()) {
			return OptionalLong.empty();
		}
		return this.neo4j.query("""
				MATCH (t:Topic) WHERE t.key STARTS WITH $prefix AND %s = $token
				WITH collect(t) AS topics WHERE size(topics) = 1
				WITH topics[0] AS t
				%s
				RETURN actorCount""".formatted(Facets.cypher(Facets.TOPIC, "t.key"), TopicCounts.VISIBLE_COUNT))
			.bind(tokens.get(0))
			.to("token")
			.bind(prefix)
			.to("prefix")
			.bind(request.audience().levels().stream().map(Enum::name).toList())
			.to("visible")
			.bind(request.scope().ownActorIds())
			.to("ownActors")
			.fetchAs(Long.class)
			.one()
			.map(OptionalLong::of)
			.orElse(OptionalLong.empty());
	}

	/** The three plans for one request, each reading its page's nodes with {@code reader}. */
	private final class Pages<T> {

		private final Request request;

		private final Function<Value, T> reader;

		Pages(Request request, Function<Value, T> reader) {
			this.request = request;
			this.reader = reader;
		}

		/**
		 * The page among the lookup's first {@value #TEXT_WINDOW} matches (and one more, to tell the total, counted
		 * in the same statement), best first. Matches of equal score come in the database's order of nodes, the same
		 * for every page: Lucene picks which of a run of equal scores make its first {@code n}, and picks differently
		 * for another {@code n}, so a page cut from the first {@code skip + limit} matches only, sorted by name among
		 * equal scores, repeated actors of the page before and left others out (half the second page of «
		 * fabrication » at 100,000 actors repeated the first, where hundreds of names score alike). Reading the whole
		 * window costs the page about what the count costs, and gives the count with it, and the facets when asked:
		 * 17.0 ms for page and count at 1,000,000 actors, against 10.5 and 16.9 ms for the two statements before
		 * (docs/performance.md, "One window for a text search").
		 */
		Found<T> text(List<String> facets) {
			long skip = this.request.page().offset();
			if (skip >= TEXT_WINDOW) {
				return new Found<>(List.of(), () -> count(this.request),
						facets == null ? () -> null : () -> counted(this.request, facets));
			}
			Map<String, Object> parameters = this.request.lookup(TEXT_WINDOW + 1);
			parameters.put("skip", skip);
			parameters.put("limit", this.request.page().lookAhead());
			// an owner's list is its audience's, and what its own actors add at levels the audience does not see
			boolean owner = owner(this.request);
			KeptFacets.Counting kept = facets == null ? null
					: counting(owner ? this.request.asAudience() : this.request);
			Optional<FacetCounts> keptCounts = kept == null ? Optional.empty()
					: FacetedSearch.this.kept.asked(kept, facets,
							counted -> countsOf(this.request, facets, counted.rows(), counted.matches())
								.countedAt(counted.countedAt()));
			Supplier<FacetCounts> ownAdded = owner && keptCounts.isPresent()
					? FacetedSearch.this.alongside.started(() -> ownAdded(this.request, facets)) : null;
			String counting = "";
			int window = FacetedSearch.this.firstFacetWindow;
			if (facets != null && keptCounts.isEmpty()) {
				// the facets from the same matches: one lookup for the page, its total and its facets
				parameters.put("window", window);
				counting = countingOf(this.request, "nodes");
			}
			Optional<Counted<T>> page = readCounted(LOOKUP + """
					WITH collect(node) AS nodes, collect(score) AS scores
					CALL (nodes, scores) {
					  UNWIND range(0, size(nodes) - 1) AS i
					  WITH nodes[i] AS e, scores[i] AS score ORDER BY score DESC, elementId(e) SKIP $skip LIMIT $limit
					  RETURN collect(e.%s) AS ids
					}
					%sWITH ids, size(nodes) AS matches, %s AS counts
					""".formatted(this.request.space().id, counting, counting.isEmpty() ? "null" : "counts"),
					parameters);
			long matches = page.map(Counted::matches).orElse(0L);
			Total total = Total.bounded(matches);
			FacetCounts counts = facets == null ? null
					: keptCounts.map(audience -> ownAdded == null ? audience : audience.plus(ownAdded.get()))
						.orElseGet(() -> {
							List<Object> rows = page.map(Counted::counts).orElse(List.of());
							if (owner || matches > window) {
								// its own counts are not its audience's, and its best matches' are not all of
								// them: its audience's are counted aside, over every match, for its next asking
								FacetedSearch.this.kept.countAside(kept, matches, FacetedSearch.this.alongside::offered);
							}
							else {
								FacetedSearch.this.kept.counted(kept, rows, matches);
							}
							return countsOf(this.request, facets, rows, matches, window);
						});
			return new Found<>(page.map(Counted::items).orElse(List.of()), () -> total, () -> counts);
		}

		/** The page from the lookup's nodes sorted by name; empty when they are too many to sort. */
		Optional<List<T>> sorted() {
			Map<String, Object> parameters = this.request.lookup(FacetedSearch.this.sortable + 1);
			parameters.putAll(this.request.keyset());
			parameters.put("sortable", FacetedSearch.this.sortable);
			return read(LOOKUP + """
					WITH collect(node) AS hits
					WHERE size(hits) <= $sortable
					CALL (hits) {
					  UNWIND hits AS e
					  WITH e WHERE %3$s
					  WITH e ORDER BY e.%1$s, e.%2$s SKIP $skip LIMIT $limit
					  RETURN collect(e.%2$s) AS ids
					}
					""".formatted(this.request.space().sort, this.request.space().id, this.request.afterKey()),
					parameters);
		}

		/**
		 * The name index read in order from the last name seen, each node checked against the filters; for one kind
		 * of actor or one category of items, the index of (kind or category, name, id), since names follow them (all
		 * machining centres are named alike, research labs are "Laboratoire…") and the name index alone would read
		 * far more nodes of other kinds or categories before a page.
		 */
		List<T> byName() {
			NameWalk walk = new NameWalk();
			return read("""
					MATCH (e:%1$s)
					WHERE %2$s
					WITH e ORDER BY %3$s SKIP $skip LIMIT $limit
					WITH collect(e.%4$s) AS ids
					""".formatted(walk.label, String.join("\n  AND ", walk.all()), walk.order, walk.id), walk.parameters)
				.orElse(List.of());
		}

		/**
		 * The page from the first {@link FacetedSearch#walk} nodes in the order {@link #byName()} reads them, each
		 * checked; empty when fewer than a page and the next one's first node are among them (they may be further on).
		 */
		Optional<List<T>> walked() {
			Map<String, Object> position = this.request.keyset();
			if (((Number) position.get("skip")).longValue() + this.request.page().lookAhead() > FacetedSearch.this.walk) {
				// a page by offset alone, beyond the bound: the walk would read its nodes in vain
				return Optional.empty();
			}
			NameWalk walk = new NameWalk();
			walk.parameters.put("walk", FacetedSearch.this.walk);
			// the checks after the bounded read, so that it stops after the bound whatever they keep
			return read("""
					MATCH (e:%1$s)
					WHERE %2$s
					WITH e ORDER BY %3$s LIMIT $walk
					WITH e WHERE %4$s
					WITH e SKIP $skip LIMIT $limit
					WITH collect(e.%5$s) AS ids
					""".formatted(walk.label, String.join("\n  AND ", walk.position), walk.order,
					walk.checks.isEmpty() ? "true" : String.join("\n  AND ", walk.checks), walk.id), walk.parameters)
				.filter(page -> page.size() == this.request.page().lookAhead());
		}

		/**
		 * The name index, or the index of the anchor's value ({@link Request#anchored()}), read in order from the
		 * page's position, with the checks of every filter on each node.
		 */
		private final class NameWalk {

			final Map<String, Object> parameters = new HashMap<>(Pages.this.request.keyset());

			final String label = Pages.this.request.space().label;

			final String id = Pages.this.request.space().id;

			/** Where in the index the page starts: the anchor's value, the last name and id seen. */
			final List<String> position = new ArrayList<>();

			/** The filters, checked on each node read. */
			final List<String> checks = new ArrayList<>();

			final String order;

			NameWalk() {
				Request request = Pages.this.request;
				SearchSpace space = request.space();
				this.parameters.putAll(request.tokens());
				this.parameters.put("selves", Facets.tokens(Facets.SELF, request.scope().ownActorIds()));
				String order = "e.%s, e.%s".formatted(space.sort, space.id);
				Anchor anchor = request.anchored();
				if (anchor != null) {
					this.parameters.put("anchor", anchor.value());
					this.position.add("e.%s = $anchor".formatted(anchor.property()));
					// the same order, said as the index gives it: the planner then reads the page and stops
					order = "e.%s, %s".formatted(anchor.property(), order);
				}
				this.order = order;
				this.position.add("e.%s >= coalesce($afterName, '')".formatted(space.sort));
				this.position.add(request.afterKey());
				if (space.itemsWithVisibility()) {
					this.checks.add("(e.visibility IN $visible OR any(token IN $selves WHERE token IN e.facets))");
				}
				request.tokens().keySet().stream().sorted().forEach(filter -> this.checks.add(request.check(filter)));
				if (request.since() != null) {
					this.parameters.put(CONFIRMED_SINCE, request.since());
					this.checks.add("e.confirmedOn >= $" + CONFIRMED_SINCE);
				}
			}

			List<String> all() {
				List<String> all = new ArrayList<>(this.position);
				all.addAll(this.checks);
				return all;
			}

		}

		/**
		 * Runs a statement ending with {@code ids}, the page's ids in order, and reads their nodes in the same
		 * statement; empty when the statement gives no {@code ids} row.
		 */
		private Optional<List<T>> read(String cypher, Map<String, Object> parameters) {
			return run(cypher, "", parameters).map(Counted::items);
		}

		/**
		 * {@link #read} for a statement that also ends with {@code matches}, how many it looked up, and {@code
		 * counts}, its facets' counts or null.
		 */
		private Optional<Counted<T>> readCounted(String cypher, Map<String, Object> parameters) {
			return run(cypher, ", matches, counts", parameters);
		}

		@SuppressWarnings("unchecked")
		private Optional<Counted<T>> run(String cypher, String counted, Map<String, Object> parameters) {
			parameters.put("visible", this.request.scope().visibleLevels());
			parameters.put("ownActors", this.request.scope().ownActorIds());
			return FacetedSearch.this.neo4j.query(cypher + """
					CALL (ids) {
					  UNWIND range(0, size(ids) - 1) AS rank
					  %s
					  RETURN collect(row) AS rows
					}
					RETURN rows%s""".formatted(this.request.space().fetch, counted))
				.bindAll(parameters)
				.fetchAs(Counted.class)
				.mappedBy((types, row) -> new Counted<>(row.get("rows").asList(this.reader::apply),
						counted.isEmpty() ? 0 : row.get("matches").asLong(),
						counted.isEmpty() || row.get("counts").isNull() ? List.of() : row.get("counts").asList()))
				.one()
				.map(page -> (Counted<T>) page);
		}

	}

	/**
	 * A page's items, how many matches its statement looked up when it counts them, and the facets' counts it made
	 * ({@code {token, n}} maps).
	 */
	private record Counted<T>(List<T> items, long matches, List<Object> counts) {
	}

	/**
	 * How many of a search's matches carry each value of the given facets: from the counts the observatory stores for
	 * a broad list ({@link #stored}), else counted over the first {@value #FACET_WINDOW} matches from the same
	 * lookup as the page ({@link #counted}), so that they obey visibility exactly like the list: tokens of the levels
	 * the caller sees, of every level for its own actors.
	 */
	private FacetCounts facets(Request request, List<String> facets) {
		return stored(request, facets).orElseGet(() -> counted(request, facets));
	}

	/**
	 * The facets of a broad list filtered only by one territory and what stored counts are kept by (kinds, sectors and
	 * one NAF section or division of actors, categories of equipment, categories and statuses of problems), from the stored counts of the levels
	 * the caller sees on any actor, plus what its own actors' items of other levels add; empty when the list is
	 * narrow, filtered otherwise, or nothing is stored yet.
	 */
	private Optional<FacetCounts> stored(Request request, List<String> facets) {
		StoredDirectoryCounts stored = this.storedCounts.getIfAvailable();
		Map<String, List<String>> given = new HashMap<>();
		request.filters().forEach((filter, values) -> {
			if (values != null && !values.isEmpty()) {
				given.put(filter, values);
			}
		});
		List<String> territories = given.getOrDefault("territories", List.of());
		List<String> trades = given.getOrDefault("trades", List.of());
		SearchSpace space = request.space();
		if (stored == null || !request.words().isEmpty() || territories.size() > 1 || trades.size() > 1
				|| trades.stream().anyMatch(trade -> !STORED_TRADE.matcher(trade).matches())
				|| !STORED_FILTERS.getOrDefault(space, Set.of()).containsAll(given.keySet())) {
			return Optional.empty();
		}
		String territory = territories.isEmpty() ? null : territories.get(0);
		List<Visibility> levels = request.audience().levels();
		List<String> categories = given.getOrDefault("categories", List.of());
		Optional<StoredDirectoryCounts.Counted> counted = switch (space) {
			case EQUIPMENT -> stored.countItems(StoredDirectoryCounts.Items.EQUIPMENT, territory, categories, List.of(),
					levels, facets);
			case PROBLEMS -> stored.countItems(StoredDirectoryCounts.Items.PROBLEMS, territory, categories,
					given.getOrDefault("statuses", List.of()), levels, facets);
			default -> stored.count(territory, trades.isEmpty() ? null : trades.get(0),
					given.getOrDefault("kinds", List.of()), given.getOrDefault("sectors", List.of()), levels, facets);
		};
		return counted.filter(counts -> counts.matches() >= this.storedFrom)
			.map(counts -> FacetCounts.stored(counts, ownHiddenItems(request, facets)))
			.map(counts -> counts.withTopicNames(topicNames(counts.unnamedTopics())));
	}

	/**
	 * The facet tokens the caller's own matching actors, or their matching items, add at levels others do not see,
	 * counted: the list shows them to the caller, the stored counts leave them out. For an actor list, those of its
	 * own actors' equipment and interests of such levels (each once per actor, and none a level it sees already
	 * gives); for an equipment or problem list, those of its own actors' items of such levels.
	 */
	private FacetCounts ownHiddenItems(Request request, List<String> facets) {
		SearchSpace space = request.space();
		List<Visibility> seen = request.audience().levels();
		List<Visibility> hidden = Stream.of(Visibility.values()).filter(level -> !seen.contains(level)).toList();
		List<String> own = request.scope().ownActorIds();
		if (hidden.isEmpty() || own.isEmpty()) {
			return FacetCounts.of(space, facets, true, Map.of());
		}
		Map<String, Object> parameters = new HashMap<>(request.tokens());
		parameters.put("ownActors", own);
		parameters.put("hidden", hidden.stream().map(Enum::name).toList());
		parameters.put("prefixes", FacetCounts.prefixes(space, facets));
		String filters = request.tokens()
			.keySet()
			.stream()
			.sorted()
			.map(filter -> " AND " + request.check(filter))
			.collect(Collectors.joining());
		String statement = space == SearchSpace.ACTORS ? """
				MATCH (e:DirectoryEntry) WHERE e.actorId IN $ownActors%s
				WITH e, %s AS seen
				UNWIND %s AS token
				WITH DISTINCT e, token, seen
				WHERE NOT token IN seen AND any(prefix IN $prefixes WHERE token STARTS WITH prefix)
				RETURN token, count(*) AS n""".formatted(filters, levelTokens(seen), levelTokens(hidden)) : """
				MATCH (a:Actor)-[:%s]->(e:%s) WHERE a.id IN $ownActors AND e.visibility IN $hidden%s
				UNWIND e.counted AS token
				WITH token WHERE any(prefix IN $prefixes WHERE token STARTS WITH prefix)
				RETURN token, count(*) AS n""".formatted(space.owning(),
					space.label, filters);
		Map<String, Long> byToken = new HashMap<>();
		this.neo4j.query(statement)
			.bindAll(parameters)
			.fetch()
			.all()
			.forEach(row -> byToken.put((String) row.get("token"), (Long) row.get("n")));
		return withTopics(FacetCounts.of(space, facets, true, byToken));
	}

	/**
	 * The facets counted over the lookup's matches, and how many they were when the lookup is the one the total
	 * counts: a list asked with its facets and its total then reads its matches once.
	 */
	private FacetCounts counted(Request request, List<String> facets) {
		KeptFacets.Counts counted = this.kept.count(counting(request));
		long matches = counted.matches();
		FacetCounts counts = countsOf(request, facets, counted.rows(), matches);
		// the total's own lookup reads up to one more than it shows, from the same query: the same number
		return this.facetWindow >= Total.CAP && !everything(request) ? counts.withMatches(Total.bounded(matches))
				: counts;
	}

	/** The statement counting a request's facets over the first {@code $window} matches, and its parameters. */
	private KeptFacets.Counting counting(Request request) {
		Map<String, Object> parameters = request.lookup(this.facetWindow + 1);
		parameters.put("window", this.facetWindow);
		parameters.put("ownActors", request.scope().ownActorIds());
		return new KeptFacets.Counting(source(request) + """
				WITH collect(node) AS hits
				%sRETURN size(hits) AS matches, counts""".formatted(countingOf(request, "hits")), parameters);
	}

	/**
	 * Whether the caller's list shows what its own actors hold at levels its audience does not see: a member's or a
	 * facilitator's with actors of its own. Its facets are then not its audience's, which are kept ({@link
	 * KeptFacets}) and read by every caller of the audience, but those plus {@link #ownAdded}.
	 */
	private static boolean owner(Request request) {
		return request.audience() != TextAudience.EVERYONE && !request.scope().ownActorIds().isEmpty();
	}

	/**
	 * What a caller's own actors add to its audience's facets of a text search: the tokens of those of them (or of
	 * their items) the search matches in the index of everything, as the caller sees them, at every level, less the
	 * tokens of those it matches in its audience's index, as the audience sees them. Both lookups are among the
	 * caller's own actors only (their {@code f_self_} tokens), so this costs what they hold, not what the search
	 * matches: an owner's broad text search, whose facets were counted over its 10,000 matches at every asking, reads
	 * its audience's kept counts instead (docs/observatory.md, "Facets of broad text searches"). A caller sees at
	 * least what its audience sees of its own actors, so nothing is taken away: the counts added are never below
	 * zero.
	 */
	private FacetCounts ownAdded(Request request, List<String> facets) {
		Map<String, Object> parameters = request.lookup(this.facetWindow + 1);
		parameters.put("seenQuery", request.query(request.audience().levels()) + " "
				+ Request.anyOf(List.of("facets"), Facets.tokens(Facets.SELF, request.scope().ownActorIds())));
		parameters.put("window", this.facetWindow);
		parameters.put("ownActors", request.scope().ownActorIds());
		Map<String, Object> row = this.neo4j.query("""
				CALL () {
				  CALL db.index.fulltext.queryNodes($index, $seenQuery, {limit: $lookupLimit}) YIELD node
				  RETURN collect(node) AS seen
				}
				CALL () {
				  CALL db.index.fulltext.queryNodes($ownIndex, $ownQuery, {limit: $lookupLimit}) YIELD node
				  RETURN collect(node) AS own
				}
				%s%sRETURN seenCounts, ownCounts""".formatted(countingOf(request.asAudience(), "seen", "seenCounts"),
				countingOf(request, "own", "ownCounts")))
			.bindAll(parameters)
			.fetch()
			.one()
			.orElseThrow();
		Map<String, Long> added = new HashMap<>(byToken((List<?>) row.get("ownCounts")));
		byToken((List<?>) row.get("seenCounts")).forEach((token, n) -> added.merge(token, -n, Long::sum));
		added.values().removeIf(n -> n <= 0);
		FacetCounts counts = FacetCounts.of(request.space(), facets, true, added);
		Map<String, Long> topics = counts.byFacet().get("topics");
		return topics == null || topics.isEmpty() ? counts
				: counts.withTopics(topics(topics, OWN_TOPICS, Map.of("ownActors", request.scope().ownActorIds())));
	}

	/**
	 * The subquery counting the facet tokens of the first {@code $window} nodes of list {@code nodes}, as {@code
	 * counts}: rows of {@code {token, n}}, a token's number instead of the token where an actor's entry has them.
	 */
	private String countingOf(Request request, String nodes) {
		return countingOf(request, nodes, "counts");
	}

	/** {@link #countingOf(Request, String)} giving its rows as {@code counts}. */
	private String countingOf(Request request, String nodes, String counts) {
		// entries and items keep the tokens facets count apart from the twice as many they are filtered by
		// (communes, régions, NAF groups to subclasses, themselves), in `counted` and, for an entry, its levels'
		// lists: all of them are grouped, and the asked facets' picked afterwards, since checking each token's prefix
		// cost a third of the count (docs/observatory.md, "What facets cost")
		ReadScope scope = request.scope();
		String tokens = request.space().itemsWithVisibility() ? "  UNWIND e.counted AS token"
				: "  %s\n  UNWIND %s AS token".formatted(FacetCodes.codes(scope.textAudience()), countedTokensOf(scope));
		return """
				CALL (%1$s) {
				  UNWIND %1$s[0..$window] AS e
				%2$s
				  WITH token, count(*) AS n
				  RETURN collect({token: token, n: n}) AS %3$s
				}
				""".formatted(nodes, tokens, counts);
	}

	/** The facets' counts from a counting's rows ({@link #countingOf}) over this many matches. */
	private FacetCounts countsOf(Request request, List<String> facets, List<?> rows, long matches) {
		return countsOf(request, facets, rows, matches, this.facetWindow);
	}

	/** The facets' counts from a counting's rows over the first {@code window} of this many matches. */
	private FacetCounts countsOf(Request request, List<String> facets, List<?> rows, long matches, int window) {
		return withTopics(FacetCounts.of(request.space(), facets, matches <= window, byToken(rows)));
	}

	/** A counting's rows by token: an actor's entry gives numbers for its tokens when it has them ({@link FacetCodes}). */
	private Map<String, Long> byToken(List<?> rows) {
		Map<Object, Long> counted = new HashMap<>();
		rows.stream().map(Map.class::cast).forEach(count -> counted.put(count.get("token"), (Long) count.get("n")));
		return this.codes.byToken(counted);
	}

	/** Counts whose topics, counted by token, are counted by key and named. */
	private FacetCounts withTopics(FacetCounts counts) {
		Map<String, Long> topics = counts.byFacet().get("topics");
		if (topics == null || topics.isEmpty()) {
			return counts;
		}
		Map<String, FacetCounts.Named> byKey = new HashMap<>();
		this.topicTokens.of(topics.keySet())
			.forEach((token, named) -> named.forEach(topic -> byKey.putIfAbsent(topic.key(),
					new FacetCounts.Named(topic.name(), topics.get(token)))));
		return counts.withTopics(byKey);
	}

	/**
	 * The names of topics, by key: the wording of a topic's first PUBLIC declaration, else its key (a topic declared
	 * only at hidden levels shows no one's wording).
	 */
	Map<String, String> topicNames(Collection<String> keys) {
		if (keys.isEmpty()) {
			return Map.of();
		}
		Map<String, String> names = new HashMap<>();
		this.neo4j.query("MATCH (t:Topic) WHERE t.key IN $keys RETURN t.key AS key, t.name AS name")
			.bind(List.copyOf(keys))
			.to("keys")
			.fetch()
			.all()
			.forEach(row -> names.put((String) row.get("key"), (String) row.get("name")));
		return names;
	}

	/**
	 * The ids of at most {@code limit} matches, in no particular order: a segment's actors, which a decision-maker
	 * exports or consults as a whole.
	 */
	List<String> ids(SearchSpace space, List<String> words, Map<String, List<String>> filters, ReadScope scope,
			int limit) {
		Request request = new Request(space, words, filters, scope, PageRequest.of(1, null));
		Map<String, Object> parameters = request.lookup(limit);
		String source = source(request);
		return this.neo4j.query(source + "RETURN collect(DISTINCT node.%s) AS ids".formatted(space.id))
			.bindAll(parameters)
			.fetchAs(List.class)
			.mappedBy((types, row) -> row.get("ids").asList(Value::asString))
			.one()
			.map(ids -> ((List<?>) ids).stream().map(String.class::cast).toList())
			.orElse(List.of());
	}

	/**
	 * The topics' counts by key, from their counts by token, with their names, among those {@code topics} finds as
	 * {@code t} with these parameters: a token cannot be read back as a key (spaces and accents are lost), so their
	 * tokens are computed. A few topics of an owner's actors; every topic's are read from {@link TopicTokens}.
	 */
	private Map<String, FacetCounts.Named> topics(Map<String, Long> byToken, String topics,
			Map<String, Object> parameters) {
		Map<String, FacetCounts.Named> byKey = new HashMap<>();
		this.neo4j.query("""
				%s
				WITH t, %s AS token
				WHERE token IN $tokens
				RETURN token, t.key AS key, t.name AS name""".formatted(topics, Facets.cypher(Facets.TOPIC, "t.key")))
			.bindAll(parameters)
			.bind(List.copyOf(byToken.keySet()))
			.to("tokens")
			.fetch()
			.all()
			.forEach(row -> byKey.merge((String) row.get("key"),
					new FacetCounts.Named((String) row.get("name"), byToken.get((String) row.get("token"))),
					(a, b) -> a));
		return byKey;
	}

	/**
	 * The matches as {@code node}, at most {@code $lookupLimit}: the full-text lookup, or every node of the space when
	 * nothing narrows it (a lookup needs at least one clause).
	 */
	private static String source(Request request) {
		return everything(request) ? "MATCH (node:%s) WITH node LIMIT $lookupLimit\n".formatted(request.space().label) : LOOKUP;
	}

	/**
	 * The topics an owner's own actors follow: the only ones whose tokens {@link #ownAdded} may count (only actor lists
	 * count topics, from their actors' interests).
	 */
	private static final String OWN_TOPICS = """
			MATCH (a:Actor)-[:INTERESTED_IN]->(t:Topic) WHERE a.id IN $ownActors
			WITH DISTINCT t""";

	/** Whether nothing narrows the request: every node of its space matches. */
	private static boolean everything(Request request) {
		return request.words().isEmpty() && !request.filtered() && request.space().marker == null;
	}

	/**
	 * The tokens an actor list's facets count on entry {@code e}: its {@code counted} ones and those of its items and
	 * interests of the levels the caller sees (of every level for its own actors), each once though equipment of one
	 * category may be at two levels. The members' and facilitators' audiences read them from one list kept for them
	 * ({@link DirectoryEntries#audienceCounted}); the public from {@code counted} and its one level's list. Each
	 * reads their numbers instead when the entry has them ({@link FacetCodes#counted}); the caller's own actors and an
	 * administrator read tokens.
	 */
	private static String countedTokensOf(ReadScope scope) {
		TextAudience audience = scope.textAudience();
		String seen = audience == TextAudience.EVERYONE ? DirectoryEntries.seenTokens("e", audience.levels())
				: FacetCodes.counted(FacetCodes.tokens("e", audience));
		return scope.ownActorIds().isEmpty() || audience == TextAudience.EVERYONE ? seen
				: "CASE WHEN e.actorId IN $ownActors THEN %s ELSE %s END"
					.formatted(DirectoryEntries.seenTokens("e", List.of(Visibility.values())), seen);
	}

	private static String levelTokens(List<Visibility> levels) {
		return levels.stream()
			.map(level -> "coalesce(e.%s, [])".formatted(DirectoryEntries.field(level, "Facets")))
			.collect(Collectors.joining(" + ", "(", ")"));
	}

	/**
	 * Matches up to {@link Total#CAP}, counted in the full-text index; or, where an index or a label holds exactly
	 * the list's nodes, from it without reading them: a list of one kind's or place's actors ({@link #entriesCounted}),
	 * of one category's or place's items ({@link #countedByIndex}), of every problem ({@link #countedByLabel}).
	 */
	private Total count(Request request) {
		if (request.words().isEmpty() && request.since() == null && request.tokens().size() == 1
				&& request.anchored() != null) {
			return request.space().itemsWithVisibility() ? countedByIndex(request, request.anchored())
					: entriesCounted(request.anchored());
		}
		if (request.space() == SearchSpace.PROBLEMS && request.words().isEmpty() && !request.filtered()) {
			return countedByLabel(request);
		}
		return Total.bounded(counted(LOOKUP + "RETURN count(node) AS total", request.lookup((int) Total.CAP + 1)));
	}

	/**
	 * The actors of one kind, région, département or commune, up to {@link Total#CAP}: their entries in the (kind or
	 * place, name, id) index the page is read from, without reading the entries. An actor's profile is public, so
	 * every caller's list holds the same entries (the lookup's, 9.5 ms for a département's 7,262 at 100,000 actors,
	 * 11.2 ms for 10,001 at 1,000,000; 2.5 and 3.4 ms from the index; docs/performance.md, "Items counted by index").
	 */
	private Total entriesCounted(Anchor anchor) {
		SearchSpace space = SearchSpace.ACTORS;
		return Total.bounded(counted("""
				MATCH (e:%1$s) WHERE e.%2$s = $value AND e.%3$s IS NOT NULL AND e.%4$s IS NOT NULL
				WITH e LIMIT $cap
				RETURN count(e) AS total""".formatted(space.label, anchor.property(), space.sort, space.id),
				Map.of("value", anchor.value(), "cap", Total.CAP + 1)));
	}

	/**
	 * Every problem the caller may see, exactly: the number Neo4j keeps of the nodes of its audience's label (the
	 * label that puts a problem in the audience's index, which the lookup reads), plus its own actors' problems of
	 * other levels. The lookup read up to 10,001 problems for the same figure.
	 */
	private Total countedByLabel(Request request) {
		TextAudience audience = request.audience();
		String label = audience == TextAudience.EVERYONE ? SearchSpace.PROBLEMS.label
				: ItemKind.PROBLEM.audienceLabel(audience);
		return Total.exactly(counted("""
				CALL () {
				  MATCH (e:%s)
				  RETURN count(e) AS seen
				}
				%sRETURN seen + own AS total""".formatted(label, ownHidden(SearchSpace.PROBLEMS, "true")),
				seenAndOwn(request)));
	}

	/**
	 * The items at the anchor's value (one category, département or région) that the caller may see: those of the
	 * levels its audience sees, read from the (category or place, visibility) index alone (migration V0042), plus its
	 * own actors' items of other levels, as the lookup counts them. The lookup scores every match before it gives the
	 * first 10,001, so its count grew with the category (9.6 ms for 6,561 problems at 1,000,000 actors, against
	 * 2.6 ms from the index; docs/performance.md, "Items counted by index").
	 */
	private Total countedByIndex(Request request, Anchor anchor) {
		String atValue = "e.%s = $value".formatted(anchor.property());
		Map<String, Object> parameters = seenAndOwn(request);
		parameters.put("value", anchor.value());
		parameters.put("cap", Total.CAP + 1);
		return Total.bounded(counted("""
				CALL () {
				  MATCH (e:%s) WHERE %s AND e.visibility IN $visible
				  WITH e LIMIT $cap
				  RETURN count(e) AS seen
				}
				%sRETURN seen + own AS total""".formatted(request.space().label, atValue,
				ownHidden(request.space(), atValue)), parameters));
	}

	/** The one number a counting statement returns. */
	private long counted(String statement, Map<String, Object> parameters) {
		return this.neo4j.query(statement).bindAll(parameters).fetchAs(Long.class).one().orElse(0L);
	}

	/**
	 * The subquery counting, as {@code own}, the items of this space the caller's own actors hold at levels its
	 * audience does not see and that meet {@code condition} on {@code e}: the lookup counts them through its second
	 * index, so the counts from indexes and labels add them ({@link #seenAndOwn} gives its parameters).
	 */
	private static String ownHidden(SearchSpace space, String condition) {
		return """
				CALL () {
				  UNWIND $ownActors AS ownId
				  MATCH (:Actor {id: ownId})-[:%s]->(e:%s) WHERE %s AND NOT e.visibility IN $visible
				  RETURN count(e) AS own
				}
				""".formatted(space.owning(), space.label, condition);
	}

	/** The levels the caller sees ({@code visible}) and its own actors ({@code ownActors}; none for an administrator). */
	private static Map<String, Object> seenAndOwn(Request request) {
		TextAudience audience = request.audience();
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("visible", audience.levels().stream().map(Enum::name).toList());
		parameters.put("ownActors", audience == TextAudience.EVERYONE ? List.of() : request.scope().ownActorIds());
		return parameters;
	}

	/** An index property read at one value, in name order ({@link Request#anchored()}). */
	private record Anchor(String property, String value) {
	}

	/** A page in the list's order, with one more when there is a next page, and the total when asked. */
	record Found<T>(List<T> items, Supplier<Total> total, Supplier<FacetCounts> facets) {
	}

	/** One search: its tokens per filter, and the Lucene queries and Cypher checks built from them. */
	private record Request(SearchSpace space, List<String> words, Map<String, List<String>> filters, ReadScope scope,
			PageRequest page) {

		/** The facet tokens of each given filter, by filter name. */
		Map<String, Object> tokens() {
			Map<String, Object> tokens = new HashMap<>();
			this.filters.forEach((filter, values) -> {
				if (CONFIRMED_SINCE.equals(filter)) {
					return;
				}
				String prefix = this.space.prefix(filter);
				if (values != null && !values.isEmpty()) {
					tokens.put(filter, Facets.tokens(prefix, values));
				}
			});
			return tokens;
		}

		/** The day from which actors were confirmed ({@code 2026-01-31}), or null. */
		String since() {
			List<String> values = this.filters.get(CONFIRMED_SINCE);
			return values == null || values.isEmpty() ? null : values.get(0);
		}

		/** Whether any filter is given. */
		boolean filtered() {
			return !tokens().isEmpty() || since() != null;
		}

		TextAudience audience() {
			return this.scope.textAudience();
		}

		/**
		 * The index a page is read from in order, with the value it is read at: the one kind of actor, or category of
		 * items, asked for, in the space's (kind or category, name, id) index; else the one région, département or
		 * commune asked for, in the (place, name, id) index of entries; or null. A kind comes first: the rarest kinds are
		 * the ones the name index serves worst.
		 */
		Anchor anchored() {
			List<String> values = this.filters.get(this.space.anchorFilter);
			if (values != null && values.size() == 1) {
				return new Anchor(this.space.anchor, values.get(0));
			}
			List<String> places = this.filters.get("territories");
			String property = places != null && places.size() == 1 ? this.space.placeAnchor(places.get(0)) : null;
			return property == null ? null : new Anchor(property, places.get(0));
		}

		/** The same request by a caller of the same audience without actors of its own. */
		Request asAudience() {
			return new Request(this.space, this.words, this.filters, new ReadScope(this.scope.visibilities(), Set.of()),
					this.page);
		}

		/** Parameters of {@link #LOOKUP}: the audience's query and, for a member, that of its own actors. */
		Map<String, Object> lookup(int limit) {
			List<String> own = this.audience() == TextAudience.EVERYONE ? List.of() : this.scope.ownActorIds();
			List<String> selves = Facets.tokens(Facets.SELF, own);
			Map<String, Object> parameters = new HashMap<>();
			parameters.put("index", this.space.index(this.audience()));
			parameters.put("query", query(this.audience().levels())
					+ selves.stream().map(self -> " -facets:" + self).collect(Collectors.joining()));
			parameters.put("ownIndex", this.space.index(TextAudience.EVERYONE));
			parameters.put("ownQuery", own.isEmpty() ? null
					: query(List.of(Visibility.values())) + " " + anyOf(List.of("facets"), selves));
			parameters.put("lookupLimit", limit);
			return parameters;
		}

		/** Every word and one value of every filter required, in the fields of these levels. */
		private String query(List<Visibility> levels) {
			List<String> clauses = new ArrayList<>();
			if (this.space.marker != null) {
				clauses.add("+facets:" + this.space.marker);
			}
			this.words.forEach(word -> clauses.add(anyOf(this.space.textFields(levels), List.of(word))));
			tokens().forEach((filter, tokens) -> clauses
				.add(anyOf(this.space.facetFields(filter, levels), ((List<?>) tokens).stream().map(String.class::cast).toList())));
			if (since() != null) {
				// day tokens sort as days: every one from this day's on (a date checked, so no query syntax)
				clauses.add("+facets:[%s TO %s]".formatted(Facets.token(Facets.CONFIRMED, since()),
						Facets.token(Facets.CONFIRMED, "9999-12-31")));
			}
			return String.join(" ", clauses);
		}

		private static String anyOf(List<String> fields, List<String> terms) {
			return fields.stream()
				.flatMap(field -> terms.stream().map(term -> field + ":" + term))
				.collect(Collectors.joining(" ", "+(", ")"));
		}

		/** Whether {@code e} comes after the last one seen, in name then id order; true on a first page. */
		String afterKey() {
			return "($afterName IS NULL OR e.%1$s > $afterName OR (e.%1$s = $afterName AND e.%2$s > $afterId))"
				.formatted(this.space.sort, this.space.id);
		}

		/** The page's position: after the last name seen, or skipping as many nodes as the offset says. */
		Map<String, Object> keyset() {
			List<String> key = this.page.afterKey();
			Map<String, Object> parameters = new HashMap<>();
			boolean keyed = key != null && key.size() == 2;
			parameters.put("afterName", keyed ? key.get(0) : null);
			parameters.put("afterId", keyed ? key.get(1) : null);
			parameters.put("skip", keyed ? 0 : this.page.offset());
			parameters.put("limit", this.page.lookAhead());
			return parameters;
		}

		/**
		 * The Cypher check of one filter on node {@code e}, the same test as the full-text lookup: one of the
		 * filter's tokens among the node's facets or, for a filter by level, among the facets of a level the caller
		 * sees, or of any level for its own actors.
		 */
		String check(String filter) {
			List<Visibility> seen = this.audience().levels();
			String visible = anyField(filter, this.space.facetFields(filter, seen));
			if (!this.space.byLevel(filter)) {
				return visible;
			}
			List<Visibility> hidden = Stream.of(Visibility.values()).filter(level -> !seen.contains(level)).toList();
			return hidden.isEmpty() ? visible
					: "(%s OR (e.%s IN $ownActors AND %s))".formatted(visible, this.space.id,
							anyField(filter, this.space.facetFields(filter, hidden)));
		}

		private static String anyField(String filter, List<String> fields) {
			return "any(token IN $%s WHERE %s)".formatted(filter,
					fields.stream().map(field -> "token IN e." + field).collect(Collectors.joining(" OR ")));
		}

	}

}
