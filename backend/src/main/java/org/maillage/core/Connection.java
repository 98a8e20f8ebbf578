package org.maillage.core;

import java.util.ArrayList;
import java.util.List;

/**
 * A Relay-style page of results with the total the caller may see.
 *
 * @param edges the items of this page, each with its cursor
 * @param pageInfo where this page stands
 * @param totalCount how many items match in all (only those the caller may see)
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, long totalCount) {

	public static <T> Connection<T> of(List<T> items, PageRequest page, long totalCount) {
		List<Edge<T>> edges = new ArrayList<>(items.size());
		for (int i = 0; i < items.size(); i++) {
			edges.add(new Edge<>(PageRequest.cursor(page.offset() + i), items.get(i)));
		}
		var pageInfo = new PageInfo(page.offset() + items.size() < totalCount, page.offset() > 0,
				edges.isEmpty() ? null : edges.get(0).cursor(),
				edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
		return new Connection<>(edges, pageInfo, totalCount);
	}

	public record Edge<T>(String cursor, T node) {
	}

	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

}
