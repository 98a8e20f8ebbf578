// One kind of actor, listed by name: research labs are named "Laboratoire…", public bodies "Communauté…", "Mairie…",
// so reading the (name, id) index from "A" and keeping one kind met half the directory before the first research
// lab at a million actors (591 ms for a page, docs/performance.md). Entries carry their actor's kind, and an index
// on (kind, name, id) gives one kind's entries in the list's exact order.
CREATE INDEX directory_entry_kind_name_id IF NOT EXISTS FOR (e:DirectoryEntry) ON (e.kind, e.name, e.actorId);
MATCH (e:DirectoryEntry)
CALL (e) {
  MATCH (a:Actor {id: e.actorId})
  SET e.kind = a.kind
} IN TRANSACTIONS OF 10000 ROWS;
