package org.maillage.core;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One page of a list, as asked for by GraphQL's Relay arguments {@code first} and {@code after}. Cursors are
 * opaque to clients; they carry the offset of the item they point at, which keeps relevance-ordered lists (full
 * text, matchmaking) pageable, and, in lists with a stable order (the directory by name), that item's sort key: the
 * next page then starts at the key in the index instead of skipping every item before it, and stays as fast on page
 * 1,000 as on page 1.
 *
 * @param offset how many items to skip
 * @param size how many items to return
 * @param afterKey the sort key of the last item already seen, or null (first page, or a list without keys)
 */
public record PageRequest(long offset, int size, List<String> afterKey) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	/** Far beyond any list a person pages through; keeps offsets clear of overflow. */
	public static final long MAX_OFFSET = 1_000_000_000L;

	private static final String CURSOR_PREFIX = "offset:";

	private static final String KEY_SEPARATOR = ";key:";

	public PageRequest {
		afterKey = afterKey == null ? null : List.copyOf(afterKey);
	}

	public PageRequest(long offset, int size) {
		this(offset, size, null);
	}

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
		if (after == null || after.isBlank()) {
			return new PageRequest(0, size);
		}
		PageRequest last = decode(after);
		return new PageRequest(last.offset() + 1, size, last.afterKey());
	}

	/** How many items to read to know whether there is a next page: one more than the page shows. */
	public int lookAhead() {
		return this.size + 1;
	}

	public static String cursor(long offset) {
		return cursor(offset, null);
	}

	/** The cursor of the item at this offset, with its sort key when the list has one. */
	public static String cursor(long offset, List<String> sortKey) {
		StringBuilder text = new StringBuilder(CURSOR_PREFIX).append(offset);
		if (sortKey != null) {
			text.append(KEY_SEPARATOR)
				.append(sortKey.stream().map(PageRequest::encode).collect(Collectors.joining(".")));
		}
		return encode(text.toString());
	}

	/** The offset and sort key of the item a cursor points at. */
	private static PageRequest decode(String cursor) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (text.startsWith(CURSOR_PREFIX)) {
				int keyAt = text.indexOf(KEY_SEPARATOR);
				long offset = Long.parseLong(text.substring(CURSOR_PREFIX.length(), keyAt < 0 ? text.length() : keyAt));
				List<String> key = keyAt < 0 ? null
						: Arrays.stream(text.substring(keyAt + KEY_SEPARATOR.length()).split("\\.", -1))
							.map(part -> new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8))
							.toList();
				if (offset >= 0 && offset < MAX_OFFSET) {
					return new PageRequest(offset, 0, key);
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// falls through to the error below: the client sent something that is not one of our cursors
		}
		throw InvalidInputException.of("after", "page.after.unknown", cursor);
	}

	private static String encode(String text) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

}
