// Freshness (issue 12): when its owners last confirmed each actor (confirmedAt), and when they were last reminded
// (remindedAt). The reminders read stale actors in confirmedAt order from this index, a bounded batch at a time.
//
// Replaces checksum 2638366596
// The first version of this file also rewrote every directory entry's day of confirmation and facet token, and so
// the four full-text indexes: over 21 minutes at 100,000 actors, in one start-up without progress. Entries now take
// them from DirectoryEntries' batched rebuild (format 2, progress in the log); stores that applied the first version
// accept this one as applied.
CREATE INDEX actor_confirmed_at IF NOT EXISTS FOR (a:Actor) ON (a.confirmedAt);
// Actors someone registered or claimed before confirmations were recorded count as confirmed when last changed: the
// best the graph knows (an import's closing or headcount may have moved updatedAt). Public records stay unconfirmed.
MATCH (a:Actor) WHERE a.confirmedAt IS NULL AND NOT coalesce(a.publicRecord, false)
CALL (a) {
  SET a.confirmedAt = coalesce(a.claimedAt, a.updatedAt, a.createdAt)
} IN TRANSACTIONS OF 10000 ROWS;
