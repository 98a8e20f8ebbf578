package org.maillage.watch;

/** Where a person's digest stands. */
public enum DigestStatus {

	/** Waiting for its address to be confirmed by the link e-mailed to it. */
	PENDING,

	/** Sent at its frequency. */
	CONFIRMED,

	/** Stopped by its one-click link. */
	UNSUBSCRIBED

}
