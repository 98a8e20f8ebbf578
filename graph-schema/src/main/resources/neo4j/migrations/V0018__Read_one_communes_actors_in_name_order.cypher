// One commune's actors, listed by name. A city holds a few thousand actors at a million: too many to sort at once in a
// page's budget (about 20 ms for 4,000), too few for the (name, id) index read in order to meet a page soon (a
// thousand entries read for each page). The commune filter took 33.5 ms p95 at 1M against 13.4 at 100k
// (docs/performance.md). Entries carry their actor's commune (DirectoryEntries keeps it in step), and this index gives
// one commune's entries in the list's exact order, as V0017 does for a département or a région.
CREATE INDEX directory_entry_commune_name_id IF NOT EXISTS FOR (e:DirectoryEntry) ON (e.commune, e.name, e.actorId);
MATCH (e:DirectoryEntry)
CALL (e) {
  MATCH (a:Actor {id: e.actorId})
  OPTIONAL MATCH (a)-[:LOCATED_IN]->(c:Commune)
  SET e.commune = c.id
} IN TRANSACTIONS OF 10000 ROWS;
