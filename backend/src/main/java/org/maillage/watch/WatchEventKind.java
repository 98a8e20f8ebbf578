package org.maillage.watch;

/**
 * What happened. Each kind has its own "may this subscriber see it now" predicate in
 * {@code persistence.WatchGraph#VISIBLE}, checked at delivery time.
 * <p>
 * Extension point: new funding opportunities and approaching deadlines become kinds here, recorded from the funding
 * feature's own event and given a predicate there (docs/watch.md, "Adding a kind").
 */
public enum WatchEventKind {

	/** An actor joined the directory. */
	NEW_ACTOR,

	/** An actor declared a problem. */
	NEW_PROBLEM,

	/** An actor added equipment it shares. */
	NEW_SHARED_EQUIPMENT,

	/** A working group or conglomerate moved forward. */
	GROUP_STATUS_CHANGED

}
