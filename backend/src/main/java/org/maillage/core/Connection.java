package org.maillage.core;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A Relay-style page of results with the total the caller may see.
 * <p>
 * The total is counted only when a client asks for it ({@code totalCount} in its selection): GraphQL reads it through
 * {@link #totalCount()}, which runs the count then, once. Counting every match of a broad filter costs far more than
 * the page itself, and most pages do not show it.
 */
public final class Connection<T> {

	private final List<Edge<T>> edges;

	private final PageInfo pageInfo;

	private final Supplier<Total> total;

	private Total counted;

	private final Supplier<?> facets;

	private Object facetsCounted;

	private Connection(List<Edge<T>> edges, PageInfo pageInfo, Supplier<Total> total, Supplier<?> facets) {
		this.edges = edges;
		this.pageInfo = pageInfo;
		this.total = total;
		this.facets = facets;
	}

	/**
	 * The same page with facets: counts of the matches by value, computed like the total only when a client asks for
	 * them ({@code facets} in its selection), once.
	 */
	public Connection<T> withFacets(Supplier<?> facets) {
		return new Connection<>(this.edges, this.pageInfo, this.total, facets);
	}

	/** A page whose total is already known. */
	public static <T> Connection<T> of(List<T> items, PageRequest page, long totalCount) {
		return build(items, page, page.offset() + items.size() < totalCount, () -> Total.exactly(totalCount),
				item -> null);
	}

	/**
	 * A page read with one item more than it shows ({@link PageRequest#lookAhead()}), which tells whether there is a
	 * next page, and a total counted only if asked.
	 */
	public static <T> Connection<T> lookingAhead(List<T> itemsAndOneMore, PageRequest page, Supplier<Total> total) {
		return lookingAhead(itemsAndOneMore, page, total, item -> null);
	}

	/**
	 * Like {@link #lookingAhead(List, PageRequest, Supplier)} for a list in a stable order: each cursor also carries
	 * the item's sort key, from which the next page is read in index order instead of skipping the items before it.
	 * @param sortKey the values the list is ordered by, for an item
	 */
	public static <T> Connection<T> lookingAhead(List<T> itemsAndOneMore, PageRequest page, Supplier<Total> total,
			Function<T, List<String>> sortKey) {
		boolean more = itemsAndOneMore.size() > page.size();
		List<T> items = more ? itemsAndOneMore.subList(0, page.size()) : itemsAndOneMore;
		return build(items, page, more, total, sortKey);
	}

	private static <T> Connection<T> build(List<T> items, PageRequest page, boolean hasNextPage, Supplier<Total> total,
			Function<T, List<String>> sortKey) {
		List<Edge<T>> edges = new ArrayList<>(items.size());
		for (int i = 0; i < items.size(); i++) {
			edges.add(new Edge<>(PageRequest.cursor(page.offset() + i, sortKey.apply(items.get(i))), items.get(i)));
		}
		var pageInfo = new PageInfo(hasNextPage, page.offset() > 0, edges.isEmpty() ? null : edges.get(0).cursor(),
				edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
		return new Connection<>(edges, pageInfo, total, () -> null);
	}

	public List<Edge<T>> edges() {
		return this.edges;
	}

	public PageInfo pageInfo() {
		return this.pageInfo;
	}

	/**
	 * How many items match in all (only those the caller may see), counted on the first call; at most
	 * {@link Total#CAP} when {@link #totalCountExact()} is false.
	 */
	public long totalCount() {
		return total().value();
	}

	/** False when counting stopped at {@link Total#CAP}: there are at least {@link #totalCount()} items. */
	public boolean totalCountExact() {
		return total().exact();
	}

	/** The facets given by {@link #withFacets}, counted on the first call; null when the list has none. */
	public synchronized Object facets() {
		if (this.facetsCounted == null) {
			this.facetsCounted = this.facets.get();
		}
		return this.facetsCounted;
	}

	private synchronized Total total() {
		if (this.counted == null) {
			this.counted = this.total.get();
		}
		return this.counted;
	}

	public record Edge<T>(String cursor, T node) {
	}

	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

}
