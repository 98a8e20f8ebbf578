package org.maillage.watch;

/**
 * What happened. Each kind has its own "may this subscriber see it now" predicate in
 * {@code persistence.WatchGraph#VISIBLE}, checked at delivery time.
 * <p>
 * To add one: a value here, recorded from the owning feature's own event and given a predicate there (docs/watch.md,
 * "Adding a kind").
 */
public enum WatchEventKind {

	/** An actor joined the directory. */
	NEW_ACTOR,

	/** An actor declared a problem. */
	NEW_PROBLEM,

	/** An actor added equipment it shares. */
	NEW_SHARED_EQUIPMENT,

	/** A working group or conglomerate moved forward. */
	GROUP_STATUS_CHANGED,

	/** A funding call was published, or created by an import. */
	NEW_FUNDING_CALL,

	/** A funding call's deadline is near ({@code maillage.funding.closing-soon-days}). */
	FUNDING_DEADLINE_APPROACHING

}
