package org.maillage.watch;

/**
 * What a person watches. The value of a watch is, by kind: a topic key, a NAF code at any level, a territory id at any
 * level, a value chain id, one of the person's segments (saved directory searches), or, for the problems it could help
 * with, one of the person's own actors (its capabilities as they were when the watch was made or last made again).
 * To add a kind: docs/watch.md, "Adding a kind".
 */
public enum WatchKind {

	TOPIC, TRADE, TERRITORY, VALUE_CHAIN, SAVED_SEARCH, PROBLEMS_I_COULD_HELP_WITH

}
