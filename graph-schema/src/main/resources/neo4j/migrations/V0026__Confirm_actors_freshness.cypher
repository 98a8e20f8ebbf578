// Freshness (issue 12): when its owners last confirmed each actor (confirmedAt), and when they were last reminded
// (remindedAt). The reminders read stale actors in confirmedAt order from this index, a bounded batch at a time.
CREATE INDEX actor_confirmed_at IF NOT EXISTS FOR (a:Actor) ON (a.confirmedAt);
// Actors someone registered or claimed before confirmations were recorded count as confirmed when last changed: the
// best the graph knows (an import's closing or headcount may have moved updatedAt). Public records stay unconfirmed.
MATCH (a:Actor) WHERE a.confirmedAt IS NULL AND NOT coalesce(a.publicRecord, false)
CALL (a) {
  SET a.confirmedAt = coalesce(a.claimedAt, a.updatedAt, a.createdAt)
} IN TRANSACTIONS OF 10000 ROWS;
// Their directory entries take the day of it, in France, and its facet token, as DirectoryEntries writes them.
MATCH (e:DirectoryEntry)
CALL (e) {
  MATCH (a:Actor {id: e.actorId}) WHERE a.confirmedAt IS NOT NULL
  WITH e, toString(date(datetime({datetime: a.confirmedAt, timezone: 'Europe/Paris'}))) AS day
  SET e.confirmedOn = day,
      e.facets = [token IN e.facets WHERE NOT token STARTS WITH 'f_confirmed_'] + ['f_confirmed_' + replace(day, '-', '_') + '_']
} IN TRANSACTIONS OF 10000 ROWS;
