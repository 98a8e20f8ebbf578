// The watch's feed (issue 13, decision 27): a page takes the newest events of each key the subscriber watches. Walking
// from the key node read every ABOUT relationship of the key within the feed window (4,141 for one département at
// 100,000 actors) to sort them by time. Each ABOUT now carries its key beside its time, and a composite index on
// (key, at) hands a key's events newest first: a page reads what it keeps, whatever the key's history.
MATCH ()-[r:ABOUT]->(k:WatchKey) WHERE r.key IS NULL
CALL (r, k) {
  SET r.key = k.key
} IN TRANSACTIONS OF 10000 ROWS;
CREATE INDEX watch_about_key_at IF NOT EXISTS FOR ()-[r:ABOUT]-() ON (r.key, r.at);
// Replaced by the one above: nothing reads an event's time without its key.
DROP INDEX watch_about_at IF EXISTS;
