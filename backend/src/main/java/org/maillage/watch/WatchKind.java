package org.maillage.watch;

/**
 * What a person watches. The value of a watch is, by kind: a topic key, a NAF code at any level, a territory id at any
 * level, a value chain id, or one of the person's segments (saved directory searches).
 * <p>
 * Extension point: "problems I could help with" becomes one more kind here, with its keys written by
 * {@code persistence.WatchGraph#record} (see docs/watch.md, "Adding a kind").
 */
public enum WatchKind {

	TOPIC, TRADE, TERRITORY, VALUE_CHAIN, SAVED_SEARCH

}
