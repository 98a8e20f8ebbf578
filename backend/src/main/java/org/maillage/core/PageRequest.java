package org.maillage.core;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One page of a list, as asked for by GraphQL's Relay arguments {@code first} and {@code after}. Cursors are
 * opaque to clients; they carry the offset of the item they point at, which keeps relevance-ordered lists (full
 * text, matchmaking) pageable.
 *
 * @param offset how many items to skip
 * @param size how many items to return
 */
public record PageRequest(long offset, int size) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	/** Far beyond any list a person pages through; keeps offsets clear of overflow. */
	public static final long MAX_OFFSET = 1_000_000_000L;

	private static final String CURSOR_PREFIX = "offset:";

	/**
	 * Reads Relay arguments.
	 * @param first the page size, {@value #DEFAULT_SIZE} when null, at most {@value #MAX_SIZE}
	 * @param after the cursor of the last item already seen, or null for the first page
	 */
	public static PageRequest of(Integer first, String after) {
		int size = first == null ? DEFAULT_SIZE : first;
		if (size < 0 || size > MAX_SIZE) {
			throw InvalidInputException.of("first", "page.first.range", MAX_SIZE, size);
		}
		long offset = (after == null || after.isBlank()) ? 0 : decode(after) + 1;
		return new PageRequest(offset, size);
	}

	public static String cursor(long offset) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((CURSOR_PREFIX + offset).getBytes(StandardCharsets.UTF_8));
	}

	private static long decode(String cursor) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (text.startsWith(CURSOR_PREFIX)) {
				long offset = Long.parseLong(text.substring(CURSOR_PREFIX.length()));
				if (offset >= 0 && offset < MAX_OFFSET) {
					return offset;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// falls through to the error below: the client sent something that is not one of our cursors
		}
		throw InvalidInputException.of("after", "page.after.unknown", cursor);
	}

}
