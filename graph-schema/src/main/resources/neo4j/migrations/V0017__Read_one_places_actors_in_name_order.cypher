// One région's or département's actors, listed by name. A région holds about one actor in thirteen at a million
// actors: reading the (name, id) index in order and keeping that région's entries met thirteen entries for each one
// listed, and a deep page of a région took 2.2 times what it took at 100,000 actors, where the région was the whole
// territory (docs/performance.md). Entries carry their actor's département and région (DirectoryEntries keeps them in
// step), and these indexes give one place's entries in the list's exact order, as V0012 does for one kind.
CREATE INDEX directory_entry_region_name_id IF NOT EXISTS FOR (e:DirectoryEntry) ON (e.region, e.name, e.actorId);
CREATE INDEX directory_entry_departement_name_id IF NOT EXISTS
FOR (e:DirectoryEntry) ON (e.departement, e.name, e.actorId);
MATCH (e:DirectoryEntry)
CALL (e) {
  MATCH (a:Actor {id: e.actorId})
  OPTIONAL MATCH (a)-[:LOCATED_IN]->(:Commune)-[:PART_OF]->(d:Departement)
  OPTIONAL MATCH (d)-[:PART_OF]->(r:Region)
  SET e.departement = d.id, e.region = r.id
} IN TRANSACTIONS OF 10000 ROWS;
